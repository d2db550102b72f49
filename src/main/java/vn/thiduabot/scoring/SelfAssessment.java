package vn.thiduabot.scoring;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import vn.thiduabot.campaign.ScoreSheet;

/**
 * One person's self-assessment for one school year, and the state machine it goes through:
 * DRAFT → SUBMITTED → (TEAM_REVIEWED →) REVIEWED → APPROVED, with RETURNED back to the teacher,
 * the principal's return to the council and a reopening after approval. Every transition checks the
 * state and the actor first and changes nothing when it refuses.
 */
@Entity
@Table(name = "self_assessment")
class SelfAssessment {

    /** One step of the state machine, recorded in the history by the workflow. */
    record Transition(EventAction action, AssessmentStatus from, AssessmentStatus to) { }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "staff_id", nullable = false)
    private long staffId;

    @Column(name = "school_year", nullable = false)
    private String schoolYear;

    @Column(name = "team_name")
    private String teamName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssessmentStatus status;

    @Column(name = "current_item", nullable = false)
    private int currentItem;

    @Column(name = "needs_team_review", nullable = false)
    private boolean needsTeamReview;

    @Column(name = "approval_round", nullable = false)
    private int approvalRound;

    @Column(name = "claimed_by")
    private Long claimedBy;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "team_reviewed_by")
    private Long teamReviewedBy;

    @Column(name = "council_reviewed_by")
    private Long councilReviewedBy;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Convert(converter = ScoreConverter.class)
    @Column(name = "final_score")
    private BigDecimal finalScore;

    @Column(name = "final_band_code")
    private String finalBandCode;

    @Column(name = "final_band_name")
    private String finalBandName;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected SelfAssessment() {
    }

    SelfAssessment(long staffId, String schoolYear, String teamName, Instant now) {
        this.staffId = staffId;
        this.schoolYear = schoolYear;
        this.teamName = teamName;
        this.status = AssessmentStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    // --- the teacher ------------------------------------------------------------------------------

    /** The owner may change scores and evidence (a draft, or a submission returned for revision). */
    void requireEditableBy(Actor actor) {
        if (actor.staffId() != staffId) {
            throw new Refused("scoring.refused.not-owner");
        }
        if (!status.editableByOwner()) {
            throw new Refused("scoring.refused.not-editable", new Refused.Msg(status.messageKey()));
        }
    }

    void resumeAt(int item, Instant now) {
        this.currentItem = Math.max(0, item);
        this.updatedAt = now;
    }

    Transition submit(Actor actor, boolean teamReviewFirst, String team, Instant now) {
        requireEditableBy(actor);
        EventAction action = status == AssessmentStatus.RETURNED ? EventAction.RESUBMIT : EventAction.SUBMIT;
        this.needsTeamReview = teamReviewFirst;
        this.teamName = team;
        this.submittedAt = now;
        releaseClaim();
        return move(action, AssessmentStatus.SUBMITTED, now);
    }

    // --- review -----------------------------------------------------------------------------------

    /** Waiting for this stage of review. */
    boolean pendingFor(Stage stage) {
        return switch (stage) {
            case TEAM -> status == AssessmentStatus.SUBMITTED && needsTeamReview;
            case COUNCIL -> status == AssessmentStatus.TEAM_REVIEWED || (status == AssessmentStatus.SUBMITTED && !needsTeamReview);
        };
    }

    /** The stage it waits for, if any. */
    Optional<Stage> pendingStage() {
        for (Stage s : Stage.values()) {
            if (pendingFor(s)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Checks that this person may review it at this stage now; the claim is checked separately. */
    void requireReviewable(Actor actor, Stage stage) {
        if (actor.staffId() == staffId) {
            throw new Refused("scoring.refused.own");
        }
        if (!Permissions.canReview(actor, stage, staffId, teamName)) {
            throw new Refused(stage == Stage.TEAM ? "scoring.refused.not-team-leader" : "scoring.refused.not-council");
        }
        if (!pendingFor(stage)) {
            throw new Refused("scoring.refused.not-pending", new Refused.Msg(status.messageKey()));
        }
    }

    /** Someone else holding an unexpired claim, if any. */
    Optional<Long> claimedByOther(Actor actor, Instant now, Duration ttl) {
        if (claimedBy == null || claimedBy == actor.staffId() || claimedAt == null || !claimedAt.plus(ttl).isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(claimedBy);
    }

    /** Opens it for review by this person (or refreshes their claim). */
    void claim(Actor actor, Stage stage, Instant now, Duration ttl) {
        requireReviewable(actor, stage);
        if (claimedByOther(actor, now, ttl).isPresent()) {
            throw new Refused("scoring.refused.claimed");
        }
        this.claimedBy = actor.staffId();
        this.claimedAt = now;
        this.updatedAt = now;
    }

    /** The reviewer's own claim, still valid: required for every change during review. */
    void requireClaim(Actor actor, Stage stage, Instant now, Duration ttl) {
        requireReviewable(actor, stage);
        if (claimedBy == null || claimedBy != actor.staffId() || claimedAt == null || !claimedAt.plus(ttl).isAfter(now)) {
            throw new Refused("scoring.refused.claim-lost");
        }
    }

    void release(Actor actor, Instant now) {
        if (claimedBy != null && claimedBy == actor.staffId()) {
            releaseClaim();
            this.updatedAt = now;
        }
    }

    Transition teamReviewed(Actor actor, Instant now, Duration ttl) {
        requireClaim(actor, Stage.TEAM, now, ttl);
        this.teamReviewedBy = actor.staffId();
        releaseClaim();
        return move(EventAction.TEAM_REVIEW, AssessmentStatus.TEAM_REVIEWED, now);
    }

    Transition returnForRevision(Actor actor, Stage stage, String comment, Instant now, Duration ttl) {
        requireClaim(actor, stage, now, ttl);
        requireText(comment);
        releaseClaim();
        return move(EventAction.RETURN, AssessmentStatus.RETURNED, now);
    }

    Transition passToPrincipal(Actor actor, Instant now, Duration ttl) {
        requireClaim(actor, Stage.COUNCIL, now, ttl);
        this.councilReviewedBy = actor.staffId();
        this.approvalRound++;
        releaseClaim();
        return move(EventAction.PASS, AssessmentStatus.REVIEWED, now);
    }

    // --- the principal ------------------------------------------------------------------------------

    /** The principal's buttons are for one round; after a decision or a return they change nothing. */
    void requireDecidable(Actor actor, int round) {
        if (actor.staffId() == staffId) {
            throw new Refused("scoring.refused.own-decision");
        }
        if (!Permissions.canDecide(actor, staffId)) {
            throw new Refused("scoring.refused.not-principal");
        }
        if (status != AssessmentStatus.REVIEWED || round != approvalRound) {
            throw new Refused("scoring.refused.decided", new Refused.Msg(status.messageKey()));
        }
    }

    Transition approve(Actor actor, int round, BigDecimal total, ScoreSheet.Band band, Instant now) {
        requireDecidable(actor, round);
        this.finalScore = ScoreInput.normalise(total);
        this.finalBandCode = band.code();
        this.finalBandName = band.name();
        this.decidedBy = actor.staffId();
        this.decidedAt = now;
        return move(EventAction.APPROVE, AssessmentStatus.APPROVED, now);
    }

    /** Back to the council with the principal's comment. */
    Transition principalReturn(Actor actor, int round, String comment, Instant now) {
        requireDecidable(actor, round);
        requireText(comment);
        this.decidedBy = actor.staffId();
        this.decidedAt = now;
        return move(EventAction.PRINCIPAL_RETURN, councilQueue(), now);
    }

    /** An approved submission goes back to the council's review, with a reason. */
    Transition reopen(Actor actor, String reason, Instant now) {
        if (!Permissions.canReopen(actor)) {
            throw new Refused("scoring.refused.not-principal");
        }
        if (status != AssessmentStatus.APPROVED) {
            throw new Refused("scoring.refused.not-approved", new Refused.Msg(status.messageKey()));
        }
        requireText(reason);
        this.finalScore = null;
        this.finalBandCode = null;
        this.finalBandName = null;
        this.decidedAt = null;
        this.decidedBy = null;
        return move(EventAction.REOPEN, councilQueue(), now);
    }

    private AssessmentStatus councilQueue() {
        return needsTeamReview ? AssessmentStatus.TEAM_REVIEWED : AssessmentStatus.SUBMITTED;
    }

    private static void requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new Refused("scoring.refused.reason-required");
        }
    }

    private void releaseClaim() {
        this.claimedBy = null;
        this.claimedAt = null;
    }

    private Transition move(EventAction action, AssessmentStatus to, Instant now) {
        AssessmentStatus from = status;
        this.status = to;
        this.updatedAt = now;
        return new Transition(action, from, to);
    }

    /**
     * What a reviewer's or the principal's card was made for: the submission (a resubmission after a
     * return is a new one) and the approval round (a principal's return or a reopening starts another).
     */
    String reviewVersion() {
        return approvalRound + "." + (submittedAt == null ? 0 : submittedAt.toEpochMilli());
    }

    Long getId() { return id; }
    long getStaffId() { return staffId; }
    String getSchoolYear() { return schoolYear; }
    String getTeamName() { return teamName; }
    AssessmentStatus getStatus() { return status; }
    int getCurrentItem() { return currentItem; }
    boolean isNeedsTeamReview() { return needsTeamReview; }
    int getApprovalRound() { return approvalRound; }
    Long getClaimedBy() { return claimedBy; }
    Instant getClaimedAt() { return claimedAt; }
    Long getTeamReviewedBy() { return teamReviewedBy; }
    Long getCouncilReviewedBy() { return councilReviewedBy; }
    Long getDecidedBy() { return decidedBy; }
    BigDecimal getFinalScore() { return finalScore; }
    String getFinalBandCode() { return finalBandCode; }
    String getFinalBandName() { return finalBandName; }
    Instant getSubmittedAt() { return submittedAt; }
    Instant getDecidedAt() { return decidedAt; }
    Instant getUpdatedAt() { return updatedAt; }
}
