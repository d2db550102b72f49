package vn.thiduabot.scoring;

import vn.thiduabot.people.Names;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.ScoreSheet;
import vn.thiduabot.campaign.ScoreSheet.Criterion;
import vn.thiduabot.people.Person;
import vn.thiduabot.chat.Messenger;
import vn.thiduabot.people.Role;
import vn.thiduabot.chat.Texts;

/**
 * The one place where self-assessments change state. Each transition checks the state and the
 * person's role (in {@link SelfAssessment}), records the event in the history and queues the
 * notifications, all in the caller's transaction (the update being handled). A refusal
 * ({@link Refused}) happens before anything changed and does not roll the update back.
 */
@Service
@Transactional(noRollbackFor = Refused.class)
class AssessmentWorkflow {

    private static final Logger log = LoggerFactory.getLogger(AssessmentWorkflow.class);
    /** Evidence files one item may have; enough for a real dossier, not for a flood. */
    static final int MAX_FILES_PER_ITEM = 10;

    private final SelfAssessmentRepository assessments;
    private final ScoreEntryRepository scores;
    private final EvidenceRepository evidence;
    private final AssessmentEventRepository events;
    private final Snapshots snapshots;
    private final People people;
    private final Messenger messenger;
    private final ScoringTexts texts;
    private final ApprovalCards cards;
    private final Deciders deciders;
    private final Clock clock;
    private final Duration claimTtl;

    AssessmentWorkflow(SelfAssessmentRepository assessments, ScoreEntryRepository scores, EvidenceRepository evidence,
                       AssessmentEventRepository events, Snapshots snapshots, People people, Messenger messenger,
                       ScoringTexts texts, ApprovalCards cards, Deciders deciders, Clock clock,
                       @Value("${thidua.scoring.claim-hours:2}") long claimHours) {
        this.assessments = assessments;
        this.scores = scores;
        this.evidence = evidence;
        this.events = events;
        this.snapshots = snapshots;
        this.people = people;
        this.messenger = messenger;
        this.texts = texts;
        this.cards = cards;
        this.deciders = deciders;
        this.clock = clock;
        this.claimTtl = Duration.ofHours(claimHours);
    }

    Duration claimTtl() {
        return claimTtl;
    }

    // --- the teacher ----------------------------------------------------------------------------------

    Optional<SelfAssessment> own(long staffId, String schoolYear) {
        return assessments.findByStaffIdAndSchoolYear(staffId, schoolYear);
    }

    /** The person's self-assessment of this year, started now if there is none yet. */
    SelfAssessment openOwn(Actor actor, Campaign campaign) {
        Optional<SelfAssessment> existing = own(actor.staffId(), campaign.schoolYear());
        if (existing.isPresent()) {
            return existing.get();
        }
        Instant now = clock.instant();
        SelfAssessment a = assessments.save(new SelfAssessment(actor.staffId(), campaign.schoolYear(), actor.teamName(), now));
        events.save(new AssessmentEvent(a.getId(), new SelfAssessment.Transition(EventAction.START, null, AssessmentStatus.DRAFT),
                actor.staffId(), now, null, null));
        return a;
    }

    void setSelfScore(Actor actor, long id, String itemCode, BigDecimal score) {
        SelfAssessment a = snapshots.assessment(id);
        a.requireEditableBy(actor);
        Instant now = clock.instant();
        ScoreEntry e = scores.findByAssessmentIdAndItemCode(id, itemCode).orElseGet(() -> new ScoreEntry(id, itemCode, now));
        e.setSelf(score, now);
        scores.save(e);
        a.resumeAt(a.getCurrentItem(), now); // touches the row: a concurrent review would see a new version
    }

    /** Stores a file id as evidence; the caller checked its type and size. Returns how many the item has. */
    long addEvidence(Actor actor, long id, String itemCode, String fileId, String fileName, String mimeType, long size,
                     Evidence.Kind kind) {
        SelfAssessment a = snapshots.assessment(id);
        a.requireEditableBy(actor);
        long count = evidence.countByAssessmentIdAndItemCode(id, itemCode);
        if (count >= MAX_FILES_PER_ITEM) {
            throw new Refused("scoring.evidence.too-many", String.valueOf(MAX_FILES_PER_ITEM));
        }
        evidence.save(new Evidence(id, itemCode, fileId, fileName, mimeType, size, kind, clock.instant()));
        return count + 1;
    }

