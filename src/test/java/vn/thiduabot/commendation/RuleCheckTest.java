package vn.thiduabot.commendation;

import vn.thiduabot.campaign.Discipline;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.CommendationRules;
import vn.thiduabot.campaign.ScoreSheet;
import vn.thiduabot.campaign.StaffRating;
import vn.thiduabot.campaign.TitleRules;
import vn.thiduabot.chat.Texts;

/** Every rule at its boundaries: exactly 15%, exactly 70%, more than 50%, a team of one, rounding. */
class RuleCheckTest {

    static final Campaign CAMPAIGN = new Campaign("test.yml", "Trường mẫu", "2023-2024", ZoneId.of("Asia/Ho_Chi_Minh"), null,
            List.of(new Campaign.Title("LDTT", "Lao động tiên tiến", "", List.of(), false),
                    new Campaign.Title("CSTDCS", "Chiến sĩ thi đua cơ sở", "", List.of("LDTT"), false)),
            List.of(new Campaign.Title("TTLDTT", "Tập thể lao động tiên tiến", "", List.of(), true),
                    new Campaign.Title("TTLDXS", "Tập thể lao động xuất sắc", "", List.of(), true)),
            List.of(), List.of(), new ScoreSheet(List.of(), List.of(), BigDecimal.ZERO, List.of(), List.of()), false, List.of(),
            new CommendationRules(2_340_000L, CommendationRules.defaults().awardMultiples(), CommendationRules.TitleCodes.DEFAULT,
                    new BigDecimal("15"), new BigDecimal("50"), new BigDecimal("70"), new BigDecimal("100"), Map.of(),
                    CommendationRules.defaults().ratingFromBand(), null, CommendationRules.defaults().money(),
                    // the sector rules' clause on both collective titles: no member disciplined at warning or above
                    new TitleRules(Discipline.REPRIMAND, Map.of("TTLDTT", Discipline.WARNING, "TTLDXS", Discipline.WARNING), Map.of(), 0)));

    /** A list being built: people with facts, proposals, teams. */
    static final class ListBuilder {
        final List<Proposal> proposals = new ArrayList<>();
        final Map<Long, PersonFacts> people = new HashMap<>();
        final Map<String, List<Long>> teams = new HashMap<>();
        final Map<Long, RuleCheck.VoteResult> votes = new HashMap<>();
        long nextId = 1;

        long person(String team, StaffRating rating, String title) {
            return person(team, rating, title, Discipline.NONE, null, null, null);
        }

        long person(String team, StaffRating rating, String title, Discipline d, String initiative, String decision, String research) {
            long id = nextId++;
            // research given here is accepted (decision number and date); RuleTableTest covers research without them
            people.put(id, new PersonFacts(id, "Người " + id, team, rating, PersonFacts.RatingSource.SECRETARY, d, initiative, decision,
                    research, research == null ? null : "12/QĐ-SGDĐT", research == null ? null : java.time.LocalDate.of(2024, 4, 2), null));
            teams.computeIfAbsent(team, t -> new ArrayList<>()).add(id);
            if (title != null) {
                proposals.add(new Proposal(100 + id, "2023-2024", Proposal.Kind.INDIVIDUAL, id, null, "Người " + id, title, null));
            }
            return id;
        }

        long team(String team, String title) {
            long id = 1000 + proposals.size();
            proposals.add(new Proposal(id, "2023-2024", Proposal.Kind.COLLECTIVE, null, team, "Tổ " + team, title, null));
            return id;
        }

        List<Violation> check() {
            return check(CAMPAIGN);
        }

        List<Violation> check(Campaign c) {
            // every team here was rated "completes its duties excellently" by the principal; RuleTableTest covers the levels
            Map<String, StaffRating> completion = new HashMap<>();
            proposals.stream().filter(p -> !p.individual()).forEach(p -> completion.put(p.teamName(), StaffRating.HTXSNV));
            return RuleCheck.check(c, new RuleCheck.Input(proposals, people, teams, votes, completion));
        }
    }

    static List<String> keys(List<Violation> v) {
        return v.stream().map(Violation::key).toList();
    }

    // --- individual prerequisites ------------------------------------------------------------------

