package vn.thiduabot.commendation;

import static vn.thiduabot.commendation.MinutesLayout.block;
import static vn.thiduabot.commendation.MinutesLayout.cell;
import static vn.thiduabot.commendation.MinutesLayout.paragraph;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.Texts;

/**
 * The minutes of the council meeting (biên bản họp Hội đồng TĐKT) as a .docx: date, place, chair,
 * secretary, attendance, the vote on each proposal with its tally and percentage, the table of
 * proposals, written ballots of absent members, the award money, signature blocks. Laid out as an
 * administrative paper (Nghị định 30/2020/NĐ-CP): issuing body and national motto side by side, the place
 * and date line, the title, the closing sentence, the secretary's and the chair's signature blocks.
 * Always in Vietnamese: it is an official paper.
 */
@Component
class MinutesDocument {

    static final Locale VI = Texts.VIETNAMESE;

    private final Texts texts;

    MinutesDocument(Texts texts) {
        this.texts = texts;
    }

    /** {@code moreThan}: the title's rule is "more than" the threshold (a simple majority), not "at least". */
    record Row(String subject, boolean individual, String title, String form, Integer yes, Integer no, Integer eligible,
               BigDecimal threshold, Boolean passed, boolean moreThan) {

        Row(String subject, boolean individual, String title, String form, Integer yes, Integer no, Integer eligible,
            BigDecimal threshold, Boolean passed) {
            this(subject, individual, title, form, yes, no, eligible, threshold, passed, false);
        }
    }

    /**
     * {@code place} is where the council met (a room); {@code locality} the town the papers are dated from
     * (the campaign's {@code place}, null if not configured); {@code ended} when the vote closed, in the
     * school's time zone (null if unknown).
     */
    record Data(String school, String schoolYear, LocalDate date, String place, String chair, String secretary, int present,
                int councilSize, List<Row> rows, List<String> writtenNotes, long awardTotal, String locality, LocalDateTime ended,
                AwardMoney money) {

        /** Minutes with the award total only (no money table). */
        Data(String school, String schoolYear, LocalDate date, String place, String chair, String secretary, int present,
             int councilSize, List<Row> rows, List<String> writtenNotes, long awardTotal) {
            this(school, schoolYear, date, place, chair, secretary, present, councilSize, rows, writtenNotes, awardTotal, null, null,
                    null);
        }
    }

    byte[] write(Data d) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            header(doc, d);
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
                        percent(r), t(r.moreThan() ? "commendation.vote.need-more-than" : "commendation.vote.need-at-least",
                                Share.number(r.threshold(), VI)), String.valueOf(r.no())), false, ParagraphAlignment.LEFT, false);
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
            paragraph(doc, closing(d), false, ParagraphAlignment.LEFT, false);
            signatures(doc, d);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String percent(Row r) {
        return r.eligible() == null ? "" : new Share(r.yes(), r.eligible()).format(VI, r.threshold());
    }

    /** The council's heading (issuing body under the school, the number line, the motto) and the place and date line. */
    private void header(XWPFDocument doc, Data d) {
        PaperHeading.write(doc, texts, d.school(), t("commendation.minutes.council"), t("commendation.minutes.number"), d.locality(),
                d.date());
    }

    /** When the meeting ended (the same day, or another day for a vote that stayed open), and that the minutes were approved. */
    private String closing(Data d) {
        if (d.ended() == null) {
            return t("commendation.minutes.closing");
        }
        String hour = String.valueOf(d.ended().getHour());
        String minute = d.ended().getMinute() < 10 ? "0" + d.ended().getMinute() : String.valueOf(d.ended().getMinute());
        return d.ended().toLocalDate().equals(d.date()) ? t("commendation.minutes.closing-same-day", hour, minute)
                : t("commendation.minutes.closing-other-day", hour, minute, Texts.date(d.ended().toLocalDate()));
    }

    /** The secretary on the left, the chair on the right: title, hint, room to sign, name. */
    private void signatures(XWPFDocument doc, Data d) {
        XWPFTable sign = doc.createTable(1, 2);
        sign.removeBorders();
        sign.setWidth("100%");
        block(sign.getRow(0), 0, PaperHeading.signature(texts, List.of(t("commendation.minutes.sign-secretary")),
                "commendation.minutes.sign-hint", d.secretary()));
        block(sign.getRow(0), 1, PaperHeading.signature(texts, List.of(t("commendation.minutes.sign-chair")),
                "commendation.minutes.sign-hint", d.chair()));
    }

    private String t(String key, Object... args) {
        return texts.get(VI, key, args);
    }
}
