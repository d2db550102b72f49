package vn.thiduabot.scoring;

import java.time.Instant;

/** The principal (or the named substitute) sent this round back to the council's review with a comment. */
public record AssessmentReturnedToCouncil(long assessmentId, long ownerStaffId, SelfAssessment.Transition transition,
                                          long actorStaffId, String actorName, Instant at, String reason, int round)
        implements AssessmentChanged { }
