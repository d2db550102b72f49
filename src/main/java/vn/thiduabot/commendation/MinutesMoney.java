package vn.thiduabot.commendation;

import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.thiduabot.chat.Texts;

/**
 * The money part of the minutes: a title line (base salary, the date it applies, rounding) and a table with one row
 * per person or team and title or form (multiple, base salary, amount), then the total. Kept apart from
 * {@link MinutesDocument} so the minutes' header and signatures can change without touching it.
 */
final class MinutesMoney {

    private static final Locale VI = Texts.VIETNAMESE;
    private static final String FONT = "Times New Roman";

    private MinutesMoney() {
    }

    static void write(XWPFDocument doc, Texts texts, AwardMoney m) {
        String basis = texts.get(VI, m.decided() ? "commendation.money.basis-decided" : "commendation.money.basis-preview",
                Texts.date(m.date()));
        paragraph(doc, texts.get(VI, "commendation.money.minutes-title", vnd(texts, m.baseSalary()), basis));
        XWPFTable table = doc.createTable(1, 6);
        table.setWidth("100%");
        String[] header = {texts.get(VI, "commendation.minutes.col-no"), texts.get(VI, "commendation.money.col-subject"),
                texts.get(VI, "commendation.money.col-award"), texts.get(VI, "commendation.money.col-multiple"),
                texts.get(VI, "commendation.money.col-base"), texts.get(VI, "commendation.money.col-amount")};
        fill(table.getRow(0), List.of(header), true);
        int n = 0;
        for (AwardMoney.Row r : m.rows()) {
            n++;
            fill(table.createRow(), List.of(String.valueOf(n), r.subject(), r.name(), Share.number(r.multiple(), VI),
                    Money.digits(r.baseSalary(), VI), Money.digits(r.amount(), VI)), false);
        }
        fill(table.createRow(), List.of("", texts.get(VI, "commendation.money.total-row"), "", "", "", Money.digits(m.total(), VI)), true);
        paragraph(doc, texts.get(VI, "commendation.minutes.award", vnd(texts, m.total())));
    }

    private static String vnd(Texts texts, long amount) {
        return texts.get(VI, "commendation.money", Money.digits(amount, VI));
    }

    private static void paragraph(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(13);
        run.setText(text);
    }

    private static void fill(XWPFTableRow row, List<String> values, boolean bold) {
        for (int i = 0; i < values.size(); i++) {
            var cell = row.getCell(i) != null ? row.getCell(i) : row.addNewTableCell();
            XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
            p.setAlignment(i >= 3 ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
            XWPFRun run = p.createRun();
            run.setFontFamily(FONT);
            run.setFontSize(12);
            run.setBold(bold);
            run.setText(values.get(i));
        }
    }
}
