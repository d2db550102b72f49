package vn.thiduabot.report;

import java.math.BigDecimal;
import java.util.List;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.ScoreSheet;

/**
 * The campaign's score sheet as the Department receives it on 10/10: every section and criterion (code, name,
 * description, maximum, whether evidence is required), the bonus items with their cap, the penalties and the rating
 * bands, with an empty self-score column for each person to fill in. No scores: it is the form, not a result.
 */
final class BlankScoreSheet {

    private BlankScoreSheet() { }

    static ReportFile build(Campaign c, java.time.LocalDate madeOn, ReportLabels l) {
        ScoreSheet sheet = c.scoreSheet();
        Sheets sheets = new Sheets(l);
        SheetTable t = sheets.table(l.text("dept.sheet.name"), new Sheets.Heading(c.schoolName(),
                        l.text("dept.sheet.title", c.schoolYear()), l.text("report.subtitle", c.schoolYear(), Sheets.date(madeOn))),
                List.of(Sheets.Column.text(l.text("dept.sheet.col.code")), Sheets.Column.wrap(l.text("dept.sheet.col.name")),
                        Sheets.Column.wrap(l.text("dept.sheet.col.description")), Sheets.Column.number(l.text("dept.sheet.col.max")),
                        Sheets.Column.text(l.text("dept.sheet.col.evidence")), Sheets.Column.number(l.text("dept.sheet.col.self"))), 2);
        for (ScoreSheet.Section s : sheet.sections()) {
            t.totalRow(s.code(), s.name(), null, s.max(), null, null);
            s.criteria().forEach(k -> item(t, k, l));
        }
        if (!sheet.bonus().isEmpty()) {
            t.totalRow(null, l.text("dept.sheet.bonus", Sheets.plain(sheet.bonusCap())), null, sheet.bonusCap(), null, null);
            sheet.bonus().forEach(k -> item(t, k, l));
        }
        if (!sheet.penalties().isEmpty()) {
            t.totalRow(null, l.text("dept.sheet.penalties"), null, null, null, null);
            sheet.penalties().forEach(k -> item(t, k, l));
        }
        t.totalRow(null, l.text("dept.sheet.total"), null, sheet.maxTotal(), null, null);
        for (ScoreSheet.Band b : sheet.bands()) {
            t.note(l.text("dept.sheet.band", b.name(), Sheets.plain(b.min())));
        }
        t.finish();
        return new ReportFile(ReportFile.name("bang-diem-mau", null, c.schoolYear(), madeOn), sheets.toBytes());
    }

    private static void item(SheetTable t, ScoreSheet.Criterion k, ReportLabels l) {
        BigDecimal max = k.max();
        t.row(k.code(), k.name(), k.description(), max, l.text(k.evidenceRequired() ? "dept.sheet.evidence.yes" : "dept.sheet.evidence.no"), null);
    }
}
