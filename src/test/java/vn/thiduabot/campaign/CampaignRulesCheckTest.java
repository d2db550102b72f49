package vn.thiduabot.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The campaign file's dates checked at start-up, each at its boundary, and the title-rule keys of
 * the commendation section: read from the shipped file, and wrong values reported with file, line and key.
 */
class CampaignRulesCheckTest {

    @TempDir
    Path dir;

    static Stream<Arguments> dates() {
        return Stream.of(
                // The teams' registrations are summed up before the pledges go to the Department (seed plan: 15/09, 10/10).
                Arguments.of("registration on the Department's day", "2023-10-10", "2023-10-10", "2024-05-03", "2024-05-20", "2024-05-20", null),
                Arguments.of("registration one day after the Department's", "2023-10-11", "2023-10-10", "2024-05-03", "2024-05-20", "2024-05-20",
                        "deadlines.department-submission: is before registration"),
                // Self-assessment opens before it closes (one day at least).
                Arguments.of("self-assessment of one day", "2023-09-15", "2023-10-10", "2024-05-19", "2024-05-20", "2024-05-20", null),
                Arguments.of("self-assessment opening and closing the same day", "2023-09-15", "2023-10-10", "2024-05-20", "2024-05-20",
                        "2024-05-20", "deadlines.self-assessment-closes: must be after self-assessment-opens"),
                // Proposals rest on the finished self-assessments (the example file announced them on 05/05 while they ran to 20/05).
                Arguments.of("proposals on the day self-assessment closes", "2023-09-15", "2023-10-10", "2024-05-03", "2024-05-20", "2024-05-20", null),
                Arguments.of("proposals one day before self-assessment closes", "2023-09-15", "2023-10-10", "2024-05-03", "2024-05-20", "2024-05-19",
                        "timeline[1].date: is a proposals milestone before self-assessment-closes"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dates")
    void the_campaign_dates_are_checked_at_start_up(String example, String registration, String department, String opens, String closes,
                                                    String proposals, String problem) throws IOException {
        Path f = file(registration, department, opens, closes, proposals, "");
        if (problem == null) {
            assertThat(CampaignFile.read(f).deadlines().registration()).hasToString(registration);
        } else {
            assertThatThrownBy(() -> CampaignFile.read(f)).isInstanceOf(CampaignConfigException.class)
                    .satisfies(e -> assertThat(((CampaignConfigException) e).problems()).anySatisfy(p ->
                            assertThat(p).contains("campaign-2023-2024.yml line ").contains("campaign." + problem)));
        }
    }

    @Test
    void the_shipped_file_sets_the_rules_the_school_chose() {
        CommendationRules r = CampaignFile.read(Path.of("config/campaign-2026-2027.yml")).commendation();
        TitleRules t = r.titleRules();
        assertThat(t.advancedWorkerBlockingDiscipline()).isEqualTo(Discipline.REPRIMAND);
        assertThat(t.collectiveDiscipline("TTLDTT")).hasValue(Discipline.WARNING);
        assertThat(t.collectiveDiscipline("TTLDXS")).hasValue(Discipline.WARNING);
        assertThat(t.minServiceMonths()).isEqualTo(10);
        assertThat(t.voteRule("LDTT")).isEqualTo(new TitleRules.VoteRule(true, false));    // quá bán, over all members
        assertThat(t.voteRule("CSTDCS")).isEqualTo(TitleRules.VoteRule.DEFAULT);           // at least 75%, over all members
        assertThat(r.voteThreshold("LDTT")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("50"));
    }

    @Test
    void without_the_keys_the_2022_law_applies() throws IOException {
        TitleRules t = CampaignFile.read(file("2023-09-15", "2023-10-10", "2024-05-03", "2024-05-20", "2024-05-25", "")).commendation().titleRules();
        assertThat(t).isEqualTo(TitleRules.DEFAULT);
        assertThat(t.collectiveDiscipline("TTLDXS")).isEmpty();
    }

    @Test
    void require_targets_met_is_read_from_the_commendation_section() throws IOException {
        TitleRules on = CampaignFile.read(file("2023-09-15", "2023-10-10", "2024-05-03", "2024-05-20", "2024-05-25", """
                  commendation:
                    require-targets-met: true
                """)).commendation().titleRules();
        assertThat(on.requireTargetsMet()).isTrue();
        Path wrong = file("2023-09-15", "2023-10-10", "2024-05-03", "2024-05-20", "2024-05-25", """
                  commendation:
                    require-targets-met: sometimes
                """);
        assertThatThrownBy(() -> CampaignFile.read(wrong)).isInstanceOf(CampaignConfigException.class)
                .hasMessageContaining("commendation.require-targets-met: must be true or false");
    }

    @Test
    void wrong_title_rule_values_are_reported_with_file_line_and_key() throws IOException {
        Path f = file("2023-09-15", "2023-10-10", "2024-05-03", "2024-05-20", "2024-05-25", """
                  commendation:
                    advanced-worker-blocking-discipline: demotion
                    collective-discipline-clause:
                      LDTT: warning
                      TTLDXS: sometimes
                    vote-thresholds:
                      LDTT:
                        percent: 50
                        compare: over
                        of: present
                    min-service-months: 13
                """);
        assertThatThrownBy(() -> CampaignFile.read(f)).isInstanceOf(CampaignConfigException.class)
                .hasMessageContaining("commendation.advanced-worker-blocking-discipline: must be one of reprimand, warning, removal, dismissal")
                .hasMessageContaining("commendation.collective-discipline-clause.LDTT: names \"LDTT\", which is not a collective title")
                .hasMessageContaining("commendation.collective-discipline-clause.TTLDXS: must be one of")
                .hasMessageContaining("commendation.vote-thresholds.LDTT.compare: must be more-than or at-least")
                .hasMessageContaining("commendation.vote-thresholds.LDTT.of: must be all-members or members-except-candidate")
                .hasMessageContaining("commendation.min-service-months: must be a whole number of months from 0 to 12");
    }

    private Path file(String registration, String department, String opens, String closes, String proposals, String commendation)
            throws IOException {
        Path f = dir.resolve("campaign-2023-2024.yml");
        Files.writeString(f, """
                campaign:
                  school: Trường thử
                  school-year: 2023-2024
                  deadlines:
                    registration: %s
                    department-submission: %s
                    self-assessment-opens: %s
                    self-assessment-closes: %s
                  titles:
                    individual:
                      - code: LDTT
                        name: Lao động tiên tiến
                    collective:
                      - code: TTLDTT
                        name: Tập thể lao động tiên tiến
                      - code: TTLDXS
                        name: Tập thể lao động xuất sắc
                  score-sheet:
                    sections:
                      - code: I
                        name: Phẩm chất
                        max: 5
                        criteria:
                          - code: I.1
                            name: A
                            max: 5
                    bands:
                      - min: 0
                        code: C
                        name: Hoàn thành
                  timeline:
                    - date: %s
                      tag: proposals
                      title: Trình tặng danh hiệu
                """.formatted(registration, department, opens, closes, proposals) + commendation);
        return f;
    }
}
