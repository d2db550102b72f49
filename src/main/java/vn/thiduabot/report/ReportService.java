package vn.thiduabot.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.commendation.AwardMoneyQueries;
import vn.thiduabot.nomination.NominationQueries;
import vn.thiduabot.nomination.Quarter;
import vn.thiduabot.registration.RegistrationQueries;
import vn.thiduabot.registration.TargetResultService;
import vn.thiduabot.scoring.Adjustment;
import vn.thiduabot.scoring.AssessmentQueries;
import vn.thiduabot.scoring.AssessmentSummary;
import vn.thiduabot.scoring.ItemScore;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffView;

/**
 * Gathers what a file needs from the other features' query APIs and hands it to the workbook
 * builders. Runs inside the caller's transaction (the chat update's), so the file shows exactly what
 * was committed when it was asked for.
 */
@Service
public class ReportService {

    private final Campaigns campaigns;
    private final StaffDirectory staff;
    private final RegistrationQueries registrations;
    private final NominationQueries nominations;
    private final AssessmentQueries assessments;
    private final AwardMoneyQueries money;
    private final TargetResultService targets;

    ReportService(Campaigns campaigns, StaffDirectory staff, RegistrationQueries registrations, NominationQueries nominations,
                  AssessmentQueries assessments, AwardMoneyQueries money, TargetResultService targets) {
        this.money = money;
        this.targets = targets;
        this.campaigns = campaigns;
        this.staff = staff;
        this.registrations = registrations;
        this.nominations = nominations;
        this.assessments = assessments;
    }

    public Campaign campaign() {
        return campaigns.current();
    }

    public LocalDate today() {
        return campaigns.today();
    }

    /** The registration summary of the current school year; {@code team} null for the whole school. */
    @Transactional(readOnly = true)
    public ReportFile registrationSummary(String team) {
        Campaign c = campaigns.current();
        List<StaffView> people = staff.activeStaff();
        return RegistrationWorkbook.build(new RegistrationWorkbook.Input(c, today(), team, people,
                registrations.forYear(c.schoolYear()), registrations.collectiveForYear(c.schoolYear())), ReportLabels.vietnamese());
    }

    /** The score table of the current school year; {@code team} null for the whole school. */
    @Transactional(readOnly = true)
    public ReportFile scoreTable(String team) {
        Campaign c = campaigns.current();
        List<AssessmentSummary> year = assessments.forYear(c.schoolYear()).stream()
                .filter(a -> team == null || team.equalsIgnoreCase(a.teamName()) || inTeam(a.staffId(), team))
                .toList();
        Map<Long, List<ItemScore>> items = new HashMap<>();
        Map<Long, List<Adjustment>> adjustments = new HashMap<>();
        for (AssessmentSummary a : year) {
            items.put(a.assessmentId(), assessments.items(a.assessmentId()));
            if (a.adjustments() > 0) {
                adjustments.put(a.assessmentId(), assessments.adjustments(a.assessmentId()));
            }
        }
        // The award money and targets sheets belong to the whole school's file only (the list is the school's).
        Map<Long, List<vn.thiduabot.registration.TargetResult>> results = null;
        if (team == null) {
            results = new HashMap<>();
            for (StaffView p : staff.activeStaff()) {
                results.put(p.staffId(), targets.results(p.staffId(), c));
            }
        }
        return ScoreWorkbook.build(new ScoreWorkbook.Input(c, today(), team, staff.activeStaff(), year, items, adjustments,
                        team == null ? money.current() : null, results),
                ReportLabels.vietnamese());
    }

    private boolean inTeam(long staffId, String team) {
        return staff.byId(staffId).map(StaffView::teamName).filter(team::equalsIgnoreCase).isPresent();
    }

    /** The nominations sent in a quarter. */
    @Transactional(readOnly = true)
    public ReportFile exemplars(Quarter quarter) {
        Campaign c = campaigns.current();
        return ExemplarWorkbook.build(new ExemplarWorkbook.Input(c, quarter, today(), nominations.forQuarter(quarter)),
                ReportLabels.vietnamese());
    }

    /** Today's quarter and the earlier quarters of the current school year, oldest first. */
    public List<Quarter> quarters() {
        Quarter current = nominations.currentQuarter();
        List<Quarter> all = Quarter.ofSchoolYearUpTo(campaigns.current().schoolYear(), current);
        return all.isEmpty() ? List.of(current) : all;
    }

    public Quarter currentQuarter() {
        return nominations.currentQuarter();
    }
}
