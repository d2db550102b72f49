package vn.thiduabot.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.thiduabot.commendation.AwardMoneyReport;

/**
 * The award money sheet of the score file (/xuat): one row per person or team and title or form, the multiple, the
 * base salary, the amount rounded up to 10,000 đ, and the total (Nghị định 98/2023/NĐ-CP, Art. 54).
 */
class MoneySheetTest {

    final ReportFixtures.School school = ReportFixtures.school(8);
    final ReportFixtures.Scores scores = ReportFixtures.scores(school);

    /** Lò Thị Hoa: LĐTT (702,000 → 710,000) and a Giấy khen (0.3×, 710,000); the team: TTLĐTT (1,872,000 → 1,880,000). */
    static final AwardMoneyReport MONEY = new AwardMoneyReport(LocalDate.of(2024, 5, 21), true, 2_340_000L, List.of(
            new AwardMoneyReport.Item("Lò Thị Hoa", true, "Lao động tiên tiến", new BigDecimal("0.3"), 2_340_000L, 710_000L),
            new AwardMoneyReport.Item("Lò Thị Hoa", true, "Giấy khen của Hiệu trưởng", new BigDecimal("0.3"), 2_340_000L, 710_000L),
            new AwardMoneyReport.Item("Tổ Toán - Tin", false, "Tập thể lao động tiên tiến", new BigDecimal("0.8"), 2_340_000L,
                    1_880_000L)), 3_300_000L);

    @Test
    void the_whole_schools_file_has_a_money_sheet_with_a_row_per_award_and_the_total() throws Exception {
        ReportFile f = ScoreWorkbook.build(new ScoreWorkbook.Input(ReportFixtures.campaign(), ReportFixtures.MADE_ON, null, school.staff(),
                scores.assessments(), scores.items(), scores.adjustments(), MONEY), ReportLabels.vietnamese());
        try (XSSFWorkbook wb = Xlsx.open(f.content())) {
            assertThat(Xlsx.sheetNames(wb)).containsExactly("Bảng điểm", "Điều chỉnh", "Xếp loại theo tổ", "Tiền thưởng");
            Sheet s = wb.getSheet("Tiền thưởng");
            assertThat(Xlsx.text(s, 1, 0)).contains("2.340.000 đ").contains("21/05/2024").contains("làm tròn lên hàng chục nghìn đồng");
            assertThat(Xlsx.texts(s, Xlsx.headerRow(s))).containsExactly("STT", "Cá nhân / tập thể", "Danh hiệu / hình thức", "Hệ số",
                    "Lương cơ sở (đ)", "Số tiền (đ)");
            List<List<String>> rows = Xlsx.rowsUnderHeader(s);
            assertThat(rows).hasSize(4);
            assertThat(rows.get(0)).containsExactly("1", "Lò Thị Hoa", "Lao động tiên tiến", "0.3", "2340000", "710000");
            assertThat(rows.get(2)).containsExactly("3", "Tổ Toán - Tin", "Tập thể lao động tiên tiến", "0.8", "2340000", "1880000");
            assertThat(rows.get(3).get(0)).isEqualTo("Tổng cộng");
            assertThat(rows.get(3).get(5)).isEqualTo("3300000");
        }
    }

    @Test
    void a_teams_own_file_has_no_money_sheet() throws Exception {
        ReportFile f = ScoreWorkbook.build(new ScoreWorkbook.Input(ReportFixtures.campaign(), ReportFixtures.MADE_ON,
                ReportFixtures.TEAMS.get(0), school.staff(), scores.assessments(), scores.items(), scores.adjustments()),
                ReportLabels.vietnamese());
        try (XSSFWorkbook wb = Xlsx.open(f.content())) {
            assertThat(Xlsx.sheetNames(wb)).doesNotContain("Tiền thưởng");
        }
    }
}
