package vn.thiduabot.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.thiduabot.scoring.AssessmentStatus;

/** The score table of a generated school of 80, opened again with POI. */
class ScoreWorkbookTest {

    static final int PEOPLE = 80;
    final ReportFixtures.School school = ReportFixtures.school(PEOPLE);
    final ReportFixtures.Scores scores = ReportFixtures.scores(school);

    ReportFile build(String team) {
        return ScoreWorkbook.build(new ScoreWorkbook.Input(ReportFixtures.campaign(), ReportFixtures.MADE_ON, team, school.staff(),
                scores.assessments(), scores.items(), scores.adjustments()), ReportLabels.vietnamese());
    }

    static long count(java.util.function.IntPredicate p) {
        return IntStream.range(0, PEOPLE).filter(p).count();
    }

    static List<String> rowOf(List<List<String>> rows, int person) {
        return rows.stream().filter(r -> r.get(1).equals(ReportFixtures.name(person))).findFirst().orElseThrow();
    }

    @Test
    void a_row_per_person_with_each_sections_self_council_and_final_score_and_the_rating() throws Exception {
        ReportFile f = build(null);
        assertThat(f.fileName()).isEqualTo("bang-diem-thi-dua_2023-2024_2023-09-15.xlsx");
        try (XSSFWorkbook wb = Xlsx.open(f.content())) {
            assertThat(Xlsx.sheetNames(wb)).containsExactly("Bảng điểm", "Điều chỉnh", "Xếp loại theo tổ");
            Sheet s = wb.getSheet("Bảng điểm");
            assertThat(Xlsx.text(s, 1, 0)).isEqualTo("BẢNG TỔNG HỢP ĐIỂM THI ĐUA NĂM HỌC 2023-2024");
            int header = Xlsx.headerRow(s);
            assertThat(header).isEqualTo(5);
            assertThat(Xlsx.texts(s, header - 1)).containsExactly("STT", "Họ và tên", "Tổ",
                    "I. Phẩm chất chính trị, đạo đức, lối sống (20 điểm)", "", "", "II. Thực hiện nhiệm vụ chuyên môn (40 điểm)", "", "",
                    "Điểm cộng (tối đa 10)", "", "", "Điểm trừ", "", "", "Tổng điểm (thang 60 điểm, đã gồm điểm cộng, điểm trừ)", "", "", "",
                    "Xếp loại", "Tình trạng");
            assertThat(Xlsx.texts(s, header)).containsExactly("", "", "", "Tự chấm", "Hội đồng chấm", "Chính thức",
                    "Tự chấm", "Hội đồng chấm", "Chính thức", "Tự chấm", "Hội đồng chấm", "Chính thức", "Tự chấm", "Hội đồng chấm", "Chính thức",
                    "Tự chấm", "Tổ chấm", "Hội đồng chấm", "Chính thức", "", "");
            List<List<String>> rows = Xlsx.numberedRows(s);
            assertThat(rows).hasSize(PEOPLE);
            // person 4: approved, the council took 2 points off II.2 (self 14 -> 12)
            assertThat(rowOf(rows, 4).subList(2, 21)).containsExactly("Tổ Thể dục - Quốc phòng", "17", "17", "17", "32", "30", "30",
                    "6", "6", "6", "0", "0", "0", "55", "55", "53", "53", "Tốt", "Đã phê duyệt");
            // person 7: reviewed by the council, waiting for the principal: no final column, a provisional rating
            assertThat(rowOf(rows, 7).subList(15, 21)).containsExactly("55", "55", "55", "", "Xuất sắc (tạm tính)",
                    "Hội đồng đã thẩm định, chờ Hiệu trưởng");
            // person 18: still drafting; person 9: not started
            assertThat(rowOf(rows, 18).subList(3, 7)).containsExactly("17", "", "", "36");
            assertThat(rowOf(rows, 9).get(20)).isEqualTo("Chưa tự chấm");
            assertThat(rowOf(rows, 9).get(3)).isEmpty();
            // person 14: a penalty of 3
            assertThat(rowOf(rows, 14).subList(12, 16)).containsExactly("3", "3", "3", "52");
            assertThat(s.getPrintSetup().getLandscape()).isTrue();
            assertThat(s.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(s.getRepeatingRows().getFirstRow()).isEqualTo(4);
            assertThat(s.getRepeatingRows().getLastRow()).isEqualTo(5);
            assertThat(s.getPaneInformation().getVerticalSplitLeftColumn()).isEqualTo((short) 2);
        }
    }

    @Test
    void adjustments_with_their_reasons_on_the_second_sheet() throws Exception {
        try (XSSFWorkbook wb = Xlsx.open(build(null).content())) {
            Sheet s = wb.getSheet("Điều chỉnh");
            assertThat(Xlsx.texts(s, Xlsx.headerRow(s))).containsExactly("STT", "Họ và tên", "Tổ", "Nội dung", "Cấp điều chỉnh",
                    "Điểm trước", "Điểm sau", "Lý do", "Người điều chỉnh");
            List<List<String>> rows = Xlsx.numberedRows(s);
            assertThat(rows).hasSize((int) count(ReportFixtures::adjusted));
            assertThat(rowOf(rows, 4).subList(2, 9)).containsExactly("Tổ Thể dục - Quốc phòng", "II.2. Giờ dạy", "Hội đồng TĐKT", "14", "12",
                    "Chưa đủ minh chứng dự giờ", ReportFixtures.name(8));
        }
    }

    @Test
    void the_ratings_per_team_add_up() throws Exception {
        try (XSSFWorkbook wb = Xlsx.open(build(null).content())) {
            Sheet s = wb.getSheet("Xếp loại theo tổ");
            assertThat(Xlsx.texts(s, Xlsx.headerRow(s) - 1)).containsExactly("Tổ", "Số cán bộ", "Đã phê duyệt", "Xếp loại (đã phê duyệt)",
                    "", "", "", "Chưa phê duyệt");
            assertThat(Xlsx.texts(s, Xlsx.headerRow(s))).containsExactly("", "", "", "Xuất sắc", "Tốt", "Hoàn thành", "Không hoàn thành", "");
            List<List<String>> rows = Xlsx.rowsUnderHeader(s);
            assertThat(rows).hasSize(9);
            long approved = count(i -> ReportFixtures.assessmentOf(i) == AssessmentStatus.APPROVED);
            long excellent = count(i -> ReportFixtures.assessmentOf(i) == AssessmentStatus.APPROVED
                    && ReportFixtures.selfTotal(i).subtract(ReportFixtures.adjusted(i) ? ReportFixtures.n("2") : ReportFixtures.n("0"))
                    .compareTo(ReportFixtures.n("54")) >= 0);
            assertThat(rows.get(8)).containsExactly("Tổng cộng", "80", String.valueOf(approved), String.valueOf(excellent),
                    String.valueOf(approved - excellent), "0", "0", String.valueOf(PEOPLE - approved));
        }
    }

    @Test
    void a_team_leaders_table_holds_only_their_team() throws Exception {
        ReportFile f = build("Tổ Toán - Tin");
        assertThat(f.fileName()).isEqualTo("bang-diem-thi-dua_to-toan-tin_2023-2024_2023-09-15.xlsx");
        try (XSSFWorkbook wb = Xlsx.open(f.content())) {
            assertThat(Xlsx.numberedRows(wb.getSheet("Bảng điểm"))).hasSize((int) count(i -> i % 8 == 0))
                    .allMatch(r -> r.get(2).equals("Tổ Toán - Tin"));
            assertThat(Xlsx.rowsUnderHeader(wb.getSheet("Xếp loại theo tổ"))).hasSize(2);
        }
    }
}
