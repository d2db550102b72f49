package vn.thiduabot.scoring;

import java.time.Instant;

/** A teacher started their self-assessment of the year (a draft). */
public record AssessmentStarted(long assessmentId, long ownerStaffId, SelfAssessment.Transition transition, long actorStaffId,
                                String actorName, Instant at) implements AssessmentChanged { }
