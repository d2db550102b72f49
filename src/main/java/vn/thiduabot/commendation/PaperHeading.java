package vn.thiduabot.commendation;

import static vn.thiduabot.commendation.MinutesLayout.block;
import static vn.thiduabot.commendation.MinutesLayout.paragraph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.commendation.MinutesLayout.Line;

/**
 * The heading every paper of the council and the school shares (Nghị định 30/2020/NĐ-CP): on the left the school
 * and, under it, the issuing body when it is not the school itself (the council), a short rule and the number line;
 * on the right the national name and motto over a long rule; then the place and date line in italics. Used by the
 * minutes, the cover letter, the achievement reports and the draft decision, so they read as one set of papers; public
 * for the papers of the Department package (module report) too.
 */
public final class PaperHeading {

    private static final Locale VI = Texts.VIETNAMESE;
    private static final String RULE_SHORT = "________";
    private static final String RULE_LONG = "____________________";
    /** Written where a figure is left for the person or the office to complete. */
    static final String BLANK = "…";

    private PaperHeading() {
    }

    /**
     * @param issuer   the body under the school's name (bold), or null when the school issues the paper itself
     * @param locality the town the paper is dated from (the campaign's place), null if not configured
     * @param date     the paper's date, or null to leave day, month and year as blanks to complete
     */
    public static void write(XWPFDocument doc, Texts texts, String school, String issuer, String number, String locality, LocalDate date) {
        XWPFTable head = doc.createTable(1, 2);
        head.removeBorders();
        head.setWidth("100%");
        List<Line> left = new ArrayList<>();
        left.add(new Line(school.toUpperCase(VI), issuer == null, false, 12));
        if (issuer != null) {
            left.add(new Line(issuer, true, false, 12));
        }
        left.add(new Line(RULE_SHORT, false, false, 12));
        left.add(new Line(number, false, false, 13));
        block(head.getRow(0), 0, left);
        block(head.getRow(0), 1, List.of(new Line(texts.get(VI, "commendation.minutes.nation"), true, false, 12),
                new Line(texts.get(VI, "commendation.minutes.motto"), true, false, 13), new Line(RULE_LONG, false, false, 12)));
        paragraph(doc, dateLine(texts, locality, date), false, ParagraphAlignment.RIGHT, true);
    }

    /**
     * The place and date line (the town, then day 05, month 5, year 2027): a day under 10 and the months 1
     * and 2 take a leading zero (Decree 30/2020); blanks when the date is to be filled in on signing.
     */
    static String dateLine(Texts texts, String locality, LocalDate date) {
        String day = date == null ? BLANK : date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
        String month = date == null ? BLANK : date.getMonthValue() < 3 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
        String year = date == null ? BLANK : String.valueOf(date.getYear());
        return locality == null || locality.isBlank() ? texts.get(VI, "commendation.minutes.date-only", day, month, year)
                : texts.get(VI, "commendation.minutes.place-date", locality, day, month, year);
    }

    /** A signature block: the title lines (bold), the hint in italics, room to sign, the name (bold). */
    static List<Line> signature(Texts texts, List<String> titles, String hintKey, String name) {
        List<Line> lines = new ArrayList<>();
        titles.forEach(t -> lines.add(new Line(t, true, false, 13)));
        lines.add(new Line(texts.get(VI, hintKey), false, true, 13));
        lines.add(new Line("", false, false, 13));
        lines.add(new Line("", false, false, 13));
        lines.add(new Line("", false, false, 13));
        lines.add(new Line(name == null ? "" : name, true, false, 13));
        return lines;
    }

    /** Two signature blocks side by side: the left one set flush left (the recipients list), the right one centred. */
    static void signatures(XWPFDocument doc, List<Line> left, List<Line> right) {
        XWPFTable sign = doc.createTable(1, 2);
        sign.removeBorders();
        sign.setWidth("100%");
        MinutesLayout.block(sign.getRow(0), 0, left, false);
        block(sign.getRow(0), 1, right);
    }
}