    @Test
    void ldtt_needs_a_rating_of_good_or_above() {
        ListBuilder l = new ListBuilder();
        l.person("A", StaffRating.HTTNV, "LDTT");
        l.person("A", StaffRating.HTXSNV, "LDTT");
        assertThat(l.check()).isEmpty();
        l.person("A", StaffRating.HTNV, "LDTT");
        l.person("A", null, "LDTT");
        assertThat(keys(l.check())).containsExactly("commendation.rule.rating-too-low", "commendation.rule.no-rating");
    }

    @Test
    void cstdcs_needs_ldtt_plus_one_of_excellent_initiative_or_research() {
        ListBuilder l = new ListBuilder();
        for (int i = 0; i < 20; i++) {
            l.person("A", StaffRating.HTTNV, "LDTT");
        }
        l.person("A", StaffRating.HTXSNV, "CSTDCS");
        l.person("A", StaffRating.HTTNV, "CSTDCS", Discipline.NONE, "Dạy học STEM", "45/QĐ-PTDTNT", null);
        assertThat(l.check()).isEmpty();
        l.person("A", StaffRating.HTTNV, "CSTDCS", Discipline.NONE, null, null, "Đề tài tiếng Thái");
        assertThat(l.check()).isEmpty();  // 3 of 23 reaching LĐTT: max 3
        ListBuilder m = new ListBuilder();
        for (int i = 0; i < 20; i++) {
            m.person("A", StaffRating.HTTNV, "LDTT");
        }
        m.person("A", StaffRating.HTTNV, "CSTDCS", Discipline.NONE, "Sổ tay nội trú", null, null);
        m.person("A", StaffRating.HTTNV, "CSTDCS");
        m.person("A", StaffRating.HTNV, "CSTDCS", Discipline.NONE, null, null, "Đề tài");
        assertThat(keys(m.check())).containsExactly("commendation.rule.initiative-unrecognised",
                "commendation.rule.soldier-no-achievement", "commendation.rule.rating-too-low");
    }

    // --- quota -------------------------------------------------------------------------------------

    @Test
    void exactly_15_percent_is_allowed() {
        ListBuilder l = new ListBuilder();
        for (int i = 0; i < 17; i++) {
            l.person("A", StaffRating.HTTNV, "LDTT");
        }
        for (int i = 0; i < 3; i++) {
            l.person("A", StaffRating.HTXSNV, "CSTDCS");
        }
        assertThat(l.check()).isEmpty();  // 3 of 20 = 15%
        l.person("A", StaffRating.HTXSNV, "CSTDCS");
        List<Violation> v = l.check();    // 4 of 21: 15% of 21 = 3.15, so 3
        assertThat(keys(v)).containsExactly("commendation.rule.quota");
        assertThat(v.get(0).render(Texts.VIETNAMESE)).containsExactly("4", "15", "21", "3", "Chiến sĩ thi đua cơ sở", "Lao động tiên tiến");
    }

    @Test
    void fifteen_percent_of_seven_is_one_rounded_down() {
        ListBuilder l = new ListBuilder();
        for (int i = 0; i < 6; i++) {
            l.person("A", StaffRating.HTTNV, "LDTT");
        }
        l.person("A", StaffRating.HTXSNV, "CSTDCS");
        assertThat(l.check()).isEmpty();   // 1 of 7: 1.05 → 1
        ListBuilder six = new ListBuilder();
        for (int i = 0; i < 5; i++) {
            six.person("A", StaffRating.HTTNV, "LDTT");
        }
        six.person("A", StaffRating.HTXSNV, "CSTDCS");
        assertThat(keys(six.check())).containsExactly("commendation.rule.quota");  // 1 of 6: 0.9 → 0
    }

    // --- collectives -------------------------------------------------------------------------------

    @Test
    void advanced_collective_needs_strictly_more_than_half() {
        ListBuilder l = new ListBuilder();
        l.person("Toán", StaffRating.HTTNV, "LDTT");
        l.person("Toán", StaffRating.HTTNV, "LDTT");
        l.person("Toán", StaffRating.HTNV, null);
        l.person("Toán", StaffRating.HTNV, null);
        l.team("Toán", "TTLDTT");
        List<Violation> v = l.check();  // 2 of 4 = exactly 50%: not more than half
        assertThat(keys(v)).containsExactly("commendation.rule.collective-more-than");
        assertThat(v.get(0).render(Texts.VIETNAMESE)).containsExactly("Tổ Toán", "2", "4", "50%", "50");
        l.person("Toán", StaffRating.HTTNV, "LDTT");
        assertThat(l.check()).isEmpty();  // 3 of 5 = 60%
    }

