package vn.thiduabot.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The money keys of a campaign file: a dated list of base salaries, the old single key, form multiples, errors. */
class MoneyConfigTest {

    @TempDir
    Path dir;

    @Test
    void the_shipped_file_lists_the_base_salaries_by_date_and_the_multiples_of_titles_and_forms() {
        MoneyRules m = CampaignFile.read(Path.of("config/campaign-2026-2027.yml")).commendation().money();
        // Nghị định 24/2023/NĐ-CP from 01/07/2023; Nghị định 73/2024/NĐ-CP from 01/07/2024.
        assertThat(m.baseSalaryOn(LocalDate.of(2024, 6, 30))).isEqualTo(1_800_000L);
        assertThat(m.baseSalaryOn(LocalDate.of(2024, 7, 1))).isEqualTo(2_340_000L);
        // Nghị định 98/2023/NĐ-CP, Art. 54.
        assertThat(m.titleMultiple("TTLDTT")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.8"));
        assertThat(m.formMultiple("GK_HT", true)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.3"));
        assertThat(m.formMultiple("GK_HT", false)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.6"));
        assertThat(m.formMultiple("BK_BO", false)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2.0"));
    }

    @Test
    void the_old_single_base_salary_still_works_as_a_list_of_one() throws IOException {
        MoneyRules m = CampaignFile.read(minimal("""
                  commendation:
                    base-salary: 2530000
                """)).commendation().money();
        assertThat(m.baseSalaries()).containsExactly(new MoneyRules.BaseSalary(MoneyRules.SINCE_EVER, 2_530_000L));
        assertThat(m.baseSalaryOn(LocalDate.of(2020, 1, 1))).isEqualTo(2_530_000L);
    }

    @Test
    void a_dated_list_applies_from_each_date_on() throws IOException {
        MoneyRules m = CampaignFile.read(minimal("""
                  commendation:
                    base-salary:
                      - from: 2024-07-01
                        amount: 2340000
                      - from: 2026-07-01
                        amount: 2530000
                """)).commendation().money();
        assertThat(m.baseSalaryOn(LocalDate.of(2026, 6, 30))).isEqualTo(2_340_000L);
        assertThat(m.baseSalaryOn(LocalDate.of(2026, 7, 1))).isEqualTo(2_530_000L);
        // Before the first date the first entry applies (the file says nothing older).
        assertThat(m.baseSalaryOn(LocalDate.of(2023, 1, 1))).isEqualTo(2_340_000L);
    }

    @Test
    void a_wrong_list_is_reported_with_file_line_and_key() throws IOException {
        Path f = minimal("""
                  commendation:
                    base-salary:
                      - from: 2024-07-01
                        amount: 2340000
                      - from: 2024-07-01
                        amount: 2530000
                      - from: 2025-01-01
                        amount: 0
                      - from: 2026-01-01
                    form-multiples:
                      GK_XX: { individual: 0.3, collective: 0.6 }
                      GK_HT: { individual: -1, collective: 0.6 }
                """);
        assertThatThrownBy(() -> CampaignFile.read(f))
                .isInstanceOf(CampaignConfigException.class)
                .satisfies(e -> assertThat(((CampaignConfigException) e).problems()).anySatisfy(p ->
                        assertThat(p).contains("line 41").contains("commendation.base-salary[2].from").contains("must come after")))
                .hasMessageContaining("commendation.base-salary[3].amount: must be greater than 0")
                .hasMessageContaining("commendation.base-salary[4].amount: is required")
                .hasMessageContaining("commendation.form-multiples.GK_XX: names form \"GK_XX\"")
                .hasMessageContaining("commendation.form-multiples.GK_HT.individual: must be 0 or more");
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
                  forms:
                    - code: GK_HT
                      name: Giấy khen của Hiệu trưởng
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
