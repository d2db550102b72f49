package vn.thiduabot.scoring;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * What is stored about one self-assessment (the columns of {@code self_assessment}), readable by
 * anyone; only {@link SelfAssessment}'s transitions, in this package, change it.
 */
@MappedSuperclass
public abstract class AssessmentRecord extends AbstractAggregateRoot<SelfAssessment> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "staff_id", nullable = false)
    long staffId;

    @Column(name = "school_year", nullable = false)
    String schoolYear;

    @Column(name = "team_name")
    String teamName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    AssessmentStatus status;

    @Column(name = "current_item", nullable = false)
    int currentItem;

    @Column(name = "needs_team_review", nullable = false)
    boolean needsTeamReview;

    @Column(name = "approval_round", nullable = false)
    int approvalRound;

    @Column(name = "claimed_by")
    Long claimedBy;

    @Column(name = "claimed_at")
    Instant claimedAt;

    @Column(name = "team_reviewed_by")
    Long teamReviewedBy;

    @Column(name = "council_reviewed_by")
    Long councilReviewedBy;

    @Column(name = "decided_by")
    Long decidedBy;

    @Convert(converter = ScoreConverter.class)
    @Column(name = "final_score")
    BigDecimal finalScore;

    @Column(name = "final_band_code")
    String finalBandCode;

    @Column(name = "final_band_name")
    String finalBandName;

    @Column(name = "submitted_at")
    Instant submittedAt;

    @Column(name = "decided_at")
    Instant decidedAt;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Version
    long version;

    /** Waiting for this stage of review. */
    public boolean pendingFor(Stage stage) {
        return switch (stage) {
            case TEAM -> status == AssessmentStatus.SUBMITTED && needsTeamReview;
            case COUNCIL -> status == AssessmentStatus.TEAM_REVIEWED || (status == AssessmentStatus.SUBMITTED && !needsTeamReview);
        };
    }

    /** The stage it waits for, if any. */
    public Optional<Stage> pendingStage() {
        for (Stage s : Stage.values()) {
            if (pendingFor(s)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Someone else holding an unexpired claim, if any. */
    public Optional<Long> claimedByOther(Actor actor, Instant now, Duration ttl) {
        if (claimedBy == null || claimedBy == actor.staffId() || claimedAt == null || !claimedAt.plus(ttl).isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(claimedBy);
    }

    /**
     * What a reviewer's or the principal's card was made for: the submission (a resubmission after a
     * return is a new one) and the approval round (a principal's return or a reopening starts another).
     */
    public String reviewVersion() {
        return approvalRound + "." + (submittedAt == null ? 0 : submittedAt.toEpochMilli());
    }

    /** Zero before the row is stored (the state machine on its own, in tests). */
    long idOrZero() {
        return id == null ? 0 : id;
    }

    public Long getId() { return id; }
    public long getStaffId() { return staffId; }
    public String getSchoolYear() { return schoolYear; }
    public String getTeamName() { return teamName; }
    public AssessmentStatus getStatus() { return status; }
    public int getCurrentItem() { return currentItem; }
    public boolean isNeedsTeamReview() { return needsTeamReview; }
    public int getApprovalRound() { return approvalRound; }
    public Long getClaimedBy() { return claimedBy; }
    public Instant getClaimedAt() { return claimedAt; }
    public Long getTeamReviewedBy() { return teamReviewedBy; }
    public Long getCouncilReviewedBy() { return councilReviewedBy; }
    public Long getDecidedBy() { return decidedBy; }
    public BigDecimal getFinalScore() { return finalScore; }
    public String getFinalBandCode() { return finalBandCode; }
    public String getFinalBandName() { return finalBandName; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getDecidedAt() { return decidedAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
