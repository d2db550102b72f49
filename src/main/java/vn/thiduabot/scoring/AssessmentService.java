package vn.thiduabot.scoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.ScoreSheet.Criterion;
import vn.thiduabot.people.Names;
import vn.thiduabot.people.Person;

/**
 * The teacher's side of a self-assessment: start it, score, add and clear evidence, move through the
 * sheet, submit. Each change checks the state and the person (in {@link SelfAssessment}); a submission
 * registers its event, from which the history and the notifications follow, in the caller's
 * transaction. A refusal ({@link Refused}) happens before anything changed and does not roll back.
 */
@Service
@Transactional(noRollbackFor = Refused.class)
public class AssessmentService {

    private static final Logger log = LoggerFactory.getLogger(AssessmentService.class);
    /** Evidence files one item may have; enough for a real dossier, not for a flood. */
    public static final int MAX_FILES_PER_ITEM = 10;

    private final SelfAssessmentRepository assessments;
    private final ScoreEntryRepository scores;
    private final EvidenceRepository evidence;
    private final Snapshots snapshots;
    private final People people;
    private final Clock clock;

    AssessmentService(SelfAssessmentRepository assessments, ScoreEntryRepository scores, EvidenceRepository evidence,
                      Snapshots snapshots, People people, Clock clock) {
        this.assessments = assessments;
        this.scores = scores;
        this.evidence = evidence;
        this.snapshots = snapshots;
        this.people = people;
        this.clock = clock;
    }

    public Optional<SelfAssessment> own(long staffId, String schoolYear) {
        return assessments.findByStaffIdAndSchoolYear(staffId, schoolYear);
    }

    /** The person's self-assessment of this year, started now if there is none yet. */
    public SelfAssessment openOwn(Actor actor, Campaign campaign) {
        Optional<SelfAssessment> existing = own(actor.staffId(), campaign.schoolYear());
        if (existing.isPresent()) {
            return existing.get();
        }
        Instant now = clock.instant();
        SelfAssessment a = assessments.save(new SelfAssessment(actor.staffId(), campaign.schoolYear(), actor.teamName(), now));
        a.started(actor, now);
        return assessments.save(a);
    }

    /**
     * The person's own sheet of the campaign's year to work on now, as /tucham opens it: started if there is none;
     * without one, or with a draft, only inside the self-assessment window (refused otherwise with the chat's
     * sentence, not yet open or closed); a returned or submitted one as it is (its status says whether it can change).
     */
    public SelfAssessment openNow(Actor actor, Campaign campaign) {
        Optional<SelfAssessment> existing = own(actor.staffId(), campaign.schoolYear());
        if (existing.isEmpty() || existing.get().getStatus() == AssessmentStatus.DRAFT) {
            requireWindowOpen(campaign);
        }
        return existing.orElseGet(() -> openOwn(actor, campaign));
    }

    /** A draft is written and submitted only inside the campaign's self-assessment window (its first and last day included). */
    void requireWindowOpen(Campaign c) {
        LocalDate today = LocalDate.now(clock);
        if (!c.deadlines().selfAssessmentOpen(today)) {
            throw new Refused(today.isBefore(c.deadlines().selfAssessmentOpens()) ? "scoring.self.not-yet-open" : "scoring.self.window-closed",
                    new Refused.Day(c.deadlines().selfAssessmentOpens()), new Refused.Day(c.deadlines().selfAssessmentCloses()),
                    c.schoolYear());
        }
    }

    public void setSelfScore(Actor actor, long id, String itemCode, BigDecimal score) {
        SelfAssessment a = snapshots.assessment(id);
        a.requireEditableBy(actor);
        Instant now = clock.instant();
        ScoreEntry e = scores.findByAssessmentIdAndItemCode(id, itemCode).orElseGet(() -> new ScoreEntry(id, itemCode, now));
        e.setSelf(score, now);
        scores.save(e);
        a.resumeAt(a.getCurrentItem(), now); // touches the row: a concurrent review would see a new version
    }

