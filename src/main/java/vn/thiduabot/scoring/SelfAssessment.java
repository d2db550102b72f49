package vn.thiduabot.scoring;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import vn.thiduabot.campaign.ScoreSheet;

/**
 * One person's self-assessment for one school year, and the state machine it goes through:
 * DRAFT → SUBMITTED → (TEAM_REVIEWED →) REVIEWED → APPROVED, with RETURNED back to the teacher,
 * the principal's return to the council and a reopening after approval. Every transition checks the
 * state and the actor first and changes nothing when it refuses; when it changes, it registers an
 * {@link AssessmentChanged} event, published when the service saves it (the history and the
 * notifications follow from it). State changes are package-private: only this module's services make them.
 */
@Entity
@Table(name = "self_assessment")
public class SelfAssessment extends AssessmentRecord {

    /** One step of the state machine: what happened, from which status to which. */
    public record Transition(EventAction action, AssessmentStatus from, AssessmentStatus to) { }

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

    /** Registers the start of the draft; called once the new row has its id. */
    void started(Actor actor, Instant now) {
        registerEvent(new AssessmentStarted(idOrZero(), staffId, new Transition(EventAction.START, null, AssessmentStatus.DRAFT),
                actor.staffId(), actor.fullName(), now));
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
        return submit(actor, teamReviewFirst, team, null, now);
    }

    /** Submits with this self total (a returned one is resubmitted), to the team leader's review first or the council's. */
    Transition submit(Actor actor, boolean teamReviewFirst, String team, BigDecimal selfTotal, Instant now) {
        requireEditableBy(actor);
        EventAction action = status == AssessmentStatus.RETURNED ? EventAction.RESUBMIT : EventAction.SUBMIT;
        this.needsTeamReview = teamReviewFirst;
        this.teamName = team;
        this.submittedAt = now;
        releaseClaim();
        Transition t = move(action, AssessmentStatus.SUBMITTED, now);
        registerEvent(new AssessmentSubmitted(idOrZero(), staffId, t, actor.staffId(), actor.fullName(), now, selfTotal, teamReviewFirst, team));
        return t;
    }

    // --- review -----------------------------------------------------------------------------------

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
        return teamReviewed(actor, null, now, ttl);
    }

    Transition teamReviewed(Actor actor, BigDecimal teamTotal, Instant now, Duration ttl) {
        requireClaim(actor, Stage.TEAM, now, ttl);
        this.teamReviewedBy = actor.staffId();
        releaseClaim();
        Transition t = move(EventAction.TEAM_REVIEW, AssessmentStatus.TEAM_REVIEWED, now);
        registerEvent(new AssessmentTeamReviewed(idOrZero(), staffId, t, actor.staffId(), actor.fullName(), now, teamTotal));
        return t;
    }

    Transition returnForRevision(Actor actor, Stage stage, String comment, Instant now, Duration ttl) {
        requireClaim(actor, stage, now, ttl);
        requireText(comment);
        releaseClaim();
        Transition t = move(EventAction.RETURN, AssessmentStatus.RETURNED, now);
        registerEvent(new AssessmentReturned(idOrZero(), staffId, t, actor.staffId(), actor.fullName(), now, stage, comment.trim()));
        return t;
    }

    Transition passToPrincipal(Actor actor, Instant now, Duration ttl) {
        return passToPrincipal(actor, null, now, ttl);
    }

    Transition passToPrincipal(Actor actor, BigDecimal councilTotal, Instant now, Duration ttl) {
        requireClaim(actor, Stage.COUNCIL, now, ttl);
        this.councilReviewedBy = actor.staffId();
        this.approvalRound++;
        releaseClaim();
        Transition t = move(EventAction.PASS, AssessmentStatus.REVIEWED, now);
        registerEvent(new AssessmentReviewed(idOrZero(), staffId, t, actor.staffId(), actor.fullName(), now, councilTotal, approvalRound));
        return t;
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
        Transition t = move(EventAction.APPROVE, AssessmentStatus.APPROVED, now);
        registerEvent(new AssessmentApproved(idOrZero(), staffId, t, actor.staffId(), actor.fullName(), now, finalScore, band.code(),
                band.name(), round));
        return t;
    }

    /** Back to the council with the principal's comment. */
    Transition principalReturn(Actor actor, int round, String comment, Instant now) {
        requireDecidable(actor, round);
        requireText(comment);
        this.decidedBy = actor.staffId();
        this.decidedAt = now;
        Transition t = move(EventAction.PRINCIPAL_RETURN, councilQueue(), now);
        registerEvent(new AssessmentReturnedToCouncil(idOrZero(), staffId, t, actor.staffId(), actor.fullName(), now, comment.trim(), round));
        return t;
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
        BigDecimal before = finalScore;
        this.finalScore = null;
        this.finalBandCode = null;
        this.finalBandName = null;
        this.decidedAt = null;
        this.decidedBy = null;
        Transition t = move(EventAction.REOPEN, councilQueue(), now);
        registerEvent(new AssessmentReopened(idOrZero(), staffId, t, actor.staffId(), actor.fullName(), now, reason.trim(), before,
                actor.has(vn.thiduabot.people.Role.PRINCIPAL)));
        return t;
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

}
