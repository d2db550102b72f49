package vn.thiduabot.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduabot.campaign.ScoreSheet;
import vn.thiduabot.staff.StaffView;

/**
 * What other features may ask about self-assessments (read-only): per person and per year, with
 * totals, ratings, adjustments and history. Nothing here changes anything.
 */
@Service
@Transactional(readOnly = true, noRollbackFor = Refused.class)
public class AssessmentQueries {

    private final SelfAssessmentRepository assessments;
    private final Snapshots snapshots;
    private final AssessmentHistory history;
    private final People people;

    AssessmentQueries(SelfAssessmentRepository assessments, Snapshots snapshots, AssessmentHistory history, People people) {
        this.assessments = assessments;
        this.snapshots = snapshots;
        this.history = history;
        this.people = people;
    }

    /** The person's self-assessment of that school year (e.g. "2023-2024"), if they started one. */
    public Optional<AssessmentSummary> forStaff(long staffId, String schoolYear) {
        return assessments.findByStaffIdAndSchoolYear(staffId, schoolYear).map(a -> summary(snapshots.of(a)));
    }

    /** Every self-assessment of the year, by team then name. */
    public List<AssessmentSummary> forYear(String schoolYear) {
        return assessments.findBySchoolYearOrderByIdAsc(schoolYear).stream()
                .map(a -> summary(snapshots.of(a)))
                .sorted(java.util.Comparator.comparing((AssessmentSummary s) -> s.teamName() == null ? "\uffff" : s.teamName())
                        .thenComparing(AssessmentSummary::fullName))
                .toList();
    }

    /** How many self-assessments of the year are in each status (every status present, 0 if none). */
    public Map<AssessmentStatus, Long> countsByStatus(String schoolYear) {
        Map<AssessmentStatus, Long> counts = new EnumMap<>(AssessmentStatus.class);
        for (AssessmentStatus s : AssessmentStatus.values()) {
            counts.put(s, 0L);
        }
        assessments.findBySchoolYearOrderByIdAsc(schoolYear).forEach(a -> counts.merge(a.getStatus(), 1L, Long::sum));
        return counts;
    }

    /**
     * Active staff who have not submitted this year: never started, still drafting, or returned and
     * not yet resubmitted (for reminders).
     */
    public List<StaffView> notSubmitted(String schoolYear) {
        Map<Long, AssessmentStatus> status = assessments.findBySchoolYearOrderByIdAsc(schoolYear).stream()
                .collect(Collectors.toMap(SelfAssessment::getStaffId, SelfAssessment::getStatus));
        Set<AssessmentStatus> open = Set.of(AssessmentStatus.DRAFT, AssessmentStatus.RETURNED);
        return people.activeStaff().stream()
                .filter(v -> !status.containsKey(v.staffId()) || open.contains(status.get(v.staffId())))
                .toList();
    }

    /** Every item of the sheet with the three columns, reasons and evidence count. */
    public List<ItemScore> items(long assessmentId) {
        Snapshot snap = snapshots.load(assessmentId);
        Scorecard c = snap.card();
        List<ItemScore> out = new ArrayList<>();
        for (ScoreSheet.Criterion item : snap.sheet().allItems()) {
            ScoreEntry e = snap.entries().get(item.code());
            out.add(new ItemScore(item.code(), item.name(), item.kind(), item.sectionCode(), item.max(), item.evidenceRequired(),
                    c.self(item.code()), c.team(item.code()), e == null ? null : e.getTeamReason(), c.council(item.code()),
                    e == null ? null : e.getCouncilReason(), snap.evidenceCounts().getOrDefault(item.code(), 0L).intValue()));
        }
        return out;
    }

    /** The reviewers' adjustments with their reasons, in sheet order (team before council for one item). */
    public List<Adjustment> adjustments(long assessmentId) {
        return adjustments(snapshots.load(assessmentId));
    }

    /** Every transition, oldest first. */
    public List<HistoryEntry> history(long assessmentId) {
        return history.of(assessmentId);
    }

    private List<Adjustment> adjustments(Snapshot snap) {
        List<Adjustment> out = new ArrayList<>();
        Scorecard c = snap.card();
        for (ScoreSheet.Criterion item : snap.sheet().allItems()) {
            ScoreEntry e = snap.entries().get(item.code());
            if (e == null) {
                continue;
            }
            if (e.getTeamScore() != null) {
                out.add(new Adjustment(item.code(), item.name(), Stage.TEAM, c.self(item.code()), e.getTeamScore(), e.getTeamReason(),
                        e.getTeamBy(), people.name(e.getTeamBy())));
            }
            if (e.getCouncilScore() != null) {
                out.add(new Adjustment(item.code(), item.name(), Stage.COUNCIL, c.team(item.code()), e.getCouncilScore(),
                        e.getCouncilReason(), e.getCouncilBy(), people.name(e.getCouncilBy())));
            }
        }
        return out;
    }

    private AssessmentSummary summary(Snapshot snap) {
        SelfAssessment a = snap.assessment();
        Scorecard c = snap.card();
        BigDecimal self = c.selfTotal();
        BigDecimal team = snap.teamColumn() ? c.teamTotal() : null;
        BigDecimal council = snap.councilColumn() ? c.councilTotal() : null;
        BigDecimal fin = a.getStatus() == AssessmentStatus.APPROVED ? a.getFinalScore() : null;
        String code;
        String name;
        if (fin != null) {
            code = a.getFinalBandCode();
            name = a.getFinalBandName();
        } else {
            BigDecimal latest = council != null ? council : team != null ? team : self;
            ScoreSheet.Band band = c.band(latest);
            code = band.code();
            name = band.name();
        }
        return new AssessmentSummary(a.getId(), a.getStaffId(), people.name(a.getStaffId()), a.getTeamName(), a.getSchoolYear(),
                a.getStatus(), self, team, council, fin, code, name, adjustments(snap).size(), a.getSubmittedAt(),
                a.getDecidedAt(), a.getUpdatedAt());
    }
}