    @Test
    void excellent_collective_at_exactly_70_percent_passes_and_57_percent_is_shown_rounded() {
        ListBuilder l = new ListBuilder();
        for (int i = 0; i < 6; i++) {
            l.person("Toán - Tin", StaffRating.HTTNV, "LDTT");
        }
        l.person("Toán - Tin", StaffRating.HTXSNV, "CSTDCS");
        for (int i = 0; i < 3; i++) {
            l.person("Toán - Tin", StaffRating.HTNV, null);
        }
        l.team("Toán - Tin", "TTLDXS");
        assertThat(l.check()).isEmpty();  // 7 of 10 = 70%, all complete their duties, one CSTĐCS

        ListBuilder s = new ListBuilder();
        for (int i = 0; i < 3; i++) {
            s.person("Toán - Tin", StaffRating.HTTNV, "LDTT");
        }
        s.person("Toán - Tin", StaffRating.HTXSNV, "CSTDCS");
        for (int i = 0; i < 3; i++) {
            s.person("Toán - Tin", StaffRating.HTNV, null);
        }
        s.team("Toán - Tin", "TTLDXS");
        // the school's quota (15% of 4 = 0) is a list-level violation, not the team's
        List<Violation> v = s.check().stream().filter(x -> x.proposalId() != null).toList();
        assertThat(keys(v)).containsExactly("commendation.rule.collective-at-least");
        assertThat(v.get(0).render(Texts.VIETNAMESE)).containsExactly("Tổ Toán - Tin", "4", "7", "57%", "70");
    }

    @Test
    void a_share_just_under_the_threshold_is_not_rounded_up_to_it() {
        Share s = new Share(16, 23);  // 69.565%
        assertThat(s.atLeast(new BigDecimal("70"))).isFalse();
        assertThat(s.format(Texts.VIETNAMESE, new BigDecimal("70"))).isEqualTo("69,6%");
        assertThat(s.format(Texts.ENGLISH, new BigDecimal("70"))).isEqualTo("69.6%");
        assertThat(s.format(Texts.VIETNAMESE)).isEqualTo("70%");
        assertThat(new Share(2, 3).format(Texts.VIETNAMESE, new BigDecimal("75"))).isEqualTo("67%");
    }

    @Test
    void excellent_collective_needs_every_member_completing_duties_a_cstdcs_and_no_warning() {
        ListBuilder l = new ListBuilder();
        for (int i = 0; i < 8; i++) {
            l.person("Văn", StaffRating.HTTNV, "LDTT");
        }
        l.person("Văn", StaffRating.KHTNV, null, Discipline.WARNING, null, null, null);
        l.team("Văn", "TTLDXS");
        List<Violation> v = l.check();
        assertThat(keys(v)).containsExactly("commendation.rule.collective-duties", "commendation.rule.collective-no-soldier",
                "commendation.rule.collective-discipline");
        assertThat(v.get(0).render(Texts.VIETNAMESE)).containsExactly("Tổ Văn", "8", "9", "89%", "100");
        assertThat(v.get(2).render(Texts.VIETNAMESE)).containsExactly("Tổ Văn", "Người 9", "commendation.discipline.warning");
    }

    @Test
    void a_reprimand_does_not_bar_a_collective_but_a_warning_does() {
        ListBuilder l = new ListBuilder();
        l.person("Anh", StaffRating.HTTNV, null, Discipline.REPRIMAND, null, null, null);
        l.person("Anh", StaffRating.HTTNV, "LDTT");
        l.person("Anh", StaffRating.HTTNV, "LDTT");
        l.team("Anh", "TTLDTT");
        assertThat(l.check()).isEmpty();  // 2 of 3 LĐTT; a reprimand is below the clause's warning
        l.person("Anh", StaffRating.HTTNV, null, Discipline.REMOVAL, null, null, null);
        l.person("Anh", StaffRating.HTTNV, "LDTT");
        assertThat(keys(l.check())).containsExactly("commendation.rule.collective-discipline");
    }

