package vn.thiduabot.scoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduabot.campaign.ScoreSheet;

/**
 * The principal's side (or the named substitute's, for a principal's own case): approve a round,
 * return it to the council with a comment, and reopen an approved one. Each step checks who decides
 * ({@link Deciders}) and which round the card was made for; transitions register their events in the
 * caller's transaction; a refusal happens before anything changed and does not roll back.
 */
@Service
@Transactional(noRollbackFor = Refused.class)
public class DecisionService {

    private final SelfAssessmentRepository assessments;
    private final Snapshots snapshots;
    private final AssessmentHistory history;
    private final Deciders deciders;
    private final People people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DecisionService(SelfAssessmentRepository assessments, Snapshots snapshots, AssessmentHistory history, Deciders deciders,
                    People people, ApplicationEventPublisher events, Clock clock) {
        this.assessments = assessments;
        this.snapshots = snapshots;
        this.history = history;
        this.deciders = deciders;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /** One approval card's round: which submission, which round. */
    public record Round(long assessmentId, int round) { }

    /** What a bulk approval did: the approved ones, and how many had changed meanwhile and were left alone. */
    public record Approvals(List<Snapshot> approved, int skipped) { }

    /** Submissions of the year waiting for the principal (REVIEWED), oldest submission first. */
    @Transactional(readOnly = true)
    public List<SelfAssessment> waiting(String schoolYear) {
        return assessments.findBySchoolYearAndStatusInOrderBySubmittedAtAsc(schoolYear, List.of(AssessmentStatus.REVIEWED));
    }

    /** Checks that the card of this round can still be decided by this person; explains who decided it otherwise. */
    @Transactional(readOnly = true, noRollbackFor = Refused.class)
    public SelfAssessment requireDecidable(Actor actor, long id, int round) {
        SelfAssessment a = snapshots.assessment(id);
        deciders.require(actor, a);
        if (a.getStatus() != AssessmentStatus.REVIEWED || a.getApprovalRound() != round) {
            throw decided(a);
        }
        return a;
    }

    /** Approves one card; the council member who passed it is told. */
    public Snapshot approve(Actor who, long id, int round) {
        Snapshot snap = approveOne(who, id, round);
        events.publishEvent(new AssessmentsApproved(List.of(snap.id()), who.staffId(), who.fullName()));
        return snap;
    }

    /** Approves every listed round that still waits in the same round; the rest are left alone. */
    public Approvals approveAll(Actor who, List<Round> rounds) {
        List<Snapshot> approved = new ArrayList<>();
        int skipped = 0;
        for (Round r : rounds) {
            try {
                approved.add(approveOne(who, r.assessmentId(), r.round()));
            } catch (Refused refused) {
                skipped++;
            }
        }
        if (!approved.isEmpty()) {
            events.publishEvent(new AssessmentsApproved(approved.stream().map(Snapshot::id).toList(), who.staffId(), who.fullName()));
        }
        return new Approvals(approved, skipped);
    }

    /** Approves one round; the council's total becomes final. */
    private Snapshot approveOne(Actor who, long id, int round) {
        Snapshot snap = snapshots.load(id);
        SelfAssessment a = snap.assessment();
        Actor actor = deciders.require(who, a);
        if (a.getStatus() != AssessmentStatus.REVIEWED || a.getApprovalRound() != round) {
            throw decided(a);
        }
        BigDecimal total = snap.card().councilTotal();
        ScoreSheet.Band band = snap.card().band(total);
        a.approve(actor, round, total, band, clock.instant());
        assessments.save(a);
        return snap;
    }

    /** Back to the council with the principal's comment. */
    public Snapshot principalReturn(Actor who, long id, int round, String comment) {
        Snapshot snap = snapshots.load(id);
        SelfAssessment a = snap.assessment();
        Actor actor = deciders.require(who, a);
        if (a.getStatus() != AssessmentStatus.REVIEWED || a.getApprovalRound() != round) {
            throw decided(a);
        }
        a.principalReturn(actor, round, comment, clock.instant());
        assessments.save(a);
        return snap;
    }

    /** The principal, or the secretary on the principal's behalf, sends an approved submission back to review. */
    public Snapshot reopen(Actor actor, long id, String reason) {
        Snapshot snap = snapshots.load(id);
        SelfAssessment a = snap.assessment();
        a.reopen(actor, reason, clock.instant());
        assessments.save(a);
        return snap;
    }

    private Refused decided(SelfAssessment a) {
        if (a.getStatus() == AssessmentStatus.REVIEWED) {
            return new Refused("decision.card.stale"); // waiting in a later round: the card is of an earlier one
        }
        return history.latest(a.getId())
                .<Refused>map(e -> new Refused("scoring.approval.already", people.name(e.actorStaffId()),
                        new Refused.Msg(e.action().messageKey()), new Refused.At(e.at())))
                .orElseGet(() -> new Refused("scoring.refused.decided", new Refused.Msg(a.getStatus().messageKey())));
    }
}
