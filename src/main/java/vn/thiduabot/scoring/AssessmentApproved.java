package vn.thiduabot.scoring;

import java.math.BigDecimal;
import java.time.Instant;

/** The principal (or the named substitute) approved this round: {@code total} and the band are final. */
public record AssessmentApproved(long assessmentId, long ownerStaffId, SelfAssessment.Transition transition, long actorStaffId,
                                 String actorName, Instant at, BigDecimal total, String bandCode, String bandName, int round)
        implements AssessmentChanged { }
