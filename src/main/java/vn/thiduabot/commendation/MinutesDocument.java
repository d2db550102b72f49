package vn.thiduabot.commendation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.Texts;

/**
 * The minutes of the council meeting (biên bản họp Hội đồng TĐKT) as a .docx: date, place, chair,
 * secretary, attendance, the vote on each proposal with its tally and percentage, the table of
 * proposals, written ballots of absent members, the award money, signature blocks. Always in
 * Vietnamese: it is an official paper.
 */
@Component
class MinutesDocument {

    static final Locale VI = Texts.VIETNAMESE;
    private static final String FONT = "Times New Roman";

    private final Texts texts;

    MinutesDocument(Texts texts) {
        this.texts = texts;
    }

    record Row(String subject, boolean individual, String title, String form, Integer yes, Integer no, Integer eligible,
               BigDecimal threshold, Boolean passed) { }

    record Data(String school, String schoolYear, LocalDate date, String place, String chair, String secretary, int present,
                int councilSize, List<Row> rows, List<String> writtenNotes, long awardTotal, AwardMoney money) {

        /** Minutes with the award total only (no money table). */
        Data(String school, String schoolYear, LocalDate date, String place, String chair, String secretary, int present,
             int councilSize, List<Row> rows, List<String> writtenNotes, long awardTotal) {
            this(school, schoolYear, date, place, chair, secretary, present, councilSize, rows, writtenNotes, awardTotal, null);
        }
    }

    byte[] write(Data d) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable head = doc.createTable(1, 2);
            head.removeBorders();
            head.setWidth("100%");
            cell(head.getRow(0), 0, List.of(d.school().toUpperCase(VI), t("commendation.minutes.council")), true);
            cell(head.getRow(0), 1, List.of(t("commendation.minutes.nation"), t("commendation.minutes.motto")), true);
            paragraph(doc, t("commendation.minutes.place-date", d.place(), two(d.date().getDayOfMonth()), two(d.date().getMonthValue()),
                    String.valueOf(d.date().getYear())), false, ParagraphAlignment.RIGHT, false);
            paragraph(doc, t("commendation.minutes.title"), true, ParagraphAlignment.CENTER, false);
            paragraph(doc, t("commendation.minutes.subtitle", d.schoolYear()), true, ParagraphAlignment.CENTER, false);
            paragraph(doc, t("commendation.minutes.time-place", Texts.date(d.date()), d.place()), false, ParagraphAlignment.LEFT, false);
            paragraph(doc, t("commendation.minutes.chair", d.chair()), false, ParagraphAlignment.LEFT, false);
            paragraph(doc, t("commendation.minutes.secretary", d.secretary()), false, ParagraphAlignment.LEFT, false);
            paragraph(doc, t("commendation.minutes.attendance", String.valueOf(d.present()), String.valueOf(d.councilSize()),
                    String.valueOf(d.councilSize() - d.present())), false, ParagraphAlignment.LEFT, false);
            paragraph(doc, t("commendation.minutes.content"), true, ParagraphAlignment.LEFT, false);
            paragraph(doc, t("commendation.minutes.method"), false, ParagraphAlignment.LEFT, false);
            int n = 0;
            for (Row r : d.rows()) {
                n++;
                paragraph(doc, t(Boolean.TRUE.equals(r.passed()) ? "commendation.minutes.vote-passed" : "commendation.minutes.vote-failed",
                        String.valueOf(n), r.subject(), r.title(), String.valueOf(r.yes()), String.valueOf(r.eligible()),
                        percent(r), Share.number(r.threshold(), VI), String.valueOf(r.no())), false, ParagraphAlignment.LEFT, false);
            }
            if (!d.writtenNotes().isEmpty()) {
                paragraph(doc, t("commendation.minutes.written", String.valueOf(d.writtenNotes().size())), false, ParagraphAlignment.LEFT, false);
                for (String note : d.writtenNotes()) {
                    paragraph(doc, "- " + note, false, ParagraphAlignment.LEFT, true);
                }
            }
            paragraph(doc, t("commendation.minutes.table-title"), true, ParagraphAlignment.LEFT, false);
            XWPFTable table = doc.createTable(1, 7);
            table.setWidth("100%");
            String[] header = {t("commendation.minutes.col-no"), t("commendation.minutes.col-subject"), t("commendation.minutes.col-kind"),
                    t("commendation.minutes.col-title"), t("commendation.minutes.col-form"), t("commendation.minutes.col-votes"),
                    t("commendation.minutes.col-result")};
            for (int i = 0; i < header.length; i++) {
                cell(table.getRow(0), i, List.of(header[i]), true);
            }
            n = 0;
            for (Row r : d.rows()) {
                XWPFTableRow row = table.createRow();
                n++;
                String[] values = {String.valueOf(n), r.subject(), t(r.individual() ? "commendation.minutes.individual" : "commendation.minutes.collective"),
                        r.title(), r.form() == null ? "" : r.form(),
                        t("commendation.minutes.tally", String.valueOf(r.yes()), String.valueOf(r.eligible()), percent(r)),
                        t(Boolean.TRUE.equals(r.passed()) ? "commendation.minutes.passed" : "commendation.minutes.failed")};
                for (int i = 0; i < values.length; i++) {
                    cell(row, i, List.of(values[i]), false);
                }
            }
            if (d.money() != null) {
                MinutesMoney.write(doc, texts, d.money());
            } else {
                paragraph(doc, t("commendation.minutes.award", texts.get(VI, "commendation.money", Money.digits(d.awardTotal(), VI))), false,
                        ParagraphAlignment.LEFT, false);
            }
            paragraph(doc, t("commendation.minutes.closing"), false, ParagraphAlignment.LEFT, false);
            XWPFTable sign = doc.createTable(1, 2);
            sign.removeBorders();
            sign.setWidth("100%");
            cell(sign.getRow(0), 0, List.of(t("commendation.minutes.sign-secretary"), t("commendation.minutes.sign-hint"), "", "", d.secretary()), true);
            cell(sign.getRow(0), 1, List.of(t("commendation.minutes.sign-chair"), t("commendation.minutes.sign-hint"), "", "", d.chair()), true);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String percent(Row r) {
        return r.eligible() == null ? "" : new Share(r.yes(), r.eligible()).format(VI, r.threshold());
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : String.valueOf(v);
    }

    private String t(String key, Object... args) {
        return texts.get(VI, key, args);
    }

    private static void paragraph(XWPFDocument doc, String text, boolean bold, ParagraphAlignment align, boolean italic) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(13);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
    }

    /** A table cell with one centred line per entry (bold for headers and signature blocks). */
    private static void cell(XWPFTableRow row, int index, List<String> lines, boolean bold) {
        var cell = row.getCell(index) != null ? row.getCell(index) : row.addNewTableCell();
        XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        p.setAlignment(bold ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
        for (int i = 0; i < lines.size(); i++) {
            XWPFRun run = p.createRun();
            run.setFontFamily(FONT);
            run.setFontSize(12);
            run.setBold(bold);
            run.setText(lines.get(i));
            if (i < lines.size() - 1) {
                run.addBreak();
            }
        }
    }
}
