package vn.thiduabot.scoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduabot.campaign.ScoreSheet.Criterion;
import vn.thiduabot.chat.FreeText;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.people.Role;

/**
 * The reviewers' side: the queue, opening a submission (a claim, so two reviewers never overwrite each
 * other), adjustments with reasons, the team leader's "reviewed", a return to the teacher and the
 * council's pass to the principal. Transitions register their events (history, notifications) in the
 * caller's transaction; a refusal happens before anything changed and does not roll back.
 */
@Service
@Transactional(noRollbackFor = Refused.class)
public class ReviewService {

    /** A reason or a return's comment must say something a reader can act on: at least this many characters. */
    public static final int MIN_REASON = 3;

    private final SelfAssessmentRepository assessments;
    private final ScoreEntryRepository scores;
    private final Snapshots snapshots;
    private final AssessmentHistory history;
    private final People people;
    private final Clock clock;
    private final Duration claimTtl;

    ReviewService(SelfAssessmentRepository assessments, ScoreEntryRepository scores, Snapshots snapshots, AssessmentHistory history,
                  People people, Clock clock, @Value("${thidua.scoring.claim-hours:2}") long claimHours) {
        this.assessments = assessments;
        this.scores = scores;
        this.snapshots = snapshots;
        this.history = history;
        this.people = people;
        this.clock = clock;
        this.claimTtl = Duration.ofHours(claimHours);
    }

    /** One line of a reviewer's list; {@code claimedBy} is another reviewer holding it now. */
    public record Queued(SelfAssessment assessment, Stage stage, Optional<Long> claimedBy) { }

    /** Submissions this person may review now, oldest first: their team's (team leader) and the council's. */
    @Transactional(readOnly = true)
    public List<Queued> reviewQueue(Actor actor, String schoolYear) {
        List<Queued> out = new ArrayList<>();
        for (SelfAssessment a : assessments.findBySchoolYearAndStatusInOrderBySubmittedAtAsc(schoolYear,
                List.of(AssessmentStatus.SUBMITTED, AssessmentStatus.TEAM_REVIEWED))) {
            for (Stage stage : Stage.values()) {
                if (a.pendingFor(stage) && Permissions.canReview(actor, stage, a.getStaffId(), a.getTeamName())) {
                    out.add(new Queued(a, stage, a.claimedByOther(actor, clock.instant(), claimTtl)));
                }
            }
        }
        out.sort(Comparator.comparing((Queued q) -> q.assessment().getTeamName() == null ? "\uffff" : q.assessment().getTeamName())
                .thenComparing(q -> people.name(q.assessment().getStaffId())));
        return out;
    }

    /** How many submissions of the year still wait for their team leader (the council cannot open them yet). */
    @Transactional(readOnly = true)
    public long waitingForTeams(String schoolYear) {
        return assessments.findBySchoolYearAndStatusInOrderBySubmittedAtAsc(schoolYear, List.of(AssessmentStatus.SUBMITTED))
                .stream().filter(a -> a.pendingFor(Stage.TEAM)).count();
    }

    /**
     * The stage at which this person may review this submission now, for a front end no button tells it (the
     * Mini App): the stage it waits for, if the person may review there. Nobody reviews their own; a team leader
     * only their own team's at the team stage; the council after the team. One no longer waiting says who handled it.
     */
    @Transactional(readOnly = true, noRollbackFor = Refused.class)
    public Stage stageFor(Actor actor, long id) {
        SelfAssessment a = snapshots.assessment(id);
        if (a.getStaffId() == actor.staffId()) {
            throw new Refused("scoring.refused.own");
        }
        Optional<Stage> pending = a.pendingStage();
        if (pending.isPresent() && Permissions.canReview(actor, pending.get(), a.getStaffId(), a.getTeamName())) {
            return pending.get();
        }
        Stage asked = pending.orElse(actor.has(Role.COUNCIL) ? Stage.COUNCIL : Stage.TEAM);
        if (pending.isEmpty() && Permissions.canReview(actor, asked, a.getStaffId(), a.getTeamName())) {
            throw handled(a);
        }
        throw new Refused(asked == Stage.TEAM ? "scoring.refused.not-team-leader" : "scoring.refused.not-council");
    }

    /**
     * Opens a submission for review: claims it so no other reviewer can change it meanwhile. Tells who
     * holds it, or who already handled it, when it cannot be opened.
     */
    public Snapshot open(Actor actor, long id, Stage stage) {
        return holding(actor, id, stage);
    }

