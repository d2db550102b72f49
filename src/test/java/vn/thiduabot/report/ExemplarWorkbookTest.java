package vn.thiduabot.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.thiduabot.nomination.NominationStatus;
import vn.thiduabot.nomination.Quarter;

/** The quarter's nominations of a generated school of 80, opened again with POI. */
class ExemplarWorkbookTest {

    final ReportFixtures.School school = ReportFixtures.school(80);

    ReportFile build() {
        return ExemplarWorkbook.build(new ExemplarWorkbook.Input(ReportFixtures.campaign(), new Quarter(2023, 4), ReportFixtures.MADE_ON,
                school.nominations()), ReportLabels.vietnamese());
    }

    @Test
    void one_row_per_nomination_with_nominee_category_achievement_nominator_and_decision() throws Exception {
        ReportFile f = build();
        assertThat(f.fileName()).isEqualTo("dien-hinh_2023-q4_2023-2024_2023-09-15.xlsx");
        try (XSSFWorkbook wb = Xlsx.open(f.content())) {
            assertThat(Xlsx.sheetNames(wb)).containsExactly("Điển hình");
            Sheet s = wb.getSheet("Điển hình");
            assertThat(Xlsx.text(s, 1, 0)).isEqualTo("DANH SÁCH ĐỀ XUẤT ĐIỂN HÌNH TIÊN TIẾN, NGƯỜI TỐT VIỆC TỐT QUÝ 4/2023");
            assertThat(Xlsx.texts(s, Xlsx.headerRow(s))).containsExactly("STT", "Cá nhân, tập thể được đề xuất", "Đối tượng", "Tổ", "Loại",
                    "Thành tích", "Người đề xuất", "Ngày đề xuất", "Kết quả xét chọn", "Ngày quyết định", "Người quyết định", "Lý do");
            List<List<String>> rows = Xlsx.numberedRows(s);
            assertThat(rows).hasSize(school.nominations().size()).hasSizeGreaterThan(10);
            List<String> first = rows.get(0); // person 1 nominated by person 2, introduced by the principal
            assertThat(first).containsExactly("1", ReportFixtures.name(1), "Đồng nghiệp", "Tổ Ngữ văn - Sử - Địa", "Điển hình tiên tiến",
                    "Nhiệt tình giúp đỡ học sinh nội trú vượt khó, đạt giải Nhì học sinh giỏi cấp tỉnh môn Ngữ văn.",
                    ReportFixtures.name(2), "02/11/2023", "Đã được giới thiệu", "05/11/2023", ReportFixtures.name(0), "");
            List<String> second = rows.get(1); // person 5: the team leader step was skipped by the bot
            assertThat(second.subList(8, 12)).containsExactly("Tổ đã xác nhận, chờ Hội đồng xem xét", "02/11/2023", "Tự động",
                    "Tự động bỏ qua bước tổ trưởng xác nhận");
            long introduced = school.nominations().stream().filter(n -> n.status() == NominationStatus.INTRODUCED).count();
            int after = Xlsx.headerRow(s) + rows.size() + 2;
            assertThat(Xlsx.text(s, after, 0)).isEqualTo("Tổng số: " + rows.size() + " đề xuất, " + introduced + " được giới thiệu.");
            assertThat(s.getPrintSetup().getLandscape()).isTrue();
            assertThat(s.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
            assertThat(s.getRow(Xlsx.headerRow(s) + 1).getCell(5).getCellStyle().getWrapText()).isTrue();
        }
    }

    @Test
    void an_empty_quarter_still_gives_the_sheet_with_its_header() throws Exception {
        ReportFile f = ExemplarWorkbook.build(new ExemplarWorkbook.Input(ReportFixtures.campaign(), new Quarter(2024, 1),
                ReportFixtures.MADE_ON, List.of()), ReportLabels.vietnamese());
        try (XSSFWorkbook wb = Xlsx.open(f.content())) {
            Sheet s = wb.getSheetAt(0);
            assertThat(Xlsx.numberedRows(s)).isEmpty();
            assertThat(Xlsx.text(s, Xlsx.headerRow(s) + 2, 0)).isEqualTo("Tổng số: 0 đề xuất, 0 được giới thiệu.");
        }
    }
}
