package vn.thiduabot.report;

import java.util.List;
import vn.thiduabot.commendation.AwardMoneyReport;

/**
 * The award money sheet of the year-end file: one row per person or team and title or form, with the multiple,
 * the base salary in force on the decision's date and the amount (rounded up to 10,000 đ, Nghị định
 * 98/2023/NĐ-CP), then the total.
 */
final class MoneySheet {

    private MoneySheet() {
    }

    static void add(Sheets sheets, Sheets.Heading heading, AwardMoneyReport m) {
        ReportLabels l = sheets.labels();
        String basis = l.text(m.decided() ? "commendation.money.basis-decided" : "commendation.money.basis-preview", Sheets.date(m.date()));
        Sheets.Heading h = new Sheets.Heading(heading.school(),
                l.text("commendation.money.minutes-title", l.text("commendation.money", plainDong(m.baseSalary())), basis), heading.subtitle());
        SheetTable t = sheets.table(l.text("commendation.money.sheet"), h,
                List.of(Sheets.Column.number(l.text("report.col.no")), Sheets.Column.text(l.text("commendation.money.col-subject")),
                        Sheets.Column.text(l.text("commendation.money.col-award")), Sheets.Column.number(l.text("commendation.money.col-multiple")),
                        Sheets.Column.number(l.text("commendation.money.col-base")), Sheets.Column.number(l.text("commendation.money.col-amount"))),
                2);
        int no = 0;
        for (AwardMoneyReport.Item i : m.items()) {
            t.row(++no, i.subject(), i.award(), i.multiple(), i.baseSalary(), i.amount());
        }
        t.totalRow(l.text("report.total"), null, null, null, null, m.total());
        t.finish();
    }

    private static String plainDong(long amount) {
        String s = Long.toString(amount);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && (s.length() - i) % 3 == 0) {
                b.append('.');
            }
            b.append(s.charAt(i));
        }
        return b.toString();
    }
}
