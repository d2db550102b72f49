package vn.thiduabot.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The campaign's team targets (registration.team-targets): the same fields and kinds as the individual targets,
 * checked the same way at start-up, each problem named with file, line and key; a file without them keeps working.
 */
class TeamTargetsCampaignFileTest {

    @TempDir
    Path dir;

    @Test
    void the_demo_school_year_lists_team_targets_of_the_individual_kinds() {
        Campaign c = CampaignFile.read(Path.of("config/campaign-2026-2027.yml"));
        assertThat(c.teamTargets()).extracting(Campaign.Target::code)
                .containsExactly("team-pass-rate", "team-good-students", "team-lessons", "team-ethics");
        assertThat(c.teamTarget("team-pass-rate").orElseThrow().type()).isEqualTo(Campaign.TargetType.PERCENT);
        assertThat(c.teamTarget("team-good-students").orElseThrow().required()).isFalse();
        assertThat(c.teamTarget("team-ethics").orElseThrow().type()).isEqualTo(Campaign.TargetType.YES_NO);
        assertThat(c.teamTarget("pass-rate")).as("an individual target is not a team target").isEmpty();
    }

    @Test
    void a_file_without_team_targets_reads_as_before() throws IOException {
        Path f = dir.resolve("campaign-2023-2024.yml");
        Files.writeString(f, minimal(""));
        Campaign c = CampaignFile.read(f);
        assertThat(c.teamTargets()).isEmpty();
        assertThat(c.targets()).extracting(Campaign.Target::code).containsExactly("pass-rate");
    }

    @Test
    void a_malformed_team_target_is_reported_with_file_line_and_key() throws IOException {
        Path f = dir.resolve("campaign-2023-2024.yml");
        Files.writeString(f, minimal("""
                  registration:
                    team-targets:
                      - code: team-rate
                        name: Tỉ lệ của tổ
                        type: ratio
                      - code: team-rate
                        type: number
                      - code: "tổ có dấu"
                        name: Chỉ tiêu
                """));
        String file = f.toString().replace('\\', '/');
        assertThatThrownBy(() -> CampaignFile.read(f))
                .isInstanceOf(CampaignConfigException.class)
                .satisfies(e -> assertThat(((CampaignConfigException) e).problems()).containsExactlyInAnyOrder(
                        file + " line 38, campaign.registration.team-targets[1].type: must be one of number, percent, text, yes-no, not \"ratio\"",
                        file + " line 39, campaign.registration.team-targets[2].code: \"team-rate\" is used twice",
                        // a missing key has no line of its own: its item is named instead
                        file + ", campaign.registration.team-targets[2].name: is required",
                        file + " line 41, campaign.registration.team-targets[3].code: must be 1 to 20 letters, digits, '.', '_' or '-'"
                                + " (it is used inside button data)"));
    }

    /** The smallest valid file (one title of each kind, one criterion, one band, one individual target), then {@code more}. */
    private static String minimal(String more) {
        return """
                campaign:
                  school: Trường thử
                  school-year: 2023-2024
                  deadlines:
                    registration: 2023-09-15
                    department-submission: 2023-10-10
                    self-assessment-opens: 2024-05-01
                    self-assessment-closes: 2024-05-20
                  titles:
                    individual:
                      - code: LDTT
                        name: Lao động tiên tiến
                    collective:
                      - code: TTLDTT
                        name: Tập thể lao động tiên tiến
                  targets:
                    - code: pass-rate
                      name: Tỉ lệ đạt yêu cầu (%)
                      type: percent
                      required: true
                  score-sheet:
                    sections:
                      - code: I
                        name: Phẩm chất
                        max: 10
                        criteria:
                          - code: I.1
                            name: A
                            max: 10
                    bands:
                      - min: 0
                        code: D
                        name: Chưa hoàn thành
                """ + more;
    }
}
