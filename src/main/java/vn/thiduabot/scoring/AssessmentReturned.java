package vn.thiduabot.scoring;

import java.time.Instant;

/** A reviewer (team leader or council member, by {@code stage}) returned it to the teacher for revision, with a comment. */
public record AssessmentReturned(long assessmentId, long ownerStaffId, SelfAssessment.Transition transition, long actorStaffId,
                                 String actorName, Instant at, Stage stage, String reason) implements AssessmentChanged { }
