package vn.thiduabot.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.commendation.PaperHeading;
import vn.thiduabot.pledge.PledgeBoard;
import vn.thiduabot.pledge.PledgeSignature;

/**
 * The signed pledges for the Department: the school's heading, the pledge's text, then a table
 * of every party (each team, then the school) with who signed for it and when (dd/MM/yyyy HH:mm), or "not signed".
 */
final class PledgeDocument {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private PledgeDocument() { }

    static byte[] write(Texts texts, Campaign c, PledgeBoard b, LocalDate today) {
        XWPFDocument doc = new XWPFDocument();
        PaperHeading.write(doc, texts, c.schoolName(), null, t(texts, "dept.pledge.number"), c.place(), today);
        DeptDocx.paragraph(doc, t(texts, "dept.pledge.title"), true, ParagraphAlignment.CENTER);
        DeptDocx.paragraph(doc, t(texts, "dept.pledge.subtitle", c.schoolYear()), true, ParagraphAlignment.CENTER);
        DeptDocx.paragraph(doc, b.pledge().text(), false, ParagraphAlignment.BOTH);
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (PledgeBoard.Entry e : b.entries()) {
            String party = e.party().isSchool() ? t(texts, "pledge.party.school") : t(texts, "pledge.party.team", e.party().teamName());
            if (e.signed()) {
                PledgeSignature s = e.signature().orElseThrow();
                rows.add(List.of(String.valueOf(++n), party, s.signerName(), AT.format(s.signedAt().atZone(c.zone()))));
            } else {
                rows.add(List.of(String.valueOf(++n), party, t(texts, "dept.pledge.not-signed"), ""));
            }
        }
        DeptDocx.table(doc, List.of(t(texts, "dept.col.no"), t(texts, "dept.pledge.col.party"), t(texts, "dept.pledge.col.signer"),
                t(texts, "dept.pledge.col.at")), rows);
        DeptDocx.paragraph(doc, t(texts, "dept.pledge.count", String.valueOf(b.signed().size()), String.valueOf(b.entries().size())),
                false, ParagraphAlignment.LEFT);
        return DeptDocx.bytes(doc);
    }

    static String t(Texts texts, String key, Object... args) {
        return texts.get(Texts.VIETNAMESE, key, args);
    }
}
