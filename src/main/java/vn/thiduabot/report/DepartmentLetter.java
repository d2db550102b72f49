package vn.thiduabot.report;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.commendation.PaperHeading;

/**
 * The school's cover letter to the Department of Education and Training: the heading dated from the
 * campaign's place, the recipient, what is enclosed (one numbered line per file of the package), the closing and the
 * principal's signature line.
 */
final class DepartmentLetter {

    private DepartmentLetter() { }

    static byte[] write(Texts texts, Campaign c, LocalDate today, List<String> enclosures) {
        XWPFDocument doc = new XWPFDocument();
        PaperHeading.write(doc, texts, c.schoolName(), null, PledgeDocument.t(texts, "dept.letter.number"), c.place(), today);
        DeptDocx.paragraph(doc, PledgeDocument.t(texts, "dept.letter.about", c.schoolYear()), false, ParagraphAlignment.LEFT);
        DeptDocx.paragraph(doc, PledgeDocument.t(texts, "dept.letter.to", PledgeDocument.t(texts, "dept.recipient")),
                true, ParagraphAlignment.CENTER);
        DeptDocx.paragraph(doc, PledgeDocument.t(texts, "dept.letter.body", c.schoolName(),
                PledgeDocument.t(texts, "dept.recipient"), c.schoolYear()), false, ParagraphAlignment.BOTH);
        int n = 0;
        for (String e : enclosures) {
            DeptDocx.paragraph(doc, PledgeDocument.t(texts, "dept.letter.enclosure", String.valueOf(++n), e), false, ParagraphAlignment.LEFT);
        }
        DeptDocx.paragraph(doc, PledgeDocument.t(texts, "dept.letter.closing"), false, ParagraphAlignment.BOTH);
        DeptDocx.paragraph(doc, PledgeDocument.t(texts, "dept.letter.sign"), true, ParagraphAlignment.RIGHT);
        return DeptDocx.bytes(doc);
    }
}