    int clearEvidence(Actor actor, long id, String itemCode) {
        SelfAssessment a = snapshots.assessment(id);
        a.requireEditableBy(actor);
        List<Evidence> files = evidence.findByAssessmentIdAndItemCodeOrderByIdAsc(id, itemCode);
        evidence.deleteAll(files);
        return files.size();
    }

    void moveTo(Actor actor, long id, int item) {
        SelfAssessment a = snapshots.assessment(id);
        a.requireEditableBy(actor);
        a.resumeAt(item, clock.instant());
    }

    /** What still stops a submission: criteria without a score, and claimed items without required evidence. */
    record Readiness(List<Criterion> unscored, List<Criterion> missingEvidence) {
        boolean ready() {
            return unscored.isEmpty() && missingEvidence.isEmpty();
        }
    }

    Readiness readiness(Snapshot snap) {
        return new Readiness(snap.card().unscored(), snap.card().missingEvidence(snap.evidenceCounts()));
    }

    /**
     * Submits (or resubmits after a return). A draft only inside the self-assessment window; a
     * returned one at any time, since the council returns it after the window has often closed.
     */
    Snapshot submit(Actor actor, long id) {
        Snapshot snap = snapshots.load(id);
        SelfAssessment a = snap.assessment();
        a.requireEditableBy(actor);
        Campaign c = snap.campaign();
        LocalDate today = LocalDate.now(clock);
        if (a.getStatus() == AssessmentStatus.DRAFT && !c.deadlines().selfAssessmentOpen(today)) {
            throw new Refused("scoring.self.window-closed", Texts.date(c.deadlines().selfAssessmentOpens()),
                    Texts.date(c.deadlines().selfAssessmentCloses()));
        }
        if (!readiness(snap).ready()) {
            throw new Refused("scoring.refused.incomplete");
        }
        String team = people.view(actor.staffId()).map(v -> v.teamName()).orElse(actor.teamName());
        List<Person> leaders = people.teamLeaders(team, actor.staffId());
        boolean teamFirst = c.teamLeaderReviewsFirst() && !leaders.isEmpty();
        Instant now = clock.instant();
        SelfAssessment.Transition t = a.submit(actor, teamFirst, team, now);
        BigDecimal total = snap.card().selfTotal();
        AssessmentEvent ev = record(a, t, actor, null, total);
        List<Person> reviewers = teamFirst ? leaders : councilExcept(a.getStaffId());
        String key = teamFirst ? "scoring.notice.submitted-team" : "scoring.notice.submitted-council";
        for (Person r : reviewers) {
            notify(r, ev, key, l -> new Object[] {actor.fullName(), cards.teamLabel(team, l), ScoringTexts.score(total, l),
                    ScoringTexts.band(snap.card().band(total))});
        }
        log.info("Self-assessment #{} of staff #{} {} ({} points), to the {} review", a.getId(), a.getStaffId(),
                t.action(), total, teamFirst ? "team" : "council");
        return snap;
    }

    // --- review ---------------------------------------------------------------------------------------

