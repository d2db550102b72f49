package vn.thiduabot.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.ScoreSheet;
import vn.thiduabot.commendation.AwardMoneyReport;
import vn.thiduabot.registration.TargetResult;
import vn.thiduabot.scoring.Adjustment;
import vn.thiduabot.scoring.AssessmentSummary;
import vn.thiduabot.scoring.ItemScore;
import vn.thiduabot.scoring.Stage;
import vn.thiduabot.staff.StaffView;

/**
 * The score table (bảng tổng hợp điểm thi đua): a row per person with each section's self score,
 * council score and final score, the bonus and penalty the same way, the totals and the rating; the
 * reviewers' adjustments with their reasons on a second sheet; the ratings per team on a third.
 *
 * <p>The council column exists once the council reviewed (it equals the team's, or the self score,
 * where nobody adjusted); the final column once the principal approved. The rating of an approved
 * assessment is final; before that it is shown as provisional, from the latest total. The team
 * summary counts approved ratings only. The whole school's file adds each person's registered targets beside
 * their results and verdicts ({@link ScoreTargetsSheet}) and the award money.
 */
public final class ScoreWorkbook {

    /**
     * @param team        null for the whole school; a team name to keep only that team
     * @param staff       the active staff: everyone gets a row, also who has not started
     * @param assessments the year's self-assessments
     * @param items       each assessment's item scores, by assessment id
     * @param adjustments each assessment's adjustments, by assessment id
     */
    public record Input(Campaign campaign, LocalDate madeOn, String team, List<StaffView> staff, List<AssessmentSummary> assessments,
                        Map<Long, List<ItemScore>> items, Map<Long, List<Adjustment>> adjustments, AwardMoneyReport money,
                        Map<Long, List<TargetResult>> targets) {

        /** Without the targets sheet. */
        public Input(Campaign campaign, LocalDate madeOn, String team, List<StaffView> staff, List<AssessmentSummary> assessments,
                     Map<Long, List<ItemScore>> items, Map<Long, List<Adjustment>> adjustments, AwardMoneyReport money) {
            this(campaign, madeOn, team, staff, assessments, items, adjustments, money, null);
        }

        /** Without the award money sheet and the targets sheet. */
        public Input(Campaign campaign, LocalDate madeOn, String team, List<StaffView> staff, List<AssessmentSummary> assessments,
                     Map<Long, List<ItemScore>> items, Map<Long, List<Adjustment>> adjustments) {
            this(campaign, madeOn, team, staff, assessments, items, adjustments, null, null);
        }
    }

    private ScoreWorkbook() { }

    public static String fileName(Input in) {
        return ReportFile.name("bang-diem-thi-dua", in.team(), in.campaign().schoolYear(), in.madeOn());
    }

    public static ReportFile build(Input in, ReportLabels l) {
        Campaign c = in.campaign();
        Comparator<String> byText = Sheets.collation();
        List<StaffView> people = in.staff().stream()
                .filter(p -> in.team() == null || (p.teamName() != null && p.teamName().equalsIgnoreCase(in.team())))
                .sorted(Comparator.comparing((StaffView p) -> p.teamName() == null ? "\uffff" : p.teamName(), byText)
                        .thenComparing(StaffView::fullName, byText))
                .toList();
        Map<Long, AssessmentSummary> byStaff = in.assessments().stream()
                .collect(Collectors.toMap(AssessmentSummary::staffId, Function.identity(), (a, b) -> a));
        String scope = in.team() == null ? c.schoolName() : l.text("report.scope.team", in.team(), c.schoolName());
        Sheets.Heading heading = new Sheets.Heading(scope, null, l.text("report.subtitle", c.schoolYear(), Sheets.date(in.madeOn())));

        Sheets sheets = new Sheets(l);
        scores(sheets, c, in, heading, people, byStaff);
        adjustments(sheets, c, in, heading, people, byStaff);
        ScoreRatingsSheet.write(sheets, c, titled(heading, l.text("report.score.title.ratings", c.schoolYear())), people, byStaff);
        if (in.targets() != null) {
            ScoreTargetsSheet.write(sheets, titled(heading, l.text("report.targets.title", c.schoolYear())), people, in.targets());
        }
        if (in.money() != null) {
            MoneySheet.add(sheets, heading, in.money());
        }
        return new ReportFile(fileName(in), sheets.toBytes());
    }

    static Sheets.Heading titled(Sheets.Heading h, String title) {
        return new Sheets.Heading(h.school(), title, h.subtitle());
    }

    /** The three columns of one block (a section, the bonus, the penalty). */
    private record Block(String header, Function<List<ItemScore>, List<ItemScore>> pick, BigDecimal cap) { }

    private static List<Block> blocks(ScoreSheet sheet, ReportLabels l) {
        List<Block> blocks = new ArrayList<>();
        for (ScoreSheet.Section s : sheet.sections()) {
            blocks.add(new Block(l.text("report.score.section", s.code(), s.name(), Sheets.plain(s.max())),
                    items -> items.stream().filter(i -> i.kind() == ScoreSheet.Kind.CRITERION && s.code().equals(i.sectionCode())).toList(),
                    null));
        }
        blocks.add(new Block(l.text("report.score.bonus", Sheets.plain(sheet.bonusCap())),
                items -> items.stream().filter(i -> i.kind() == ScoreSheet.Kind.BONUS).toList(), sheet.bonusCap()));
        blocks.add(new Block(l.text("report.score.penalty"),
                items -> items.stream().filter(i -> i.kind() == ScoreSheet.Kind.PENALTY).toList(), null));
        return blocks;
    }

