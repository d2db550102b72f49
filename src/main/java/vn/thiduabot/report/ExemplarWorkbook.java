package vn.thiduabot.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.nomination.NominationStatus;
import vn.thiduabot.nomination.NominationSummary;
import vn.thiduabot.nomination.Quarter;

/**
 * The quarter's exemplar nominations (điển hình tiên tiến, người tốt việc tốt, mô hình cách làm hay):
 * every nomination sent in the quarter with its nominee, category, achievement, nominator and where
 * it stands (the decision, who took it, when, and the reason of a "no"), then the counts per status.
 */
public final class ExemplarWorkbook {

    public record Input(Campaign campaign, Quarter quarter, LocalDate madeOn, List<NominationSummary> nominations) { }

    private ExemplarWorkbook() { }

    public static String fileName(Input in) {
        return ReportFile.name("dien-hinh", in.quarter().label(), in.campaign().schoolYear(), in.madeOn());
    }

    public static ReportFile build(Input in, ReportLabels l) {
        Campaign c = in.campaign();
        ZoneId zone = c.zone();
        Sheets sheets = new Sheets(l);
        SheetTable t = sheets.table(l.text("report.ex.sheet"),
                new Sheets.Heading(c.schoolName(), l.text("report.ex.title", String.valueOf(in.quarter().number()), String.valueOf(in.quarter().year())),
                        l.text("report.subtitle", c.schoolYear(), Sheets.date(in.madeOn()))),
                List.of(Sheets.Column.number(l.text("report.col.no")), Sheets.Column.text(l.text("report.col.nominee")),
                        Sheets.Column.text(l.text("report.col.nominee-kind")), Sheets.Column.text(l.text("report.col.team")),
                        Sheets.Column.text(l.text("report.col.category")), Sheets.Column.wrap(l.text("report.col.achievement")),
                        Sheets.Column.text(l.text("report.col.nominator")), Sheets.Column.date(l.text("report.col.nominated-on")),
                        Sheets.Column.text(l.text("report.col.decision")), Sheets.Column.date(l.text("report.col.decided-on")),
                        Sheets.Column.text(l.text("report.col.decided-by")), Sheets.Column.wrap(l.text("report.col.reason"))), 2);
        Map<NominationStatus, Integer> counts = new EnumMap<>(NominationStatus.class);
        int no = 0;
        for (NominationSummary n : in.nominations()) {
            counts.merge(n.status(), 1, Integer::sum);
            NominationSummary.Decision d = n.decision().orElse(null);
            t.row(++no, n.nomineeName(), l.text(n.nomineeKind().messageKey()), n.nomineeTeam(), l.text(n.category().messageKey()),
                    n.achievement(), n.nominatorName(), n.submittedAt() == null ? null : n.submittedAt().atZone(zone).toLocalDate(),
                    l.text(n.status().messageKey()), d == null ? null : d.at().atZone(zone).toLocalDate(),
                    d == null ? null : d.actorName() != null ? d.actorName() : l.text("report.ex.automatic"),
                    d == null || d.reason() == null ? null : d.reason().startsWith("skip:") ? l.text("report.ex.skipped") : d.reason());
        }
        t.note(l.text("report.ex.total", String.valueOf(no), String.valueOf(counts.getOrDefault(NominationStatus.INTRODUCED, 0))));
        for (NominationStatus s : NominationStatus.values()) {
            if (counts.containsKey(s)) {
                t.note(l.text("report.ex.count", l.text(s.messageKey()), String.valueOf(counts.get(s))));
            }
        }
        t.finish();
        return new ReportFile(fileName(in), sheets.toBytes());
    }
}