    /** Checks (and refreshes) the reviewer's own claim before any change; explains if it was lost. */
    public Snapshot holding(Actor actor, long id, Stage stage) {
        SelfAssessment a = snapshots.assessment(id);
        Instant now = clock.instant();
        if (!a.pendingFor(stage)) {
            throw handled(a);
        }
        Optional<Long> other = a.claimedByOther(actor, now, claimTtl);
        if (other.isPresent()) {
            throw new Refused("scoring.review.claimed", people.name(other.get()), new Refused.At(a.getClaimedAt()));
        }
        a.claim(actor, stage, now, claimTtl); // refreshes an expired or own claim
        return snapshots.of(a);
    }

    public void release(Actor actor, long id) {
        assessments.findById(id).ifPresent(a -> a.release(actor, clock.instant()));
    }

    /**
     * A reviewer's score for one item at their stage, with the mandatory reason. A score equal to the
     * column before it removes the adjustment. Returns the score it was compared with.
     */
    public BigDecimal adjust(Actor actor, long id, Stage stage, String itemCode, BigDecimal score, String reason) {
        Snapshot snap = holding(actor, id, stage);
        Criterion item = snap.sheet().item(itemCode).orElseThrow(() -> new Refused("scoring.refused.gone"));
        if (score.signum() < 0 || score.compareTo(item.max()) > 0) {
            throw new Refused("scoring.score.above-max", ScoreInput.format(item.max(), Texts.VIETNAMESE));
        }
        BigDecimal base = stage == Stage.TEAM ? snap.card().self(itemCode) : snap.card().team(itemCode);
        boolean same = base != null && base.compareTo(score) == 0;
        if (!same) {
            requireReason(reason);
        }
        Instant now = clock.instant();
        ScoreEntry e = snap.entries().containsKey(itemCode) ? snap.entries().get(itemCode) : new ScoreEntry(id, itemCode, now);
        e.adjust(stage, same ? null : score, same ? null : reason.trim(), actor.staffId(), now);
        scores.save(e);
        return base;
    }

    public Snapshot teamReviewed(Actor actor, long id) {
        Snapshot snap = holding(actor, id, Stage.TEAM);
        SelfAssessment a = snap.assessment();
        a.teamReviewed(actor, snap.card().teamTotal(), clock.instant(), claimTtl);
        assessments.save(a);
        return snap;
    }

    public Snapshot returnForRevision(Actor actor, long id, Stage stage, String comment) {
        Snapshot snap = holding(actor, id, stage);
        requireReason(comment);
        SelfAssessment a = snap.assessment();
        a.returnForRevision(actor, stage, comment, clock.instant(), claimTtl);
        a.resumeAt(snap.sheet().allItems().size(), clock.instant()); // the teacher starts from the summary
        assessments.save(a);
        return snap;
    }

    public Snapshot pass(Actor actor, long id) {
        Snapshot snap = holding(actor, id, Stage.COUNCIL);
        SelfAssessment a = snap.assessment();
        a.passToPrincipal(actor, snap.card().councilTotal(), clock.instant(), claimTtl);
        assessments.save(a);
        return snapshots.of(a);
    }

    /**
     * A reason or comment, whichever front end typed it: not empty, not a token ({@link #MIN_REASON}), within
     * {@link FreeText#REASON}'s cap (it is quoted whole in the notice and the reports).
     */
    static void requireReason(String text) {
        if (text == null || text.isBlank()) {
            throw new Refused("scoring.refused.reason-required");
        }
        String t = text.trim();
        if (t.length() < MIN_REASON) {
            throw new Refused("scoring.review.reason-too-short");
        }
        Optional<Object[]> tooLong = FreeText.REASON.refusal(t);
        if (tooLong.isPresent()) {
            throw new Refused(FreeText.TOO_LONG, tooLong.get());
        }
    }

    /** "Already handled": who did the last step and when, so a second reviewer knows what happened. */
    private Refused handled(SelfAssessment a) {
        return history.latest(a.getId())
                .<Refused>map(e -> new Refused("scoring.review.handled", people.name(e.actorStaffId()),
                        new Refused.Msg(e.action().messageKey()), new Refused.At(e.at()), new Refused.Msg(a.getStatus().messageKey())))
                .orElseGet(() -> new Refused("scoring.refused.not-pending", new Refused.Msg(a.getStatus().messageKey())));
    }
}
