package vn.thiduabot.commendation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The award money of the year's list for other modules (the export): one item per person or team and title or
 * form, each amount already rounded up to 10,000 đ, on the date of the decision.
 *
 * @param date     the day whose base salary applies: the list's approval date, or today for a preview
 * @param decided  true when {@code date} is the approval date
 */
public record AwardMoneyReport(LocalDate date, boolean decided, long baseSalary, List<Item> items, long total) {

    public record Item(String subject, boolean individual, String award, BigDecimal multiple, long baseSalary, long amount) { }

    static AwardMoneyReport of(AwardMoney m) {
        return new AwardMoneyReport(m.date(), m.decided(), m.baseSalary(), m.rows().stream()
                .map(r -> new Item(r.subject(), r.individual(), r.name(), r.multiple(), r.baseSalary(), r.amount())).toList(), m.total());
    }
}
