package vn.thiduabot.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional commendation: section of a campaign file: defaults, the demo values, and errors with line and key. */
class CommendationRulesConfigTest {

    @TempDir
    Path dir;

    @Test
    void both_shipped_campaign_files_carry_the_decree_defaults() {
        for (String f : new String[] {"config/campaign-2026-2027.yml", "src/test/resources/campaigns/campaign-2023-2024.yml"}) {
            CommendationRules r = CampaignFile.read(Path.of(f)).commendation();
            assertThat(r.baseSalary()).isEqualTo(2_340_000L);
            assertThat(r.awardFor("LDTT")).isEqualTo(710_000L);   // 702,000 rounded up to 10,000
            assertThat(r.awardFor("CSTDCS")).isEqualTo(2_340_000L);
            assertThat(r.awardFor("TTLDXS")).isEqualTo(3_510_000L);
            assertThat(r.awardFor("TTLDTT")).isEqualTo(1_880_000L); // 0.8 × 2,340,000 = 1,872,000 rounded up
            assertThat(r.quotaPercent()).isEqualByComparingTo("15");
            assertThat(r.voteThreshold("CSTDCS")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("75"));
            assertThat(r.needsVote("TTLDXS")).isFalse();
            assertThat(r.ratingFromBand()).containsEntry("A", StaffRating.HTXSNV).containsEntry("D", StaffRating.KHTNV);
            assertThat(r.codes()).isEqualTo(CommendationRules.TitleCodes.DEFAULT);
        }
    }

    @Test
    void a_file_without_the_section_gets_the_defaults() throws IOException {
        Path f = minimal("");
        assertThat(CampaignFile.read(f).commendation()).isEqualTo(CommendationRules.defaults());
    }

    @Test
    void a_partial_section_keeps_the_defaults_of_what_it_does_not_say() throws IOException {
        Path f = minimal("""
                  commendation:
                    base-salary: 2530000
                    vote-thresholds:
                      CSTDCS: 90
                """);
        CommendationRules r = CampaignFile.read(f).commendation();
        assertThat(r.baseSalary()).isEqualTo(2_530_000L);
        assertThat(r.awardFor("LDTT")).isEqualTo(760_000L);   // 0.3 × 2,530,000 = 759,000 rounded up
        assertThat(r.votedTitles()).containsExactly("CSTDCS");
        assertThat(r.excellentCollectiveMinPercent()).isEqualByComparingTo("70");
    }

    @Test
    void the_quota_is_rounded_down_to_whole_people() {
        CommendationRules r = CommendationRules.defaults();
        assertThat(r.quotaFor(7)).isEqualTo(1);    // 1.05
        assertThat(r.quotaFor(6)).isZero();        // 0.9
        assertThat(r.quotaFor(20)).isEqualTo(3);   // exactly 15%
        assertThat(r.quotaFor(13)).isEqualTo(1);   // 1.95
        assertThat(r.quotaFor(0)).isZero();
    }

    @Test
    void wrong_values_are_reported_with_file_line_and_key() throws IOException {
        Path f = minimal("""
                  commendation:
                    base-salary: 2340000.5
                    award-multiples:
                      LDTT: -1
                      XYZ: 2
                    title-codes:
                      excellent-collective: NOPE
                    emulation-soldier-quota-percent: 150
                    vote-thresholds:
                      CSTDCS: 0
                    rating-from-band:
                      Z: HTTNV
                      C: GOOD
                """);
        assertThatThrownBy(() -> CampaignFile.read(f))
                .isInstanceOf(CampaignConfigException.class)
                .satisfies(e -> assertThat(((CampaignConfigException) e).problems()).anySatisfy(p ->
                        assertThat(p).contains("line 35").contains("campaign.commendation.base-salary").contains("whole number")))
                .hasMessageContaining("commendation.award-multiples.LDTT: must be 0 or more")
                .hasMessageContaining("commendation.award-multiples.XYZ: names title \"XYZ\"")
                .hasMessageContaining("commendation.title-codes.excellent-collective: names \"NOPE\"")
                .hasMessageContaining("commendation.emulation-soldier-quota-percent: must be a percentage")
                .hasMessageContaining("commendation.vote-thresholds.CSTDCS: must be a percentage")
                .hasMessageContaining("commendation.rating-from-band.Z: names band \"Z\"")
                .hasMessageContaining("commendation.rating-from-band.C: must be one of htxsnv, httnv, htnv, khtnv");
    }

    @Test
    void the_file_may_name_who_decides_the_principals_own_cases_by_phone_number() throws IOException {
        assertThat(CampaignFile.read(minimal("")).commendation().substitute()).isEmpty();
        Path f = minimal("""
                  commendation:
                    substitute-decider: 0912 000 003
                """);
        assertThat(CampaignFile.read(f).commendation().substitute()).hasValue("0912 000 003");
    }

    @Test
    void a_substitute_decider_that_is_not_a_phone_number_is_reported_with_file_line_and_key() throws IOException {
        Path f = minimal("""
                  commendation:
                    substitute-decider: Phó Hiệu trưởng
                """);
        assertThatThrownBy(() -> CampaignFile.read(f))
                .isInstanceOf(CampaignConfigException.class)
                .satisfies(e -> assertThat(((CampaignConfigException) e).problems()).anySatisfy(p ->
                        assertThat(p).contains("campaign-2023-2024.yml").contains("line 35")
                                .contains("campaign.commendation.substitute-decider").contains("must be the phone number")));
    }

    private Path minimal(String commendation) throws IOException {
        Path f = dir.resolve("campaign-2023-2024.yml");
        Files.writeString(f, """
                campaign:
                  school: Trường thử
                  school-year: 2023-2024
                  deadlines:
                    registration: 2023-09-15
                    department-submission: 2023-10-10
                    self-assessment-opens: 2024-05-03
                    self-assessment-closes: 2024-05-20
                  titles:
                    individual:
                      - code: LDTT
                        name: Lao động tiên tiến
                      - code: CSTDCS
                        name: Chiến sĩ thi đua cơ sở
                        requires: [LDTT]
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
                """ + commendation);
        return f;
    }
}
