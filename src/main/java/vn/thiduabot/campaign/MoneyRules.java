package vn.thiduabot.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The award money (tiền thưởng) rules of Nghị định 98/2023/NĐ-CP (the multiples kept by Nghị định
 * 152/2025/NĐ-CP): every amount is a multiple of the base salary (lương cơ sở) in force on the date of the
 * decision, rounded UP to the next 10,000 đ once multiplied; a title and a form of commendation awarded in the
 * same decision each pay their own amount.
 *
 * @param baseSalaries    the base salary and the date from which it is in force, dates ascending
 * @param titleMultiples  title code to its multiple (Art. 54); a title not listed carries no money
 * @param formMultiples   form code to its multiples for a person and for a collective
 */
public record MoneyRules(List<BaseSalary> baseSalaries, Map<String, BigDecimal> titleMultiples,
                         Map<String, FormMultiples> formMultiples) {

    /** The rounding step of the decree's money principle: amounts are rounded up to a multiple of 10,000 đ. */
    public static final BigDecimal ROUNDING_STEP = BigDecimal.valueOf(10_000);

    /** The base salary in force from a date on (Nghị định 73/2024/NĐ-CP: 2,340,000 đ from 01/07/2024). */
    public record BaseSalary(LocalDate from, long amount) { }

    /** A form's multiples of the base salary: for a person and for a collective. */
    public record FormMultiples(BigDecimal individual, BigDecimal collective) {

        public BigDecimal of(boolean individualAward) {
            return individualAward ? individual : collective;
        }
    }

    public MoneyRules {
        if (baseSalaries.isEmpty()) {
            throw new IllegalArgumentException("at least one base salary is needed");
        }
        baseSalaries = baseSalaries.stream().sorted(Comparator.comparing(BaseSalary::from)).toList();
        titleMultiples = Map.copyOf(titleMultiples);
        formMultiples = Map.copyOf(formMultiples);
    }

    /** The earliest date a single, undated base salary is taken to be in force from. */
    public static final LocalDate SINCE_EVER = LocalDate.of(1900, 1, 1);

    /**
     * The defaults of DOMAIN.md: base salary 1,800,000 đ from 01/07/2023 (Nghị định 24/2023/NĐ-CP) and
     * 2,340,000 đ from 01/07/2024 (Nghị định 73/2024/NĐ-CP); titles LĐTT 0.3, CSTĐCS 1.0, Tập thể lao động tiên
     * tiến 0.8, Tập thể lao động xuất sắc 1.5 (Nghị định 98/2023/NĐ-CP, Art. 54); forms Giấy khen 0.3 / 0.6 and
     * Bằng khen of a ministry or province 1.0 / 2.0 (same decree; article not verified, see the campaign file).
     */
    public static MoneyRules defaults() {
        return new MoneyRules(List.of(new BaseSalary(LocalDate.of(2023, 7, 1), 1_800_000L),
                new BaseSalary(LocalDate.of(2024, 7, 1), 2_340_000L)),
                Map.of("LDTT", new BigDecimal("0.3"), "CSTDCS", new BigDecimal("1.0"), "TTLDTT", new BigDecimal("0.8"),
                        "TTLDXS", new BigDecimal("1.5")),
                Map.of("GK_HT", new FormMultiples(new BigDecimal("0.3"), new BigDecimal("0.6")),
                        "GK_SO", new FormMultiples(new BigDecimal("0.3"), new BigDecimal("0.6")),
                        "BK_UBND", new FormMultiples(new BigDecimal("1.0"), new BigDecimal("2.0")),
                        "BK_BO", new FormMultiples(new BigDecimal("1.0"), new BigDecimal("2.0"))));
    }

    /** The base salary in force on a date: the last entry whose date is on or before it (the first entry before any). */
    public long baseSalaryOn(LocalDate date) {
        BaseSalary found = baseSalaries.get(0);
        for (BaseSalary s : baseSalaries) {
            if (!s.from().isAfter(date)) {
                found = s;
            }
        }
        return found.amount();
    }

    /** The latest base salary of the list. */
    public long latestBaseSalary() {
        return baseSalaries.get(baseSalaries.size() - 1).amount();
    }

    public Optional<BigDecimal> titleMultiple(String titleCode) {
        return Optional.ofNullable(titleMultiples.get(titleCode));
    }

    public Optional<BigDecimal> formMultiple(String formCode, boolean individual) {
        return Optional.ofNullable(formMultiples.get(formCode)).map(f -> f.of(individual));
    }

    /**
     * multiple × base salary, rounded UP to the next 10,000 đ (Nghị định 98/2023/NĐ-CP, the money principles: amounts
     * are rounded up to tens of thousands of dong): 0.3 × 2,340,000 = 702,000 → 710,000; an exact multiple of 10,000
     * stays as it is.
     */
    public static long amount(BigDecimal multiple, long baseSalary) {
        BigDecimal raw = multiple.multiply(BigDecimal.valueOf(baseSalary));
        return raw.divide(ROUNDING_STEP, 0, RoundingMode.CEILING).multiply(ROUNDING_STEP).longValueExact();
    }
}
