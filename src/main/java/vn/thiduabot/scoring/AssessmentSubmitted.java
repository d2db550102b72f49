package vn.thiduabot.scoring;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The teacher submitted (action SUBMIT) or resubmitted after a return (RESUBMIT) with this self total;
 * it now waits for the team leaders of {@code teamName} when {@code teamReviewFirst}, else for the council.
 */
public record AssessmentSubmitted(long assessmentId, long ownerStaffId, SelfAssessment.Transition transition, long actorStaffId,
                                  String actorName, Instant at, BigDecimal total, boolean teamReviewFirst, String teamName)
        implements AssessmentChanged { }
