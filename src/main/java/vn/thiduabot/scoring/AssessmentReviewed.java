package vn.thiduabot.scoring;

import java.math.BigDecimal;
import java.time.Instant;

/** The council passed it to the principal with this council total; {@code round} is the approval round it opened. */
public record AssessmentReviewed(long assessmentId, long ownerStaffId, SelfAssessment.Transition transition, long actorStaffId,
                                 String actorName, Instant at, BigDecimal total, int round) implements AssessmentChanged { }
