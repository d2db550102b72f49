package vn.thiduabot.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.CommendationRules;
import vn.thiduabot.campaign.Discipline;
import vn.thiduabot.campaign.StaffRating;
import vn.thiduabot.campaign.TitleRules;
import vn.thiduabot.campaign.TitleRules.VoteRule;
import vn.thiduabot.chat.Texts;

/**
 * The title rules against worked examples, each at its exact boundary and each with its source:
 * the 2022 law (Luật Thi đua, khen thưởng 06/2022/QH15), DOMAIN.md's defaults, or the school's own
 * rules (quy chế) where the law leaves the number to the school.
 */
class RuleTableTest {

    static final TitleRules DEFAULT = TitleRules.DEFAULT;
    static final TitleRules SECTOR = new TitleRules(Discipline.REPRIMAND,
            Map.of("TTLDTT", Discipline.WARNING, "TTLDXS", Discipline.WARNING), Map.of(), 10);
    static final TitleRules WARNING_BLOCKS = new TitleRules(Discipline.WARNING, Map.of(), Map.of(), 0);

    /** A year's list: people with facts, proposals, teams and their completion levels. */
    static final class Year {
        final List<Proposal> proposals = new ArrayList<>();
        final Map<Long, PersonFacts> people = new HashMap<>();
        final Map<String, List<Long>> teams = new HashMap<>();
        final Map<String, StaffRating> completion = new HashMap<>();
        long next = 1;

        /** A confirmed HTTNV person, no discipline, started before the year, proposed for {@code title} (null: none). */
        Year person(String team, String title) {
            return person(team, title, f -> { });
        }

        Year people(int n, String team, String title) {
            for (int i = 0; i < n; i++) {
                person(team, title);
            }
            return this;
        }

        Year person(String team, String title, Consumer<Facts> edit) {
            long id = next++;
            Facts f = new Facts();
            edit.accept(f);
            people.put(id, new PersonFacts(id, "Người " + id, team, f.rating, f.source, f.discipline, f.initiative, f.initiativeDecision,
                    f.research, f.researchDecision, f.researchDate, f.start));
            teams.computeIfAbsent(team, t -> new ArrayList<>()).add(id);
            if (title != null) {
                proposals.add(new Proposal(100 + id, "2026-2027", Proposal.Kind.INDIVIDUAL, id, null, "Người " + id, title, null));
            }
            return this;
        }

        Year team(String team, String title, StaffRating level) {
            proposals.add(new Proposal(1000 + proposals.size(), "2026-2027", Proposal.Kind.COLLECTIVE, null, team, "Tổ " + team, title, null));
            if (level != null) {
                completion.put(team, level);
            }
            return this;
        }

        List<String> check(TitleRules rules) {
            return RuleCheck.check(campaign(rules), new RuleCheck.Input(proposals, people, teams, Map.of(), completion)).stream()
                    .map(Violation::key).toList();
        }
    }

    /** One person's facts, mutable for the table's one-liners. */
    static final class Facts {
        StaffRating rating = StaffRating.HTTNV;
        PersonFacts.RatingSource source = PersonFacts.RatingSource.SECRETARY;
        Discipline discipline = Discipline.NONE;
        String initiative;
        String initiativeDecision;
        String research;
        String researchDecision;
        LocalDate researchDate;
        LocalDate start;
    }

    static Campaign campaign(TitleRules rules) {
        Campaign c = RuleCheckTest.CAMPAIGN;
        CommendationRules r = c.commendation();
        return new Campaign(c.file(), c.schoolName(), "2026-2027", c.zone(), c.deadlines(), c.individualTitles(), c.collectiveTitles(),
                c.forms(), c.targets(), c.scoreSheet(), false, c.timeline(),
                new CommendationRules(r.baseSalary(), r.awardMultiples(), r.codes(), r.quotaPercent(), r.advancedCollectiveMoreThanPercent(),
                        r.excellentCollectiveMinPercent(), r.excellentCollectiveDutiesPercent(), Map.of(), r.ratingFromBand(), null, r.money(), rules));
    }

    static Arguments rule(String example, TitleRules rules, Year year, String... expected) {
        return Arguments.of(example, rules, year, List.of(expected));
    }

