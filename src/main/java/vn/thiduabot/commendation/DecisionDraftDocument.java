package vn.thiduabot.commendation;

import static vn.thiduabot.commendation.MinutesLayout.paragraph;

import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.commendation.MinutesLayout.Line;

/**
 * The principal's decision as a draft (dự thảo quyết định): the grounds (the law, the decree, the council's minutes
 * and cover letter), Article 1 with one row per person or team and title or form and its award money, the total,
 * Article 2 the money's basis, Article 3 who carries it out; number and date left blank for the office. Every figure
 * is the award money's as the minutes show it ({@link AwardMoney}): nothing is added up here.
 */
@Component
class DecisionDraftDocument {

    private final Texts texts;

    DecisionDraftDocument(Texts texts) {
        this.texts = texts;
    }

    byte[] write(PaperSet s) {
        XWPFDocument doc = new XWPFDocument();
        String school = s.campaign().schoolName();
        String year = s.campaign().schoolYear();
        AwardMoney m = s.money();
        paragraph(doc, t("papers.decision.draft"), true, ParagraphAlignment.LEFT, false);
        PaperHeading.write(doc, texts, school, null, t("papers.decision.number"), s.campaign().place(), null);
        paragraph(doc, t("papers.decision.title"), true, ParagraphAlignment.CENTER, false);
        paragraph(doc, t("papers.decision.subtitle", year), true, ParagraphAlignment.CENTER, false);
        paragraph(doc, t("papers.decision.issuer", school.toUpperCase(MinutesDocument.VI)), true, ParagraphAlignment.CENTER, false);
        for (String basis : List.of(t("papers.decision.basis-law"), t("papers.decision.basis-decree"),
                t("papers.decision.basis-council", Texts.date(s.vote().meetingDate())))) {
            paragraph(doc, basis, false, ParagraphAlignment.BOTH, true);
        }
        paragraph(doc, t("papers.decision.decides"), true, ParagraphAlignment.CENTER, false);
        paragraph(doc, t("papers.decision.article1", year, String.valueOf(s.individuals().size()), String.valueOf(s.collectives().size())),
                false, ParagraphAlignment.BOTH, false);
        XWPFTable table = doc.createTable(1, 5);
        table.setWidth("100%");
        fill(table.getRow(0), List.of(t("commendation.minutes.col-no"), t("papers.col-subject"), t("commendation.minutes.col-kind"),
                t("papers.decision.col-award"), t("commendation.money.col-amount")), true);
        int n = 0;
        for (AwardMoney.Row r : m.rows()) {
            n++;
            fill(table.createRow(), List.of(String.valueOf(n), r.subject(),
                    t(r.individual() ? "commendation.minutes.individual" : "commendation.minutes.collective"), r.name(),
                    Money.digits(r.amount(), MinutesDocument.VI)), false);
        }
        fill(table.createRow(), List.of("", t("commendation.money.total-row"), "", "", Money.digits(m.total(), MinutesDocument.VI)), true);
        String basis = t(m.decided() ? "commendation.money.basis-decided" : "commendation.money.basis-preview", Texts.date(m.date()));
        paragraph(doc, t("papers.decision.article2", vnd(m.total()), vnd(m.baseSalary()), basis), false, ParagraphAlignment.BOTH, false);
        paragraph(doc, t("papers.decision.article3"), false, ParagraphAlignment.BOTH, false);
        PaperHeading.signatures(doc, List.of(new Line(t("papers.recipients"), true, true, 12),
                        new Line(t("papers.decision.recipient-article3"), false, false, 11), new Line(t("papers.recipient-file"), false, false, 11)),
                PaperHeading.signature(texts, List.of(t("papers.decision.sign")), "commendation.minutes.sign-hint", s.chair()));
        return Docx.bytes(doc);
    }

    private void fill(XWPFTableRow row, List<String> values, boolean bold) {
        for (int i = 0; i < values.size(); i++) {
            MinutesLayout.cell(row, i, List.of(values.get(i)), bold);
        }
    }

    private String vnd(long amount) {
        return t("commendation.money", Money.digits(amount, MinutesDocument.VI));
    }

    private String t(String key, Object... args) {
        return texts.get(MinutesDocument.VI, key, args);
    }
}
