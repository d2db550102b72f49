package vn.thiduabot.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.registration.RegistrationSummary;
import vn.thiduabot.registration.TargetInput;
import vn.thiduabot.staff.StaffView;

/**
 * One sheet per team in the registration summary: each person's status, title, form, targets and
 * initiative, drafts and who has not started included, so a team leader can chase them.
 */
final class RegistrationTeamSheet {

    private RegistrationTeamSheet() { }

    static void write(Sheets sheets, Campaign c, RegistrationWorkbook.Input in, String team, List<StaffView> members,
                                  Map<Long, RegistrationSummary> byStaff) {
        ReportLabels l = sheets.labels();
        List<Sheets.Column> columns = new ArrayList<>(List.of(Sheets.Column.number(l.text("report.col.no")),
                Sheets.Column.text(l.text("report.col.name")), Sheets.Column.text(l.text("report.col.position")),
                Sheets.Column.text(l.text("report.col.status")), Sheets.Column.text(l.text("report.col.title")),
                Sheets.Column.text(l.text("report.col.form"))));
        for (Campaign.Target target : c.targets()) {
            columns.add(target.type() == Campaign.TargetType.TEXT ? Sheets.Column.wrap(target.name())
                    : target.type() == Campaign.TargetType.YES_NO ? Sheets.Column.text(target.name()) : Sheets.Column.number(target.name()));
        }
        columns.add(Sheets.Column.wrap(l.text("report.col.initiative")));
        SheetTable t = sheets.table(team, new Sheets.Heading(c.schoolName(), l.text("report.reg.title.team", team, c.schoolYear()),
                l.text("report.subtitle", c.schoolYear(), Sheets.date(in.madeOn()))), columns, 2);
        int no = 0;
        for (StaffView p : members) {
            RegistrationSummary r = byStaff.get(p.staffId());
            List<Object> row = new ArrayList<>(List.of(++no, p.fullName(), Positions.of(p.roles(), l)));
            row.add(status(r, l));
            row.add(r == null ? null : r.titleName());
            row.add(r == null || !r.formAnswered() ? null : RegistrationWorkbook.form(r.formName(), l));
            for (Campaign.Target target : c.targets()) {
                row.add(r == null ? null : r.targets().stream().filter(a -> a.code().equals(target.code())).findFirst()
                        .map(a -> answer(a, l)).orElse(null));
            }
            row.add(r == null || !Boolean.TRUE.equals(r.hasInitiative()) ? null : initiative(r));
            t.row(row);
        }
        t.finish();
    }

    private static String status(RegistrationSummary r, ReportLabels l) {
        if (r == null) {
            return l.text("report.reg.status.none");
        }
        if (r.submitted()) {
            return l.text("report.reg.status.sent", r.submittedOn() == null ? "" : Sheets.date(r.submittedOn()));
        }
        return l.text("report.reg.status.draft");
    }

    /** Targets in one cell, one "n. name: value" line each (a team's collective targets on the collective list). */
    static String targetList(List<RegistrationSummary.TargetAnswer> targets, ReportLabels l) {
        StringBuilder cell = new StringBuilder();
        int n = 0;
        for (RegistrationSummary.TargetAnswer a : targets) {
            String shown = a.value() == null ? l.text(a.answered() ? "report.reg.skipped" : "report.reg.not-answered")
                    : a.type() == Campaign.TargetType.PERCENT ? TargetInput.showPercent(a.value(), ReportLabels.LANGUAGE)
                    : String.valueOf(answer(a, l));
            cell.append(cell.length() == 0 ? "" : "\n").append(++n).append(". ").append(a.name()).append(": ").append(shown);
        }
        return cell.toString();
    }

    private static Object answer(RegistrationSummary.TargetAnswer a, ReportLabels l) {
        if (a.value() == null) {
            return null;
        }
        return switch (a.type()) {
            case NUMBER, PERCENT -> {
                try {
                    yield new BigDecimal(a.value());
                } catch (NumberFormatException e) {
                    yield a.value();
                }
            }
            case YES_NO -> "yes".equalsIgnoreCase(a.value()) ? l.text("report.yes") : l.text("report.no");
            case TEXT -> a.value();
        };
    }

    private static String initiative(RegistrationSummary r) {
        if (r.initiativeSubject() == null || r.initiativeSubject().isBlank()) {
            return r.initiativeTitle();
        }
        return r.initiativeTitle() + " (" + r.initiativeSubject() + ")";
    }
}
