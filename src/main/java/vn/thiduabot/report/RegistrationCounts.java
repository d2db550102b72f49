package vn.thiduabot.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.registration.RegistrationStatus;
import vn.thiduabot.registration.RegistrationSummary;
import vn.thiduabot.staff.StaffView;

/** The last sheet of the registration summary: per team, who sent, drafts and not started, titles, forms, initiatives. */
final class RegistrationCounts {

    private RegistrationCounts() { }

    static void write(Sheets sheets, Campaign c, Sheets.Heading heading, Map<String, List<StaffView>> teams,
                      Map<Long, RegistrationSummary> byStaff) {
        ReportLabels l = sheets.labels();
        List<Sheets.Column> columns = new ArrayList<>(List.of(Sheets.Column.text(l.text("report.col.team")),
                Sheets.Column.number(l.text("report.col.staff-count")), Sheets.Column.number(l.text("report.col.sent")),
                Sheets.Column.number(l.text("report.col.drafting")), Sheets.Column.number(l.text("report.col.not-started"))));
        List<Sheets.Group> groups = new ArrayList<>(List.of(new Sheets.Group(l.text("report.col.team"), 1),
                new Sheets.Group(l.text("report.col.staff-count"), 1), new Sheets.Group(l.text("report.reg.group.registration"), 3)));
        for (Campaign.Title title : c.individualTitles()) {
            columns.add(Sheets.Column.number(title.name()));
        }
        groups.add(new Sheets.Group(l.text("report.reg.group.titles"), c.individualTitles().size()));
        for (Campaign.CommendationForm f : c.forms()) {
            columns.add(Sheets.Column.number(f.name()));
        }
        columns.add(Sheets.Column.number(l.text("report.form.none")));
        groups.add(new Sheets.Group(l.text("report.reg.group.forms"), c.forms().size() + 1));
        columns.add(Sheets.Column.number(l.text("report.col.initiatives")));
        groups.add(new Sheets.Group(l.text("report.col.initiatives"), 1));
        SheetTable t = sheets.table(l.text("report.reg.sheet.counts"), heading,
                groups, columns, 1);
        long[] totals = new long[columns.size()];
        for (Map.Entry<String, List<StaffView>> e : teams.entrySet()) {
            List<RegistrationSummary> regs = e.getValue().stream().map(p -> byStaff.get(p.staffId())).toList();
            List<RegistrationSummary> sent = regs.stream().filter(r -> r != null && r.submitted()).toList();
            long drafting = regs.stream().filter(r -> r != null && r.status() == RegistrationStatus.DRAFT).count();
            List<Long> values = new ArrayList<>(List.of((long) e.getValue().size(), (long) sent.size(), drafting,
                    e.getValue().size() - sent.size() - drafting));
            for (Campaign.Title title : c.individualTitles()) {
                values.add(sent.stream().filter(r -> title.code().equals(r.titleCode())).count());
            }
            for (Campaign.CommendationForm f : c.forms()) {
                values.add(sent.stream().filter(r -> f.code().equals(r.formCode())).count());
            }
            values.add(sent.stream().filter(r -> r.formCode() == null).count());
            values.add(sent.stream().filter(r -> Boolean.TRUE.equals(r.hasInitiative())).count());
            List<Object> row = new ArrayList<>();
            row.add(e.getKey());
            for (int i = 0; i < values.size(); i++) {
                totals[i + 1] += values.get(i);
                row.add(values.get(i));
            }
            t.row(row);
        }
        List<Object> total = new ArrayList<>();
        total.add(l.text("report.total"));
        for (int i = 1; i < totals.length; i++) {
            total.add(totals[i]);
        }
        t.totalRow(total);
        t.finish();
    }
}
