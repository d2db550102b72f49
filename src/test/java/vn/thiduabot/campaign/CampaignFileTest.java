package vn.thiduabot.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignFileTest {

    @TempDir
    Path dir;

    @Test
    void the_demo_school_year_is_a_realistic_100_point_sheet() {
        Campaign c = CampaignFile.read(Path.of("config/campaign-2026-2027.yml"));
        assertThat(c.schoolYear()).isEqualTo("2026-2027");
        assertThat(c.scoreSheet().maxTotal()).isEqualByComparingTo("100");
        assertThat(c.scoreSheet().sections()).hasSize(5);
        assertThat(c.scoreSheet().criteria()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(c.scoreSheet().bonusCap()).isEqualByComparingTo("10");
        assertThat(c.individualTitle("CSTDCS").orElseThrow().requires()).containsExactly("LDTT");
        assertThat(c.deadlines().registration()).hasToString("2026-09-15");
        assertThat(c.targets()).extracting(Campaign.Target::type).contains(Campaign.TargetType.PERCENT, Campaign.TargetType.YES_NO);
    }

    @Test
    void total_adds_sections_and_capped_bonus_minus_penalties_and_maps_to_a_band() {
        ScoreSheet sheet = CampaignFile.read(Path.of("config/campaign-2026-2027.yml")).scoreSheet();
        Map<String, BigDecimal> scores = new java.util.HashMap<>();
        sheet.criteria().forEach(cr -> scores.put(cr.code(), cr.max()));        // 100
        scores.put("B1", new BigDecimal("5"));
        scores.put("B2", new BigDecimal("5"));
        scores.put("B3", new BigDecimal("5"));                                   // bonus 15, capped at 10
        scores.put("P1", new BigDecimal("1.5"));
        assertThat(sheet.total(scores)).isEqualByComparingTo("108.5");
        assertThat(sheet.bandFor(sheet.total(scores)).code()).isEqualTo("A");
        assertThat(sheet.bandFor(new BigDecimal("89.9")).code()).isEqualTo("B");
        assertThat(sheet.bandFor(new BigDecimal("75")).code()).isEqualTo("B");
        assertThat(sheet.bandFor(new BigDecimal("49.5")).code()).isEqualTo("D");
        assertThat(sheet.total(Map.of("P2", new BigDecimal("9")))).isEqualByComparingTo("0");
    }

    @Test
    void every_problem_is_reported_with_file_line_and_key() throws IOException {
        Path f = dir.resolve("campaign-2023-2024.yml");
        Files.writeString(f, """
                campaign:
                  school: Trường thử
                  place: "  "
                  school-year: 2023-2024
                  deadlines:
                    registration: 15/09/2023
                    department-submission: 2023-10-10
                    self-assessment-opens: 2024-05-20
                    self-assessment-closes: 2024-05-03
                  titles:
                    individual:
                      - code: CSTDCS
                        name: Chiến sĩ thi đua cơ sở
                        requires: [LDTT]
                    collective:
                      - code: TT
                        name: Tập thể
                  score-sheet:
                    sections:
                      - code: I
                        name: Phẩm chất
                        max: 20
                        criteria:
                          - code: I.1
                            name: A
                            max: 5
                          - code: I.1
                            name: B
                            max: abc
                    bands:
                      - min: 50
                        code: C
                        name: Hoàn thành
                """);
        assertThatThrownBy(() -> CampaignFile.read(f))
                .isInstanceOf(CampaignConfigException.class)
                .satisfies(e -> assertThat(((CampaignConfigException) e).problems()).anySatisfy(p ->
                        assertThat(p).contains("line 6").contains("deadlines.registration").contains("yyyy-MM-dd")))
                .hasMessageContaining("place: must be the name of the town or district")
                .hasMessageContaining("self-assessment-closes: must be after self-assessment-opens")
                .hasMessageContaining("requires: names \"LDTT\"")
                .hasMessageContaining("\"I.1\" is used twice")
                .hasMessageContaining("max: must be a number, not \"abc\"")
                .hasMessageContaining("must include a band with min: 0")
                .hasMessageContaining(f.toString().replace('\\', '/'));
    }

    @Test
    void broken_yaml_names_the_line() throws IOException {
        Path f = dir.resolve("campaign-2023-2024.yml");
        Files.writeString(f, "campaign:\n  school: [unclosed\n  school-year: 2023-2024\n");
        assertThatThrownBy(() -> CampaignFile.read(f)).hasMessageContaining("not valid YAML").hasMessageContaining("line ");
    }
}
