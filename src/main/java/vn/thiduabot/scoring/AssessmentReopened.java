package vn.thiduabot.scoring;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An approved self-assessment went back to the council's review with a reason; {@code total} is the
 * final score it had. {@code byPrincipal}: the principal reopened it (else the secretary on the principal's behalf).
 */
public record AssessmentReopened(long assessmentId, long ownerStaffId, SelfAssessment.Transition transition, long actorStaffId,
                                 String actorName, Instant at, String reason, BigDecimal total, boolean byPrincipal)
        implements AssessmentChanged { }