    @Test
    void a_team_of_one() {
        ListBuilder l = new ListBuilder();
        l.person("Thư viện", StaffRating.HTXSNV, "CSTDCS");
        l.team("Thư viện", "TTLDXS");
        // 1 of 1 LĐTT (100%), completes duties, is a CSTĐCS; but the quota: 15% of 1 = 0
        assertThat(keys(l.check())).containsExactly("commendation.rule.quota");
        ListBuilder alone = new ListBuilder();
        alone.person("Bảo vệ", StaffRating.HTNV, null);
        alone.team("Bảo vệ", "TTLDTT");
        assertThat(keys(alone.check())).containsExactly("commendation.rule.collective-more-than");
        ListBuilder good = new ListBuilder();
        good.person("Bảo vệ", StaffRating.HTTNV, "LDTT");
        good.team("Bảo vệ", "TTLDTT");
        assertThat(good.check()).isEmpty();
    }

    @Test
    void a_team_with_no_active_member_cannot_be_proposed() {
        ListBuilder l = new ListBuilder();
        l.team("Ma", "TTLDTT");
        assertThat(keys(l.check())).containsExactly("commendation.rule.team-empty");
    }

    // --- votes -------------------------------------------------------------------------------------

    @Test
    void a_title_that_needs_a_vote_needs_a_passed_vote_for_that_title() {
        Campaign voted = withThresholds(Map.of("CSTDCS", new BigDecimal("75")));
        ListBuilder l = new ListBuilder();
        for (int i = 0; i < 20; i++) {
            l.person("A", StaffRating.HTTNV, "LDTT");
        }
        long a = l.person("A", StaffRating.HTXSNV, "CSTDCS");
        long b = l.person("A", StaffRating.HTXSNV, "CSTDCS");
        long c = l.person("A", StaffRating.HTXSNV, "CSTDCS");
        l.votes.put(100 + a, new RuleCheck.VoteResult("CSTDCS", 8, 11, new BigDecimal("75"), false));
        l.votes.put(100 + b, new RuleCheck.VoteResult("LDTT", 11, 11, new BigDecimal("50"), true));   // voted on another title
        l.votes.put(100 + c, new RuleCheck.VoteResult("CSTDCS", 9, 11, new BigDecimal("75"), true));
        List<Violation> v = l.check(voted);
        assertThat(keys(v)).containsExactly("commendation.rule.vote-failed", "commendation.rule.vote-missing");
        assertThat(v.get(0).render(Texts.VIETNAMESE)).containsExactly("Người " + a, "Chiến sĩ thi đua cơ sở", "8", "11", "73%", "75");
    }

    @Test
    void award_money_is_multiple_times_base_salary_times_count() {
        ListBuilder l = new ListBuilder();
        for (int i = 0; i < 20; i++) {
            l.person("A", StaffRating.HTTNV, "LDTT");
        }
        l.person("A", StaffRating.HTXSNV, "CSTDCS");
        l.team("A", "TTLDXS");
        l.team("B", "TTLDTT");
        AwardMoney m = AwardMoney.of(CAMPAIGN, l.proposals);
        assertThat(m.lines()).extracting(AwardMoney.Line::titleCode).containsExactly("LDTT", "CSTDCS", "TTLDTT", "TTLDXS");
        assertThat(m.lines().get(0).subtotal()).isEqualTo(20 * 710_000L);   // 702,000 rounded up to 10,000 (AwardMoneyTest)
        assertThat(m.total()).isEqualTo(20 * 710_000L + 2_340_000L + 1_880_000L + 3_510_000L);
        assertThat(Money.digits(m.total(), Texts.VIETNAMESE)).isEqualTo("21.930.000");
        assertThat(Money.digits(m.total(), Texts.ENGLISH)).isEqualTo("21,930,000");
        assertThat(Money.digits(702_000, Texts.VIETNAMESE)).isEqualTo("702.000");
    }

    private static Campaign withThresholds(Map<String, BigDecimal> thresholds) {
        Campaign c = CAMPAIGN;
        CommendationRules r = c.commendation();
        return new Campaign(c.file(), c.schoolName(), c.schoolYear(), c.zone(), c.deadlines(), c.individualTitles(),
                c.collectiveTitles(), c.forms(), c.targets(), c.scoreSheet(), false, c.timeline(),
                new CommendationRules(r.baseSalary(), r.awardMultiples(), r.codes(), r.quotaPercent(),
                        r.advancedCollectiveMoreThanPercent(), r.excellentCollectiveMinPercent(),
                        r.excellentCollectiveDutiesPercent(), thresholds, r.ratingFromBand(), null, r.money(), r.titleRules()));
    }
}
