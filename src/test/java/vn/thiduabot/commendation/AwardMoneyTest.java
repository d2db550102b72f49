package vn.thiduabot.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.CommendationRules;
import vn.thiduabot.campaign.MoneyRules;
import vn.thiduabot.campaign.ScoreSheet;

/**
 * The award money against worked examples (Nghị định 98/2023/NĐ-CP, Art. 54 and its money principles; base
 * salaries of Nghị định 24/2023/NĐ-CP and 73/2024/NĐ-CP). Every case names its source in its comment.
 */
class AwardMoneyTest {

    /** The defaults of the decree: dated base salaries 1,800,000 (01/07/2023) and 2,340,000 (01/07/2024). */
    static final Campaign CAMPAIGN = campaign(MoneyRules.defaults());

    static Campaign campaign(MoneyRules money) {
        CommendationRules d = CommendationRules.defaults();
        return new Campaign("test.yml", "Trường mẫu", "2023-2024", ZoneId.of("Asia/Ho_Chi_Minh"), null,
                List.of(new Campaign.Title("LDTT", "Lao động tiên tiến", "", List.of(), false),
                        new Campaign.Title("CSTDCS", "Chiến sĩ thi đua cơ sở", "", List.of("LDTT"), false)),
                List.of(new Campaign.Title("TTLDTT", "Tập thể lao động tiên tiến", "", List.of(), true),
                        new Campaign.Title("TTLDXS", "Tập thể lao động xuất sắc", "", List.of(), true)),
                List.of(new Campaign.CommendationForm("GK_HT", "Giấy khen của Hiệu trưởng"),
                        new Campaign.CommendationForm("BK_UBND", "Bằng khen của Chủ tịch UBND tỉnh")),
                List.of(), new ScoreSheet(List.of(), List.of(), BigDecimal.ZERO, List.of(), List.of()), false, List.of(),
                new CommendationRules(money.latestBaseSalary(), money.titleMultiples(), d.codes(), d.quotaPercent(),
                        d.advancedCollectiveMoreThanPercent(), d.excellentCollectiveMinPercent(), d.excellentCollectiveDutiesPercent(),
                        d.voteThresholds(), d.ratingFromBand(), null, money));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                          | multiple | base salary | amount
            # Exact: 1.0 × 2,340,000 is a multiple of 10,000 and stays (Art. 54: CSTĐCS 1.0×; rounding principle).
            CSTĐCS at 2,340,000 stays exact                  | 1.0      | 2340000     | 2340000
            # 0.3 × 2,340,000 = 702,000 → 710,000 (DOMAIN.md worked example; LĐTT 0.3×, Art. 54).
            LĐTT at 2,340,000: 702,000 rounds up to 710,000  | 0.3      | 2340000     | 710000
            # One dong over a multiple of 10,000 rounds up by a full step (rounding principle, boundary +1 đ).
            1,000,001 đ rounds up to 1,010,000               | 1.0      | 1000001     | 1010000
            # One dong under stays in the same step: 999,999 → 1,000,000.
            999,999 đ rounds up to 1,000,000                 | 1.0      | 999999      | 1000000
            # Tập thể lao động tiên tiến 0.8 × 2,340,000 = 1,872,000 → 1,880,000 (Art. 54).
            TTLĐTT at 2,340,000: 1,872,000 → 1,880,000       | 0.8      | 2340000     | 1880000
            # Tập thể lao động xuất sắc 1.5 × 2,340,000 = 3,510,000, exact (Art. 54).
            TTLĐXS at 2,340,000 stays 3,510,000              | 1.5      | 2340000     | 3510000
            # LĐTT at the 2023 base salary (Nghị định 24/2023/NĐ-CP): 0.3 × 1,800,000 = 540,000, exact.
            LĐTT at 1,800,000 stays 540,000                  | 0.3      | 1800000     | 540000
            # Giấy khen for a collective 0.6 × 2,340,000 = 1,404,000 → 1,410,000 (form default, verify article).
            Giấy khen, collective: 1,404,000 → 1,410,000     | 0.6      | 2340000     | 1410000
            """)
    void each_amount_is_the_multiple_times_the_base_salary_rounded_up_to_ten_thousand(String name, BigDecimal multiple,
                                                                                       long baseSalary, long amount) {
        assertThat(MoneyRules.amount(multiple, baseSalary)).isEqualTo(amount);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                                   | date       | title  | form    | individual | base    | total
            # Decision on the day BEFORE the change: 1,800,000 in force (Nghị định 24/2023/NĐ-CP), 0.3× = 540,000.
            LĐTT decided 30/06/2024, the day before the change        | 2024-06-30 | LDTT   |         | true       | 1800000 | 540000
            # Decision ON the day of the change: 2,340,000 in force (Nghị định 73/2024/NĐ-CP), 702,000 → 710,000.
            LĐTT decided 01/07/2024, the day of the change            | 2024-07-01 | LDTT   |         | true       | 2340000 | 710000
            # Title plus form in one decision: both amounts (money principles): 710,000 + Giấy khen 0.3× 710,000.
            LĐTT and a Giấy khen: both amounts                         | 2024-07-01 | LDTT   | GK_HT   | true       | 2340000 | 1420000
            # CSTĐCS 1.0× and a provincial Bằng khen 1.0× for a person: 2,340,000 + 2,340,000.
            CSTĐCS and a Bằng khen: both amounts                       | 2025-05-20 | CSTDCS | BK_UBND | true       | 2340000 | 4680000
            # A collective: TTLĐXS 1.5× (3,510,000) plus a Bằng khen for a collective 2.0× (4,680,000).
            TTLĐXS and a Bằng khen for the team: both amounts          | 2025-05-20 | TTLDXS | BK_UBND | false      | 2340000 | 8190000
            # A collective Giấy khen 0.6× at the old salary: 1,080,000, plus TTLĐTT 0.8 × 1,800,000 = 1,440,000.
            TTLĐTT and a Giấy khen before the change                   | 2024-06-30 | TTLDTT | GK_HT   | false      | 1800000 | 2520000
            """)
    void the_base_salary_of_the_decision_day_applies_and_a_title_with_a_form_pays_both(String name, LocalDate date, String title,
                                                                                      String form, boolean individual, long base,
                                                                                      long total) {
        Proposal p = new Proposal(1, "2023-2024", individual ? Proposal.Kind.INDIVIDUAL : Proposal.Kind.COLLECTIVE,
                individual ? 7L : null, individual ? null : "Tổ Toán - Tin", individual ? "Lò Thị Hoa" : "Tổ Toán - Tin", title, form);
        AwardMoney m = AwardMoney.of(CAMPAIGN, List.of(p), date, true);
        assertThat(m.baseSalary()).isEqualTo(base);
        assertThat(m.rows()).hasSize(form == null ? 1 : 2).allSatisfy(r -> assertThat(r.baseSalary()).isEqualTo(base));
        assertThat(m.total()).isEqualTo(total);
    }

