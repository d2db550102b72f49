package vn.thiduabot.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.ScoreSheet;
import vn.thiduabot.scoring.AssessmentSummary;
import vn.thiduabot.staff.StaffView;

/** The score table's last sheet: per team, how many were approved in each rating band, and how many not yet. */
final class ScoreRatingsSheet {

    private ScoreRatingsSheet() { }

    static void write(Sheets sheets, Campaign c, Sheets.Heading heading, List<StaffView> people,
                      Map<Long, AssessmentSummary> byStaff) {
        ReportLabels l = sheets.labels();
        List<ScoreSheet.Band> bands = c.scoreSheet().bands().stream()
                .sorted(Comparator.comparing(ScoreSheet.Band::min).reversed()).toList();
        List<Sheets.Group> groups = new ArrayList<>(List.of(new Sheets.Group(l.text("report.col.team"), 1),
                new Sheets.Group(l.text("report.col.staff-count"), 1), new Sheets.Group(l.text("report.score.approved"), 1),
                new Sheets.Group(l.text("report.score.ratings"), bands.size()), new Sheets.Group(l.text("report.score.not-approved"), 1)));
        List<Sheets.Column> columns = new ArrayList<>(List.of(Sheets.Column.text(l.text("report.col.team")),
                Sheets.Column.number(l.text("report.col.staff-count")), Sheets.Column.number(l.text("report.score.approved"))));
        for (ScoreSheet.Band b : bands) {
            columns.add(Sheets.Column.number(b.name()));
        }
        columns.add(Sheets.Column.number(l.text("report.score.not-approved")));
        SheetTable t = sheets.table(l.text("report.score.sheet.ratings"), heading,
                groups, columns, 1);
        Map<String, List<StaffView>> teams = new LinkedHashMap<>();
        for (StaffView p : people) {
            teams.computeIfAbsent(p.teamName() == null ? l.text("report.no-team") : p.teamName(), k -> new ArrayList<>()).add(p);
        }
        long[] totals = new long[columns.size()];
        teams.forEach((team, members) -> {
            List<AssessmentSummary> approved = members.stream().map(p -> byStaff.get(p.staffId()))
                    .filter(a -> a != null && a.finalTotal() != null).toList();
            List<Long> values = new ArrayList<>(List.of((long) members.size(), (long) approved.size()));
            for (ScoreSheet.Band b : bands) {
                values.add(approved.stream().filter(a -> Objects.equals(b.code(), a.ratingCode())).count());
            }
            values.add((long) (members.size() - approved.size()));
            List<Object> row = new ArrayList<>();
            row.add(team);
            for (int i = 0; i < values.size(); i++) {
                totals[i + 1] += values.get(i);
                row.add(values.get(i));
            }
            t.row(row);
        });
        List<Object> total = new ArrayList<>();
        total.add(l.text("report.total"));
        for (int i = 1; i < totals.length; i++) {
            total.add(totals[i]);
        }
        t.totalRow(total);
        t.finish();
    }
}