    /** Stores a file id as evidence; the caller checked its type and size. Returns how many the item has. */
    public long addEvidence(Actor actor, long id, String itemCode, String fileId, String fileName, String mimeType, long size,
                            Evidence.Kind kind) {
        long count = requireRoomForEvidence(actor, id, itemCode);
        evidence.save(new Evidence(id, itemCode, fileId, fileName, mimeType, size, kind, clock.instant()));
        return count + 1;
    }

    /**
     * Refuses, before a file is sent anywhere, what {@link #addEvidence} would refuse: not the person's sheet, a sheet
     * that cannot change, or an item that already has {@link #MAX_FILES_PER_ITEM} files. Returns how many it has.
     */
    public long requireRoomForEvidence(Actor actor, long id, String itemCode) {
        SelfAssessment a = snapshots.assessment(id);
        a.requireEditableBy(actor);
        long count = evidence.countByAssessmentIdAndItemCode(id, itemCode);
        if (count >= MAX_FILES_PER_ITEM) {
            throw new Refused("scoring.evidence.too-many", String.valueOf(MAX_FILES_PER_ITEM));
        }
        return count;
    }

    public int clearEvidence(Actor actor, long id, String itemCode) {
        SelfAssessment a = snapshots.assessment(id);
        a.requireEditableBy(actor);
        List<Evidence> files = evidence.findByAssessmentIdAndItemCodeOrderByIdAsc(id, itemCode);
        evidence.deleteAll(files);
        return files.size();
    }

    public void moveTo(Actor actor, long id, int item) {
        SelfAssessment a = snapshots.assessment(id);
        a.requireEditableBy(actor);
        a.resumeAt(item, clock.instant());
    }

    /** What still stops a submission: criteria without a score, and claimed items without required evidence. */
    public record Readiness(List<Criterion> unscored, List<Criterion> missingEvidence) {
        public boolean ready() {
            return unscored.isEmpty() && missingEvidence.isEmpty();
        }
    }

    public Readiness readiness(Snapshot snap) {
        return new Readiness(snap.card().unscored(), snap.card().missingEvidence(snap.evidenceCounts()));
    }

    /**
     * Submits (or resubmits after a return). A draft only inside the self-assessment window; a
     * returned one at any time, since the council returns it after the window has often closed.
     */
    public Snapshot submit(Actor actor, long id) {
        Snapshot snap = snapshots.load(id);
        SelfAssessment a = snap.assessment();
        a.requireEditableBy(actor);
        Campaign c = snap.campaign();
        if (a.getStatus() == AssessmentStatus.DRAFT) {
            requireWindowOpen(c);
        }
        if (!readiness(snap).ready()) {
            throw new Refused("scoring.refused.incomplete");
        }
        String team = people.view(actor.staffId()).map(v -> v.teamName()).orElse(actor.teamName());
        List<Person> leaders = people.teamLeaders(team, actor.staffId());
        boolean teamFirst = c.teamLeaderReviewsFirst() && !leaders.isEmpty();
        BigDecimal total = snap.card().selfTotal();
        SelfAssessment.Transition t = a.submit(actor, teamFirst, team, total, clock.instant());
        assessments.save(a);
        log.info("Self-assessment #{} of staff #{} {} ({} points), to the {} review", a.getId(), a.getStaffId(),
                t.action(), total, teamFirst ? "team" : "council");
        return snap;
    }

    /** Self-assessments of a year in these statuses (all if empty), by the person's name, matching a name (accents ignored). */
    public List<SelfAssessment> find(String schoolYear, String namePart, Set<AssessmentStatus> statuses) {
        String wanted = Names.fold(namePart);
        return assessments.findBySchoolYearOrderByIdAsc(schoolYear).stream()
                .filter(a -> statuses.isEmpty() || statuses.contains(a.getStatus()))
                .filter(a -> wanted.isBlank() || Names.fold(people.name(a.getStaffId())).contains(wanted))
                .sorted(Comparator.comparing(a -> people.name(a.getStaffId())))
                .toList();
    }
}