    static Stream<Arguments> examples() {
        return Stream.of(
                // --- LĐTT: the OFFICIAL rating (Luật 2022, Art. 24: "Hoàn thành tốt nhiệm vụ" or above) ---
                rule("HTTNV confirmed by the secretary: LĐTT", DEFAULT, new Year().person("A", "LDTT")),
                rule("HTTNV only suggested from the score band: not yet", DEFAULT,
                        new Year().person("A", "LDTT", f -> f.source = PersonFacts.RatingSource.SCORE), "commendation.rule.rating-unconfirmed"),
                rule("HTNV confirmed: one level short", DEFAULT,
                        new Year().person("A", "LDTT", f -> f.rating = StaffRating.HTNV), "commendation.rule.rating-too-low"),
                // --- individual discipline (Luật 2022, Art. 24; the level is the school's: default khiển trách) ---
                rule("default: no discipline passes", DEFAULT, new Year().person("A", "LDTT", f -> f.discipline = Discipline.NONE)),
                rule("default: khiển trách blocks LĐTT", DEFAULT,
                        new Year().person("A", "LDTT", f -> f.discipline = Discipline.REPRIMAND), "commendation.rule.person-discipline"),
                rule("level cảnh cáo: khiển trách passes", WARNING_BLOCKS,
                        new Year().person("A", "LDTT", f -> f.discipline = Discipline.REPRIMAND)),
                rule("level cảnh cáo: cảnh cáo blocks", WARNING_BLOCKS,
                        new Year().person("A", "LDTT", f -> f.discipline = Discipline.WARNING), "commendation.rule.person-discipline"),
                rule("khiển trách blocks CSTĐCS too, through LĐTT", DEFAULT, new Year().people(19, "A", "LDTT")
                        .person("A", "CSTDCS", f -> {
                            f.rating = StaffRating.HTXSNV;
                            f.discipline = Discipline.REPRIMAND;
                        }), "commendation.rule.person-discipline"),
                // --- minimum service in the year (school rules / sector guidance; 10 months in the example file) ---
                rule("started 01/11/2026: 10 months, enough", SECTOR, new Year().person("A", "LDTT", f -> f.start = LocalDate.of(2026, 11, 1))),
                rule("started 02/11/2026: 9 whole months, too short", SECTOR,
                        new Year().person("A", "LDTT", f -> f.start = LocalDate.of(2026, 11, 2)), "commendation.rule.service-too-short"),
                rule("no start date: working before the year", SECTOR, new Year().person("A", "LDTT")),
                rule("minimum 0 (default): a newcomer of March is not checked", DEFAULT,
                        new Year().person("A", "LDTT", f -> f.start = LocalDate.of(2027, 3, 1))),
                // --- CSTĐCS (Luật 2022, Art. 23): LĐTT plus excellent rating, recognised initiative or accepted research ---
                rule("research with its acceptance decision (number and date)", DEFAULT, new Year().people(19, "A", "LDTT")
                        .person("A", "CSTDCS", f -> {
                            f.research = "Dạy tiếng Việt cho học sinh dân tộc Thái";
                            f.researchDecision = "12/QĐ-SGDĐT";
                            f.researchDate = LocalDate.of(2027, 4, 2);
                        })),
                rule("research with a number but no date: not counted", DEFAULT, new Year().people(19, "A", "LDTT")
                        .person("A", "CSTDCS", f -> {
                            f.research = "Đề tài";
                            f.researchDecision = "12/QĐ-SGDĐT";
                        }), "commendation.rule.research-unaccepted"),
                rule("initiative without its recognition decision: not counted", DEFAULT, new Year().people(19, "A", "LDTT")
                        .person("A", "CSTDCS", f -> f.initiative = "Sổ tay nội trú"), "commendation.rule.initiative-unrecognised"),
                rule("excellent rating only suggested: not counted", DEFAULT, new Year().people(19, "A", "LDTT")
                        .person("A", "CSTDCS", f -> {
                            f.rating = StaffRating.HTXSNV;
                            f.source = PersonFacts.RatingSource.SCORE;
                        }), "commendation.rule.rating-unconfirmed", "commendation.rule.soldier-no-achievement"),
                // --- the CSTĐCS quota: 15% of those reaching LĐTT, rounded down (the campaign file's number) ---
                rule("3 CSTĐCS of 20 reaching LĐTT = exactly 15%", DEFAULT,
                        new Year().people(17, "A", "LDTT").person("A", "CSTDCS", f -> f.rating = StaffRating.HTXSNV)
                                .person("A", "CSTDCS", f -> f.rating = StaffRating.HTXSNV).person("A", "CSTDCS", f -> f.rating = StaffRating.HTXSNV)),
                rule("4 of 20 = 20%: over", DEFAULT,
                        new Year().people(16, "A", "LDTT").person("A", "CSTDCS", f -> f.rating = StaffRating.HTXSNV)
                                .person("A", "CSTDCS", f -> f.rating = StaffRating.HTXSNV).person("A", "CSTDCS", f -> f.rating = StaffRating.HTXSNV)
                                .person("A", "CSTDCS", f -> f.rating = StaffRating.HTXSNV), "commendation.rule.quota"),
                rule("15% of 7 = 1.05: 1 allowed", DEFAULT,
                        new Year().people(6, "A", "LDTT").person("A", "CSTDCS", f -> f.rating = StaffRating.HTXSNV)),
                rule("15% of 7 rounded down: 2 is over", DEFAULT,
                        new Year().people(5, "A", "LDTT").person("A", "CSTDCS", f -> f.rating = StaffRating.HTXSNV)
                                .person("A", "CSTDCS", f -> f.rating = StaffRating.HTXSNV), "commendation.rule.quota"),
                // --- Tập thể LĐTT (Luật 2022, Art. 27): completes tasks well, MORE than 50% of members LĐTT ---
                rule("2 of 4 LĐTT = exactly 50%: not more than half", DEFAULT,
                        new Year().people(2, "T", "LDTT").people(2, "T", null).team("T", "TTLDTT", StaffRating.HTTNV),
                        "commendation.rule.collective-more-than"),
                rule("3 of 5 = 60%: more than half", DEFAULT,
                        new Year().people(3, "T", "LDTT").people(2, "T", null).team("T", "TTLDTT", StaffRating.HTTNV)),
                rule("team completing only HTNV: not TTLĐTT", DEFAULT,
                        new Year().people(3, "T", "LDTT").team("T", "TTLDTT", StaffRating.HTNV), "commendation.rule.team-completion-low"),
                rule("team level not recorded by the principal", DEFAULT,
                        new Year().people(3, "T", "LDTT").team("T", "TTLDTT", null), "commendation.rule.team-completion-missing"),
                // --- Tập thể LĐXS (Luật 2022, Art. 28): excellently, all complete duties, AT LEAST 70% LĐTT, one CSTĐCS ---
                rule("7 of 10 = exactly 70%: enough", DEFAULT, new Year().people(6, "X", "LDTT")
                        .person("X", "CSTDCS", f -> f.rating = StaffRating.HTXSNV)
                        .person("X", null, f -> f.rating = StaffRating.HTNV).person("X", null, f -> f.rating = StaffRating.HTNV)
                        .person("X", null, f -> f.rating = StaffRating.HTNV).team("X", "TTLDXS", StaffRating.HTXSNV)),
                rule("one member's duties rating only suggested: not yet 100% (official ratings count)", DEFAULT, new Year().people(6, "X", "LDTT")
                        .person("X", "CSTDCS", f -> f.rating = StaffRating.HTXSNV)
                        .person("X", null, f -> {
                            f.rating = StaffRating.HTNV;
                            f.source = PersonFacts.RatingSource.SCORE;
                        }).team("X", "TTLDXS", StaffRating.HTXSNV), "commendation.rule.collective-duties"),
                rule("team completing well, not excellently: not TTLĐXS", DEFAULT, new Year().people(6, "X", "LDTT")
                        .person("X", "CSTDCS", f -> f.rating = StaffRating.HTXSNV).team("X", "TTLDXS", StaffRating.HTTNV),
                        "commendation.rule.team-completion-low"),
                // --- the collective discipline clause: a per-title switch (not in the 2022 law; many sector rules) ---
                rule("no clause (2022 law): a member's cảnh cáo does not block TTLĐXS", DEFAULT, new Year().people(6, "X", "LDTT")
                        .person("X", "CSTDCS", f -> f.rating = StaffRating.HTXSNV)
                        .person("X", null, f -> f.discipline = Discipline.WARNING).team("X", "TTLDXS", StaffRating.HTXSNV)),
                rule("clause at cảnh cáo: cảnh cáo blocks", SECTOR, new Year().people(6, "X", "LDTT")
                        .person("X", "CSTDCS", f -> f.rating = StaffRating.HTXSNV)
                        .person("X", null, f -> f.discipline = Discipline.WARNING).team("X", "TTLDXS", StaffRating.HTXSNV),
                        "commendation.rule.collective-discipline"),
                rule("clause at cảnh cáo: khiển trách does not", SECTOR, new Year().people(6, "X", "LDTT")
                        .person("X", "CSTDCS", f -> f.rating = StaffRating.HTXSNV)
                        .person("X", null, f -> f.discipline = Discipline.REPRIMAND).team("X", "TTLDXS", StaffRating.HTXSNV)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void the_rules_on_worked_examples(String example, TitleRules rules, Year year, List<String> expected) {
        assertThat(year.check(rules)).as(example).containsExactlyElementsOf(expected);
    }

    // --- the council's vote: "more than" or "at least", over all members or all but the candidate (the school's quy chế) ---

    static Stream<Arguments> votes() {
        VoteRule atLeast = VoteRule.DEFAULT;
        VoteRule moreThan = new VoteRule(true, false);
        VoteRule exceptCandidate = new VoteRule(false, true);
        return Stream.of(
                Arguments.of("quá bán: 5 of 10 = exactly 50% is not more than half", moreThan, 5, 10, false, "50", false),
                Arguments.of("quá bán: 6 of 10 passes", moreThan, 6, 10, false, "50", true),
                Arguments.of("at least 50%: 5 of 10 passes", atLeast, 5, 10, false, "50", true),
                Arguments.of("at least 50%: 4 of 10 fails", atLeast, 4, 10, false, "50", false),
                Arguments.of("at least 75% over all 5 members: 3 of 5 = 60% fails", atLeast, 3, 5, true, "75", false),
                Arguments.of("at least 75% over the 4 non-candidates: 3 of 4 passes", exceptCandidate, 3, 5, true, "75", true),
                Arguments.of("candidate not on the council: all 5 count", exceptCandidate, 3, 5, false, "75", false),
                Arguments.of("at least 70%: 7 of 10 passes", atLeast, 7, 10, false, "70", true),
                Arguments.of("at least 90% of 11: 9 of 11 = 81.8% fails", atLeast, 9, 11, false, "90", false),
                Arguments.of("at least 90% of 11: 10 of 11 = 90.9% passes", atLeast, 10, 11, false, "90", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("votes")
    void the_council_vote(String example, VoteRule rule, int yes, int members, boolean candidateIsMember, String threshold, boolean passes) {
        assertThat(rule.passes(yes, members, candidateIsMember, new BigDecimal(threshold))).as(example).isEqualTo(passes);
    }

    @Test
    void a_failed_quá_bán_vote_reads_as_a_plain_sentence() {
        Violation v = Violation.of(1L, "commendation.rule.collective-at-least", "Tổ Toán", 3, 7, new Share(3, 7),
                new Violation.Threshold(new BigDecimal("70")));
        assertThat(v.render(Texts.VIETNAMESE)).containsExactly("Tổ Toán", "3", "7", "43%", "70");
    }

    @Test
    void service_months_count_whole_months_of_the_school_year() {
        assertThat(PersonRules.serviceMonths("2026-2027", LocalDate.of(2025, 1, 1))).isEqualTo(12);
        assertThat(PersonRules.serviceMonths("2026-2027", LocalDate.of(2026, 9, 1))).isEqualTo(12);
        assertThat(PersonRules.serviceMonths("2026-2027", LocalDate.of(2026, 11, 1))).isEqualTo(10);
        assertThat(PersonRules.serviceMonths("2026-2027", LocalDate.of(2026, 11, 2))).isEqualTo(9);
        assertThat(PersonRules.serviceMonths("2026-2027", LocalDate.of(2027, 9, 1))).isZero();
    }

    @Test
    void an_old_salary_demotion_is_read_as_a_warning_and_still_blocks() {
        assertThat(Discipline.fromStored("DEMOTION")).isEqualTo(Discipline.WARNING);
        assertThat(Discipline.fromStored("NONE")).isEqualTo(Discipline.NONE);
        assertThat(Discipline.fromStored(null)).isEqualTo(Discipline.NONE);
        assertThat(Discipline.values()).extracting(Discipline::name)
                .containsExactly("NONE", "REPRIMAND", "WARNING", "REMOVAL", "DISMISSAL");
    }
}