    @Test
    void a_team_of_seven_with_four_advanced_workers_one_soldier_and_the_teams_title() {
        // 4 × LĐTT 710,000 + 1 × CSTĐCS 2,340,000 + TTLĐTT 1,880,000 = 7,060,000 (Art. 54, rounding principle).
        List<Proposal> proposals = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            proposals.add(new Proposal(i, "2023-2024", Proposal.Kind.INDIVIDUAL, (long) i, null, "Người " + i, "LDTT", null));
        }
        proposals.add(new Proposal(5, "2023-2024", Proposal.Kind.INDIVIDUAL, 5L, null, "Người 5", "CSTDCS", null));
        proposals.add(new Proposal(6, "2023-2024", Proposal.Kind.COLLECTIVE, null, "Tổ Toán - Tin", "Tổ Toán - Tin", "TTLDTT", null));
        AwardMoney m = AwardMoney.of(CAMPAIGN, proposals, LocalDate.of(2025, 5, 20), false);
        assertThat(m.rows()).extracting(AwardMoney.Row::amount)
                .containsExactly(710_000L, 710_000L, 710_000L, 710_000L, 2_340_000L, 1_880_000L);
        assertThat(m.lines()).extracting(AwardMoney.Line::subtotal).containsExactly(2_840_000L, 2_340_000L, 1_880_000L);
        assertThat(m.total()).isEqualTo(7_060_000L);
    }

    @Test
    void a_title_without_a_multiple_carries_no_money() {
        Campaign c = campaign(new MoneyRules(MoneyRules.defaults().baseSalaries(), Map.of("LDTT", new BigDecimal("0.3")), Map.of()));
        Proposal team = new Proposal(1, "2023-2024", Proposal.Kind.COLLECTIVE, null, "Tổ Văn phòng", "Tổ Văn phòng", "TTLDTT", "GK_HT");
        assertThat(AwardMoney.of(c, List.of(team), LocalDate.of(2025, 5, 20), false).total()).isZero();
    }
}
