package vn.thiduabot.scoring;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One person's self-assessment of a school year, for other features (status screens, reminders,
 * exports). Totals are null where that column does not exist yet: {@code teamTotal} until the team
 * leader reviewed (or where there is no team review), {@code councilTotal} until the council adjusted
 * or passed it, {@code finalTotal} until the principal approved. {@code ratingCode}/{@code ratingName}
 * are the band of the final total once approved, otherwise of the latest total there is.
 */
public record AssessmentSummary(long assessmentId, long staffId, String fullName, String teamName, String schoolYear,
                                AssessmentStatus status, BigDecimal selfTotal, BigDecimal teamTotal, BigDecimal councilTotal,
                                BigDecimal finalTotal, String ratingCode, String ratingName, int adjustments,
                                Instant submittedAt, Instant decidedAt, Instant updatedAt) {

    public boolean approved() {
        return status == AssessmentStatus.APPROVED;
    }
}
