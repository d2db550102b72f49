package vn.thiduabot.commendation;

import static vn.thiduabot.commendation.MinutesLayout.cell;
import static vn.thiduabot.commendation.MinutesLayout.paragraph;

import java.util.List;
import java.util.function.Function;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.commendation.MinutesLayout.Line;
import vn.thiduabot.commendation.PaperSet.Passed;

/**
 * The cover letter (tờ trình) from the council to the principal: what the council proposes, in three parts
 * (individual titles, collective titles, forms of commendation), each line with the council's vote as the minutes
 * state it (votes for / members, percentage); then the papers attached, the closing, the chair's signature.
 */
@Component
class CoverLetterDocument {

    private final Texts texts;

    CoverLetterDocument(Texts texts) {
        this.texts = texts;
    }

    byte[] write(PaperSet s) {
        XWPFDocument doc = new XWPFDocument();
        PaperHeading.write(doc, texts, s.campaign().schoolName(), t("commendation.minutes.council"), t("papers.letter.number"),
                s.campaign().place(), s.today());
        paragraph(doc, t("papers.letter.title"), true, ParagraphAlignment.CENTER, false);
        paragraph(doc, t("papers.letter.subtitle", s.campaign().schoolYear()), true, ParagraphAlignment.CENTER, false);
        paragraph(doc, t("papers.letter.to", s.campaign().schoolName()), false, ParagraphAlignment.CENTER, false);
        paragraph(doc, t("papers.letter.basis", Texts.date(s.vote().meetingDate())), false, ParagraphAlignment.BOTH, false);
        part(doc, t("papers.letter.individual-titles"), s.individuals(), Passed::title);
        part(doc, t("papers.letter.collective-titles"), s.collectives(), Passed::title);
        part(doc, t("papers.letter.forms"), s.withForm(), Passed::form);
        paragraph(doc, t("papers.letter.count", String.valueOf(s.individuals().size()), String.valueOf(s.collectives().size())),
                false, ParagraphAlignment.LEFT, false);
        paragraph(doc, t("papers.letter.attached"), false, ParagraphAlignment.LEFT, false);
        paragraph(doc, t("papers.letter.closing"), false, ParagraphAlignment.LEFT, false);
        PaperHeading.signatures(doc, List.of(new Line(t("papers.recipients"), true, true, 12),
                        new Line(t("papers.letter.recipient-principal"), false, false, 11), new Line(t("papers.recipient-file"), false, false, 11)),
                PaperHeading.signature(texts, List.of(t("papers.letter.sign-on-behalf"), t("papers.letter.sign-chair")),
                        "commendation.minutes.sign-hint", s.chair()));
        return Docx.bytes(doc);
    }

    /** One part: its heading, then a table (no., who, title or form, the vote) or a line saying there is none. */
    private void part(XWPFDocument doc, String heading, List<Passed> rows, Function<Passed, String> award) {
        paragraph(doc, heading, true, ParagraphAlignment.LEFT, false);
        if (rows.isEmpty()) {
            paragraph(doc, t("papers.letter.none"), false, ParagraphAlignment.LEFT, true);
            return;
        }
        XWPFTable table = doc.createTable(1, 4);
        table.setWidth("100%");
        String[] header = {t("commendation.minutes.col-no"), t("papers.col-subject"), t("papers.letter.col-award"),
                t("papers.letter.col-votes")};
        for (int i = 0; i < header.length; i++) {
            cell(table.getRow(0), i, List.of(header[i]), true);
        }
        int n = 0;
        for (Passed p : rows) {
            XWPFTableRow row = table.createRow();
            n++;
            String[] values = {String.valueOf(n), p.subject(), award.apply(p), p.tally(texts)};
            for (int i = 0; i < values.length; i++) {
                cell(row, i, List.of(values[i]), false);
            }
        }
    }

    private String t(String key, Object... args) {
        return texts.get(MinutesDocument.VI, key, args);
    }
}
