package vn.thiduabot.scoring;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A self-assessment moved from one status to another: registered by {@link SelfAssessment} when it
 * changes, published when the service saves it, inside the transaction. {@link AssessmentHistory}
 * writes one history row per event; the chat's notification listeners tell the people concerned.
 */
public sealed interface AssessmentChanged permits AssessmentStarted, AssessmentSubmitted, AssessmentTeamReviewed,
        AssessmentReturned, AssessmentReviewed, AssessmentApproved, AssessmentReturnedToCouncil, AssessmentReopened {

    long assessmentId();

    /** The person whose self-assessment it is. */
    long ownerStaffId();

    SelfAssessment.Transition transition();

    long actorStaffId();

    String actorName();

    Instant at();

    /** The comment or reason given with the step, trimmed; null when the step needs none. */
    default String reason() {
        return null;
    }

    /** The total the step was taken on (self, team, council or the final score before a reopening); may be null. */
    default BigDecimal total() {
        return null;
    }
}
