package vn.thiduabot.commendation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.MoneyRules;

/**
 * The award money (tiền thưởng) of a list of proposals, on the date of the decision (the list's approval
 * date, or today for a preview): one row per person or team and title or form, each amount = multiple ×
 * the base salary in force on that date, rounded up to 10,000 đ ({@link MoneyRules#amount}). A person or team
 * proposed for a title and a form gets both amounts (Nghị định 98/2023/NĐ-CP, the money principles).
 * Lines sum the rows per title or form; titles and forms without a multiple carry none.
 *
 * @param decided true when {@code date} is the list's approval date, false when it is today (a preview)
 */
public record AwardMoney(List<Row> rows, List<Line> lines, long total, long baseSalary, LocalDate date, boolean decided) {

    /** One amount: who, for which title or form, the multiple, the base salary and the amount. */
    record Row(String subject, boolean individual, String code, String name, boolean form, BigDecimal multiple, long baseSalary,
               long amount) { }

    record Line(String titleCode, String titleName, int count, BigDecimal multiple, long each, long subtotal) { }

    /** At the latest base salary of the file, as a preview (for callers that know no date). */
    static AwardMoney of(Campaign campaign, List<Proposal> proposals) {
        return of(campaign, proposals, LocalDate.MAX, false);
    }

    static AwardMoney of(Campaign campaign, List<Proposal> proposals, LocalDate date, boolean decided) {
        MoneyRules rules = campaign.commendation().money();
        long base = rules.baseSalaryOn(date);
        List<Row> rows = new ArrayList<>();
        // Titles in the file's order, then forms in the file's order (a person's before a collective's).
        List<String> titleOrder = new ArrayList<>();
        campaign.individualTitles().forEach(t -> titleOrder.add(t.code()));
        campaign.collectiveTitles().forEach(t -> titleOrder.add(t.code()));
        for (String code : titleOrder) {
            Optional<BigDecimal> m = rules.titleMultiple(code);
            if (m.isEmpty()) {
                continue;
            }
            String name = campaign.title(code).map(Campaign.Title::name).orElse(code);
            proposals.stream().filter(p -> code.equals(p.titleCode())).forEach(p ->
                    rows.add(new Row(p.subjectName(), p.individual(), code, name, false, m.get(), base, MoneyRules.amount(m.get(), base))));
        }
        for (boolean individual : new boolean[] {true, false}) {
            for (Campaign.CommendationForm f : campaign.forms()) {
                Optional<BigDecimal> m = rules.formMultiple(f.code(), individual);
                if (m.isEmpty()) {
                    continue;
                }
                proposals.stream().filter(p -> f.code().equals(p.formCode()) && p.individual() == individual).forEach(p ->
                        rows.add(new Row(p.subjectName(), individual, f.code(), f.name(), true, m.get(), base,
                                MoneyRules.amount(m.get(), base))));
            }
        }
        Map<String, Line> lines = new LinkedHashMap<>();
        long total = 0;
        for (Row r : rows) {
            if (r.amount() == 0) {
                continue;
            }
            total += r.amount();
            String key = r.code() + (r.form() ? (r.individual() ? "/i" : "/c") : "");
            Line old = lines.get(key);
            lines.put(key, old == null ? new Line(r.code(), r.name(), 1, r.multiple(), r.amount(), r.amount())
                    : new Line(old.titleCode(), old.titleName(), old.count() + 1, old.multiple(), old.each(), old.subtotal() + r.amount()));
        }
        return new AwardMoney(List.copyOf(rows), List.copyOf(lines.values()), total, base, date, decided);
    }
}
