package vn.thiduabot.report;

import java.util.List;
import java.util.Map;
import vn.thiduabot.campaign.Campaign.TargetType;
import vn.thiduabot.registration.TargetInput;
import vn.thiduabot.registration.TargetResult;
import vn.thiduabot.staff.StaffView;

/**
 * The score table's targets sheet (its name from the report.targets.* keys): one row per person and registered
 * target (name, team, target, registered, result, met or not), in the score sheet's order of people; the verdict
 * is {@code TargetOutcome}'s (a result at least the target is met), shown as {@code TargetResultLines} writes it.
 */
final class ScoreTargetsSheet {

    private ScoreTargetsSheet() { }

    static void write(Sheets sheets, Sheets.Heading heading, List<StaffView> people, Map<Long, List<TargetResult>> targets) {
        ReportLabels l = sheets.labels();
        SheetTable t = sheets.table(l.text("report.targets.sheet"), heading,
                List.of(Sheets.Column.number(l.text("report.col.no")), Sheets.Column.text(l.text("report.col.name")),
                        Sheets.Column.text(l.text("report.col.team")), Sheets.Column.wrap(l.text("report.targets.target")),
                        Sheets.Column.text(l.text("report.targets.registered")), Sheets.Column.text(l.text("report.targets.result")),
                        Sheets.Column.text(l.text("report.targets.verdict"))), 2);
        int no = 0;
        for (StaffView p : people) {
            for (TargetResult r : targets.getOrDefault(p.staffId(), List.of())) {
                t.row(++no, p.fullName(), p.teamName() == null ? l.text("report.no-team") : p.teamName(), r.name(),
                        value(l, r, r.target()), r.result() == null ? l.text("report.targets.no-result") : value(l, r, r.result()),
                        verdict(l, r));
            }
        }
        t.note(l.text("report.targets.note"));
        t.finish();
    }

    private static String value(ReportLabels l, TargetResult r, String stored) {
        if (r.type() == TargetType.PERCENT) {
            return TargetInput.showPercent(stored, ReportLabels.LANGUAGE);
        }
        if (r.type() == TargetType.YES_NO) {
            return l.text(TargetInput.YES.equals(stored) ? "registration.yes" : "registration.no");
        }
        return stored;
    }

    private static String verdict(ReportLabels l, TargetResult r) {
        return switch (r.verdict()) {
            case MET -> l.text("report.targets.met");
            case NOT_MET -> l.text("report.targets.not-met");
            case PENDING -> l.text("report.targets.pending");
            case NOT_COMPARABLE -> "";
        };
    }
}