    /** Submissions this person may review now, oldest first: their team's (team leader) and the council's. */
    List<Queued> reviewQueue(Actor actor, String schoolYear) {
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

    /** One line of a reviewer's list; {@code claimedBy} is another reviewer holding it now. */
    record Queued(SelfAssessment assessment, Stage stage, Optional<Long> claimedBy) { }

    /** How many submissions of the year still wait for their team leader (the council cannot open them yet). */
    long waitingForTeams(String schoolYear) {
        return assessments.findBySchoolYearAndStatusInOrderBySubmittedAtAsc(schoolYear, List.of(AssessmentStatus.SUBMITTED))
                .stream().filter(a -> a.pendingFor(Stage.TEAM)).count();
    }

    /**
     * Opens a submission for review: claims it so no other reviewer can change it meanwhile. Tells who
     * holds it, or who already handled it, when it cannot be opened.
     */
    Snapshot open(Actor actor, long id, Stage stage) {
        SelfAssessment a = snapshots.assessment(id);
        Instant now = clock.instant();
        if (!a.pendingFor(stage)) {
            throw handled(a);
        }
        Optional<Long> other = a.claimedByOther(actor, now, claimTtl);
        if (other.isPresent()) {
            throw new Refused("scoring.review.claimed", people.name(other.get()), texts.when(a.getClaimedAt()));
        }
        a.claim(actor, stage, now, claimTtl);
        return snapshots.of(a);
    }

    /** Checks (and refreshes) the reviewer's own claim before any change; explains if it was lost. */
    Snapshot holding(Actor actor, long id, Stage stage) {
        SelfAssessment a = snapshots.assessment(id);
        Instant now = clock.instant();
        if (!a.pendingFor(stage)) {
            throw handled(a);
        }
        Optional<Long> other = a.claimedByOther(actor, now, claimTtl);
        if (other.isPresent()) {
            throw new Refused("scoring.review.claimed", people.name(other.get()), texts.when(a.getClaimedAt()));
        }
        a.claim(actor, stage, now, claimTtl); // refreshes an expired or own claim
        return snapshots.of(a);
    }

    void release(Actor actor, long id) {
        assessments.findById(id).ifPresent(a -> a.release(actor, clock.instant()));
    }

    /**
     * A reviewer's score for one item at their stage, with the mandatory reason. A score equal to the
     * column before it removes the adjustment. Returns the score it was compared with.
     */
    BigDecimal adjust(Actor actor, long id, Stage stage, String itemCode, BigDecimal score, String reason) {
        Snapshot snap = holding(actor, id, stage);
        Criterion item = snap.sheet().item(itemCode).orElseThrow(() -> new Refused("scoring.refused.gone"));
        if (score.signum() < 0 || score.compareTo(item.max()) > 0) {
            throw new Refused("scoring.score.above-max", ScoringTexts.score(item.max(), Texts.VIETNAMESE));
        }
        BigDecimal base = stage == Stage.TEAM ? snap.card().self(itemCode) : snap.card().team(itemCode);
        boolean same = base != null && base.compareTo(score) == 0;
        if (!same && (reason == null || reason.isBlank())) {
            throw new Refused("scoring.refused.reason-required");
        }
        Instant now = clock.instant();
        ScoreEntry e = snap.entries().containsKey(itemCode) ? snap.entries().get(itemCode) : new ScoreEntry(id, itemCode, now);
        e.adjust(stage, same ? null : score, same ? null : reason.trim(), actor.staffId(), now);
        scores.save(e);
        return base;
    }

    Snapshot teamReviewed(Actor actor, long id) {
        Snapshot snap = holding(actor, id, Stage.TEAM);
        SelfAssessment a = snap.assessment();
        SelfAssessment.Transition t = a.teamReviewed(actor, clock.instant(), claimTtl);
        BigDecimal total = snap.card().teamTotal();
        AssessmentEvent ev = record(a, t, actor, null, total);
        for (Person r : councilExcept(a.getStaffId())) {
            notify(r, ev, "scoring.notice.team-reviewed", l -> new Object[] {people.name(a.getStaffId()),
                    cards.teamLabel(a.getTeamName(), l), ScoringTexts.score(snap.card().selfTotal(), l), ScoringTexts.score(total, l),
                    actor.fullName()});
        }
        return snap;
    }

    Snapshot returnForRevision(Actor actor, long id, Stage stage, String comment) {
        Snapshot snap = holding(actor, id, stage);
        SelfAssessment a = snap.assessment();
        SelfAssessment.Transition t = a.returnForRevision(actor, stage, comment, clock.instant(), claimTtl);
        a.resumeAt(snap.sheet().allItems().size(), clock.instant()); // the teacher starts from the summary
        AssessmentEvent ev = record(a, t, actor, comment.trim(), null);
        people.chat(a.getStaffId()).ifPresent(owner -> notify(owner, ev, "scoring.notice.returned",
                l -> new Object[] {actor.fullName(), texts.get(l, stage.messageKey()), comment.trim(), adjustmentsText(snap, l)}));
        return snap;
    }

    Snapshot pass(Actor actor, long id) {
        Snapshot snap = holding(actor, id, Stage.COUNCIL);
        SelfAssessment a = snap.assessment();
        SelfAssessment.Transition t = a.passToPrincipal(actor, clock.instant(), claimTtl);
        record(a, t, actor, null, snap.card().councilTotal());
        Snapshot after = snapshots.of(a);
        cards.send(after);
        return after;
    }

    // --- the principal ----------------------------------------------------------------------------------

    /** Checks that the principal's card of this round can still be decided; explains who decided it otherwise. */
    SelfAssessment requireDecidable(Actor actor, long id, int round) {
        SelfAssessment a = snapshots.assessment(id);
        deciders.require(actor, a);
        if (a.getStatus() != AssessmentStatus.REVIEWED || a.getApprovalRound() != round) {
            throw decided(a);
        }
        return a;
    }

    /** Approves one round; the council's total becomes final. The cards are edited; the teacher and reviewer told. */
    Snapshot approve(Actor who, long id, int round) {
        Snapshot snap = snapshots.load(id);
        SelfAssessment a = snap.assessment();
        Actor actor = deciders.require(who, a);
        if (a.getStatus() != AssessmentStatus.REVIEWED || a.getApprovalRound() != round) {
            throw decided(a);
        }
        BigDecimal total = snap.card().councilTotal();
        ScoreSheet.Band band = snap.card().band(total);
        Instant now = clock.instant();
        SelfAssessment.Transition t = a.approve(actor, round, total, band, now);
        AssessmentEvent ev = record(a, t, actor, null, total);
        cards.decided(snap, round, "scoring.approval.outcome-approved",
                l -> new Object[] {actor.fullName(), texts.when(now), ScoringTexts.score(total, l), ScoringTexts.band(band)});
        people.chat(a.getStaffId()).ifPresent(owner -> notify(owner, ev, "scoring.notice.approved",
                l -> new Object[] {ScoringTexts.score(total, l), ScoringTexts.band(band), ScoringTexts.score(snap.card().selfTotal(), l),
                        actor.fullName()}));
        return snap;
    }

    /** The council member who passed it hears once per batch, not once per submission. */
    void tellReviewers(List<Snapshot> approved, Actor principal) {
        Map<Long, List<Snapshot>> byReviewer = new LinkedHashMap<>();
        for (Snapshot s : approved) {
            Long r = s.assessment().getCouncilReviewedBy();
            if (r != null && r != principal.staffId()) {
                byReviewer.computeIfAbsent(r, k -> new ArrayList<>()).add(s);
            }
        }
        byReviewer.forEach((reviewer, list) -> people.chat(reviewer).ifPresent(to -> {
            Locale l = to.locale();
            StringBuilder names = new StringBuilder();
            for (Snapshot s : list) {
                SelfAssessment a = s.assessment();
                names.append('\n').append(texts.get(l, "scoring.notice.approved-line", people.name(a.getStaffId()),
                        ScoringTexts.score(a.getFinalScore(), l), a.getFinalBandCode() + " – " + a.getFinalBandName()));
            }
            String key = "scoring:approved:" + list.get(0).id() + ":" + list.get(0).assessment().getApprovalRound() + ":"
                    + list.size() + ":" + to.staffId();
            messenger.to(to, "scoring.notice.approved-council", principal.fullName(), String.valueOf(list.size()), names.toString())
                    .key(key).send();
        }));
    }

    Snapshot principalReturn(Actor who, long id, int round, String comment) {
        Snapshot snap = snapshots.load(id);
        SelfAssessment a = snap.assessment();
        Actor actor = deciders.require(who, a);
        if (a.getStatus() != AssessmentStatus.REVIEWED || a.getApprovalRound() != round) {
            throw decided(a);
        }
        Instant now = clock.instant();
        SelfAssessment.Transition t = a.principalReturn(actor, round, comment, now);
        AssessmentEvent ev = record(a, t, actor, comment.trim(), null);
        cards.decided(snap, round, "scoring.approval.outcome-returned", l -> new Object[] {actor.fullName(), texts.when(now), comment.trim()});
        for (Person to : reviewersToTell(a)) {
            notify(to, ev, "scoring.notice.principal-returned", l -> new Object[] {people.name(a.getStaffId()),
                    cards.teamLabel(a.getTeamName(), l), actor.fullName(), comment.trim()});
        }
        return snap;
    }

    /** Approved submissions of a year, by the name of the person, that match a name (accents ignored). */
    List<SelfAssessment> find(String schoolYear, String namePart, Set<AssessmentStatus> statuses) {
        String wanted = Names.fold(namePart);
        return assessments.findBySchoolYearOrderByIdAsc(schoolYear).stream()
                .filter(a -> statuses.isEmpty() || statuses.contains(a.getStatus()))
                .filter(a -> wanted.isBlank() || Names.fold(people.name(a.getStaffId())).contains(wanted))
                .sorted(Comparator.comparing(a -> people.name(a.getStaffId())))
                .toList();
    }

    /** The principal, or the secretary on the principal's behalf, sends an approved submission back to review. */
    Snapshot reopen(Actor actor, long id, String reason) {
        Snapshot snap = snapshots.load(id);
        SelfAssessment a = snap.assessment();
        BigDecimal before = a.getFinalScore();
        SelfAssessment.Transition t = a.reopen(actor, reason, clock.instant());
        AssessmentEvent ev = record(a, t, actor, reason.trim(), before);
        Set<Person> told = new LinkedHashSet<>();
        people.chat(a.getStaffId()).ifPresent(told::add);
        told.addAll(reviewersToTell(a));
        if (!actor.has(Role.PRINCIPAL)) {
            told.addAll(people.withRole(Role.PRINCIPAL));
        }
        for (Person to : told) {
            if (to.staffId() == actor.staffId()) {
                continue;
            }
            String key = to.staffId() == a.getStaffId() ? "scoring.notice.reopened-owner" : "scoring.notice.reopened";
            notify(to, ev, key, l -> new Object[] {people.name(a.getStaffId()), actor.fullName(), reason.trim(),
                    ScoringTexts.score(before, l)});
        }
        return snap;
    }

    /** The latest event of one of these kinds (e.g. the last return, to show its comment). */
    Optional<AssessmentEvent> lastEvent(long id, Set<EventAction> actions) {
        List<AssessmentEvent> all = events.findByAssessmentIdOrderByIdAsc(id);
        for (int i = all.size() - 1; i >= 0; i--) {
            if (actions.contains(all.get(i).getAction())) {
                return Optional.of(all.get(i));
            }
        }
        return Optional.empty();
    }

    List<AssessmentEvent> history(long id) {
        return events.findByAssessmentIdOrderByIdAsc(id);
    }

    // --- helpers -------------------------------------------------------------------------------------------

    /** "Already handled": who did the last step and when, so a second reviewer knows what happened. */
    private Refused handled(SelfAssessment a) {
        return events.findFirstByAssessmentIdOrderByIdDesc(a.getId())
                .<Refused>map(e -> new Refused("scoring.review.handled", people.name(e.getActorStaffId()),
                        new Refused.Msg(e.getAction().messageKey()), texts.when(e.getAt()), new Refused.Msg(a.getStatus().messageKey())))
                .orElseGet(() -> new Refused("scoring.refused.not-pending", new Refused.Msg(a.getStatus().messageKey())));
    }

    private Refused decided(SelfAssessment a) {
        if (a.getStatus() == AssessmentStatus.REVIEWED) {
            return new Refused("decision.card.stale"); // waiting in a later round: the card is of an earlier one
        }
        return events.findFirstByAssessmentIdOrderByIdDesc(a.getId())
                .<Refused>map(e -> new Refused("scoring.approval.already", people.name(e.getActorStaffId()),
                        new Refused.Msg(e.getAction().messageKey()), texts.when(e.getAt())))
                .orElseGet(() -> new Refused("scoring.refused.decided", new Refused.Msg(a.getStatus().messageKey())));
    }

    private List<Person> councilExcept(long staffId) {
        return people.withRole(Role.COUNCIL).stream().filter(u -> u.staffId() != staffId).toList();
    }

    /** The council member who passed it, or the whole council if nobody can be reached that way. */
    private List<Person> reviewersToTell(SelfAssessment a) {
        Optional<Person> reviewer = people.chat(a.getCouncilReviewedBy());
        return reviewer.map(List::of).orElseGet(() -> councilExcept(a.getStaffId()));
    }

    private AssessmentEvent record(SelfAssessment a, SelfAssessment.Transition t, Actor actor, String reason, BigDecimal total) {
        return events.save(new AssessmentEvent(a.getId(), t, actor.staffId(), clock.instant(), reason, total));
    }

    private void notify(Person to, AssessmentEvent ev, String key, Function<Locale, Object[]> args) {
        messenger.to(to, key, args.apply(to.locale())).key("scoring:ev" + ev.getId() + ":" + to.staffId()).send();
    }

    /** The adjustments as lines, or a short "none", for notices to the teacher. */
    String adjustmentsText(Snapshot snap, Locale l) {
        List<String> lines = cards.adjustmentLines(snap, l);
        if (lines.isEmpty()) {
            return texts.get(l, "scoring.notice.no-adjustments");
        }
        String joined = String.join("\n", lines);
        return joined.length() > 2500 ? joined.substring(0, 2499) + "…" : joined;
    }
}