    private static void scores(Sheets sheets, Campaign c, Input in, Sheets.Heading heading, List<StaffView> people,
                               Map<Long, AssessmentSummary> byStaff) {
        ReportLabels l = sheets.labels();
        List<Block> blocks = blocks(c.scoreSheet(), l);
        List<Sheets.Group> groups = new ArrayList<>(List.of(new Sheets.Group(l.text("report.col.no"), 1),
                new Sheets.Group(l.text("report.col.name"), 1), new Sheets.Group(l.text("report.col.team"), 1)));
        List<Sheets.Column> columns = new ArrayList<>(List.of(Sheets.Column.number(l.text("report.col.no")),
                Sheets.Column.text(l.text("report.col.name")), Sheets.Column.text(l.text("report.col.team"))));
        for (Block b : blocks) {
            groups.add(new Sheets.Group(b.header(), 3));
            columns.add(Sheets.Column.number(l.text("report.score.self")));
            columns.add(Sheets.Column.number(l.text("report.score.council")));
            columns.add(Sheets.Column.number(l.text("report.score.final")));
        }
        groups.add(new Sheets.Group(l.text("report.score.total", Sheets.plain(c.scoreSheet().maxTotal())), 4));
        columns.add(Sheets.Column.number(l.text("report.score.self")));
        columns.add(Sheets.Column.number(l.text("report.score.team")));
        columns.add(Sheets.Column.number(l.text("report.score.council")));
        columns.add(Sheets.Column.number(l.text("report.score.final")));
        groups.add(new Sheets.Group(l.text("report.score.rating"), 1));
        groups.add(new Sheets.Group(l.text("report.col.status"), 1));
        columns.add(Sheets.Column.text(l.text("report.score.rating")));
        columns.add(Sheets.Column.text(l.text("report.col.status")));

        SheetTable t = sheets.table(l.text("report.score.sheet.scores"), titled(heading, l.text("report.score.title", c.schoolYear())),
                groups, columns, 2);
        int no = 0;
        for (StaffView p : people) {
            AssessmentSummary a = byStaff.get(p.staffId());
            List<Object> row = new ArrayList<>(List.of(++no, p.fullName(), p.teamName() == null ? l.text("report.no-team") : p.teamName()));
            if (a == null) {
                for (int i = 0; i < blocks.size() * 3 + 5; i++) {
                    row.add(null);
                }
                row.add(l.text("report.score.not-started"));
                t.row(row);
                continue;
            }
            List<ItemScore> items = in.items().getOrDefault(a.assessmentId(), List.of());
            boolean council = a.councilTotal() != null;
            boolean approved = a.finalTotal() != null;
            for (Block b : blocks) {
                List<ItemScore> picked = b.pick().apply(items);
                BigDecimal self = sum(picked, ItemScore::self, b.cap());
                BigDecimal councilScore = council ? sum(picked, ItemScore::council, b.cap()) : null;
                row.add(self);
                row.add(councilScore);
                row.add(approved ? councilScore != null ? councilScore : sum(picked, ItemScore::team, b.cap()) : null);
            }
            row.add(a.selfTotal());
            row.add(a.teamTotal());
            row.add(a.councilTotal());
            row.add(a.finalTotal());
            row.add(approved ? a.ratingName() : l.text("report.score.provisional", a.ratingName()));
            row.add(l.text(a.status().messageKey()));
            t.row(row);
        }
        t.note(l.text("report.score.note"));
        t.finish();
    }

    private static void adjustments(Sheets sheets, Campaign c, Input in, Sheets.Heading heading, List<StaffView> people,
                                    Map<Long, AssessmentSummary> byStaff) {
        ReportLabels l = sheets.labels();
        SheetTable t = sheets.table(l.text("report.score.sheet.adjustments"),
                titled(heading, l.text("report.score.title.adjustments", c.schoolYear())),
                List.of(Sheets.Column.number(l.text("report.col.no")), Sheets.Column.text(l.text("report.col.name")),
                        Sheets.Column.text(l.text("report.col.team")), Sheets.Column.text(l.text("report.score.item")),
                        Sheets.Column.text(l.text("report.score.stage")), Sheets.Column.number(l.text("report.score.from")),
                        Sheets.Column.number(l.text("report.score.to")), Sheets.Column.wrap(l.text("report.col.reason")),
                        Sheets.Column.text(l.text("report.score.by"))), 2);
        int no = 0;
        for (StaffView p : people) {
            AssessmentSummary a = byStaff.get(p.staffId());
            if (a == null) {
                continue;
            }
            for (Adjustment adj : in.adjustments().getOrDefault(a.assessmentId(), List.of())) {
                t.row(++no, p.fullName(), p.teamName(), adj.itemCode() + ". " + adj.itemName(),
                        l.text(adj.stage() == Stage.TEAM ? "report.score.stage.team" : "report.score.stage.council"),
                        adj.from(), adj.to(), adj.reason(), adj.byName());
            }
        }
        t.note(l.text("report.score.total.adjustments", String.valueOf(no)));
        t.finish();
    }

    /** The sum of one column over some items (null scores count as 0), capped for the bonus. */
    private static BigDecimal sum(List<ItemScore> items, Function<ItemScore, BigDecimal> column, BigDecimal cap) {
        BigDecimal total = items.stream().map(column).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        return cap == null ? total : total.min(cap);
    }
}
