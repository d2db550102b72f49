package vn.thiduabot.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.thiduabot.registration.RegistrationStatus;

/** The registration summary of a generated school of 80 (8 teams), opened again with POI. */
class RegistrationWorkbookTest {

    static final int PEOPLE = 80;
    final ReportLabels l = ReportLabels.vietnamese();
    final ReportFixtures.School school = ReportFixtures.school(PEOPLE);

    ReportFile build(String team) {
        return RegistrationWorkbook.build(new RegistrationWorkbook.Input(ReportFixtures.campaign(), ReportFixtures.MADE_ON, team,
                school.staff(), school.registrations(), school.collectives()), l);
    }

    static long count(java.util.function.IntPredicate p) {
        return IntStream.range(0, PEOPLE).filter(p).count();
    }

    static boolean sent(int i) {
        return ReportFixtures.statusOf(i) == RegistrationStatus.SUBMITTED;
    }

    @Test
    void the_file_name_carries_the_school_year_and_the_day() {
        assertThat(build(null).fileName()).isEqualTo("dang-ky-thi-dua_2023-2024_2023-09-15.xlsx");
        assertThat(build("Tổ Ngữ văn - Sử - Địa").fileName()).isEqualTo("dang-ky-thi-dua_to-ngu-van-su-dia_2023-2024_2023-09-15.xlsx");
    }

    @Test
    void sheets_in_the_order_of_the_departments_forms_then_one_per_team_and_the_counts() {
        try (XSSFWorkbook wb = Xlsx.open(build(null).content())) {
            assertThat(Xlsx.sheetNames(wb)).containsExactly("Cá nhân", "Tập thể", "Sáng kiến", "Tổ Giáo dục công dân",
                    "Tổ Khoa học tự nhiên", "Tổ Nghệ thuật - Công nghệ", "Tổ Ngoại ngữ", "Tổ Ngữ văn - Sử - Địa",
                    "Tổ Thể dục - Quốc phòng", "Tổ Toán - Tin", "Tổ Văn phòng", "Thống kê");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void the_individual_list_has_the_forms_columns_and_one_row_per_sent_registration() throws Exception {
        try (XSSFWorkbook wb = Xlsx.open(build(null).content())) {
            Sheet s = wb.getSheet("Cá nhân");
            assertThat(Xlsx.text(s, 0, 0)).isEqualTo(ReportFixtures.SCHOOL);
            assertThat(Xlsx.text(s, 1, 0)).isEqualTo("DANH SÁCH CÁ NHÂN ĐĂNG KÝ THI ĐUA NĂM HỌC 2023-2024");
            assertThat(Xlsx.text(s, 2, 0)).isEqualTo("Năm học 2023-2024 — Ngày lập: 15/09/2023");
            assertThat(Xlsx.headerRow(s)).isEqualTo(4);
            assertThat(Xlsx.texts(s, 4)).containsExactly("STT", "Họ và tên", "Chức vụ, đơn vị", "Danh hiệu thi đua đăng ký",
                    "Hình thức khen thưởng đăng ký", "Ngày đăng ký");
            List<List<String>> rows = Xlsx.numberedRows(s);
            assertThat(rows).hasSize((int) count(RegistrationWorkbookTest::sent));
            assertThat(rows.get(0).get(0)).isEqualTo("1");
            assertThat(rows.get(rows.size() - 1).get(0)).isEqualTo(String.valueOf(rows.size()));
            // person 2 leads Tổ Ngoại ngữ (team 2), registered LĐTT with the Department's certificate
            assertThat(rows).contains(List.of(rows.stream().filter(r -> r.get(1).equals(ReportFixtures.name(2))).findFirst().orElseThrow().get(0),
                    ReportFixtures.name(2), "Tổ trưởng, Tổ Ngoại ngữ", "Lao động tiên tiến", "Giấy khen của Giám đốc Sở GD&ĐT", "12/09/2023"));
            // the principal (person 0) aims for CSTĐCS and registered no form
            assertThat(rows).anyMatch(r -> r.get(1).equals(ReportFixtures.name(0)) && r.get(2).equals("Hiệu trưởng, Thành viên Hội đồng TĐKT, Tổ Toán - Tin")
                    && r.get(3).equals("Chiến sĩ thi đua cơ sở") && r.get(4).equals("Không đăng ký hình thức"));
            assertThat(Xlsx.text(s, 4 + rows.size() + 2, 0)).isEqualTo("Tổng số: " + rows.size() + " cá nhân đăng ký.");
            // grouped by team, then by name
            assertThat(rows.get(0).get(2)).endsWith("Tổ Giáo dục công dân");
        }
    }

    @Test
    void the_collective_and_initiative_lists() throws Exception {
        try (XSSFWorkbook wb = Xlsx.open(build(null).content())) {
            Sheet t = wb.getSheet("Tập thể");
            assertThat(Xlsx.texts(t, Xlsx.headerRow(t))).containsExactly("STT", "Tập thể", "Danh hiệu thi đua đăng ký",
                    "Hình thức khen thưởng đăng ký", "Người đăng ký", "Ngày đăng ký");
            List<List<String>> teams = Xlsx.numberedRows(t);
            assertThat(teams).hasSize(7); // Tổ Văn phòng is still drafting
            assertThat(teams.get(0)).containsExactly("1", "Tổ Toán - Tin", "Tập thể lao động xuất sắc", "Giấy khen của Giám đốc Sở GD&ĐT",
                    ReportFixtures.name(0), "12/09/2023");

            Sheet i = wb.getSheet("Sáng kiến");
            assertThat(Xlsx.texts(i, Xlsx.headerRow(i))).containsExactly("STT", "Họ và tên", "Chức vụ, đơn vị", "Danh hiệu thi đua đăng ký",
                    "Tên sáng kiến, đề tài", "Lĩnh vực, môn");
            List<List<String>> initiatives = Xlsx.numberedRows(i);
            assertThat(initiatives).hasSize((int) count(n -> sent(n) && ReportFixtures.titleOf(n).equals("CSTDCS")));
            assertThat(initiatives).allMatch(r -> r.get(4).startsWith("Ứng dụng bản đồ tư duy") && r.get(5).equals("Ngữ văn"));
        }
    }

    @Test
    void a_team_sheet_lists_every_member_with_status_and_targets() throws Exception {
        try (XSSFWorkbook wb = Xlsx.open(build(null).content())) {
            Sheet s = wb.getSheet("Tổ Ngoại ngữ");
            assertThat(Xlsx.text(s, 1, 0)).isEqualTo("ĐĂNG KÝ DANH HIỆU VÀ CHỈ TIÊU THI ĐUA — Tổ Ngoại ngữ — NĂM HỌC 2023-2024");
            assertThat(Xlsx.texts(s, Xlsx.headerRow(s))).containsExactly("STT", "Họ và tên", "Chức vụ", "Tình trạng",
                    "Danh hiệu thi đua đăng ký", "Hình thức khen thưởng đăng ký", "Tỉ lệ học sinh đạt yêu cầu (%)", "Số tiết dạy tốt",
                    "Sáng kiến dự kiến", "Cam kết đạo đức nhà giáo", "Tên sáng kiến, đề tài");
            List<List<String>> rows = Xlsx.numberedRows(s);
            assertThat(rows).hasSize((int) count(n -> n % 8 == 2));
            List<String> leader = rows.stream().filter(r -> r.get(1).equals(ReportFixtures.name(2))).findFirst().orElseThrow();
            assertThat(leader.subList(2, 10)).containsExactly("Tổ trưởng", "Đã gửi 12/09/2023", "Lao động tiên tiến",
                    "Giấy khen của Giám đốc Sở GD&ĐT", "82.5", "4", "", "Có");
            // person 18 is drafting, person 58 too; nobody of team 2 has i % 10 == 9
            assertThat(rows).anyMatch(r -> r.get(1).equals(ReportFixtures.name(18)) && r.get(3).equals("Đang soạn, chưa gửi"));
        }
    }

    @Test
    void the_counts_sheet_adds_up_per_team_and_in_total() throws Exception {
        try (XSSFWorkbook wb = Xlsx.open(build(null).content())) {
            Sheet s = wb.getSheet("Thống kê");
            int header = Xlsx.headerRow(s);
            assertThat(Xlsx.texts(s, header - 1)).containsExactly("Tổ", "Số cán bộ", "Đăng ký", "", "", "Danh hiệu", "", "Hình thức khen thưởng",
                    "", "", "Có sáng kiến");
            assertThat(Xlsx.texts(s, header)).containsExactly("", "", "Đã đăng ký", "Đang soạn", "Chưa đăng ký",
                    "Lao động tiên tiến", "Chiến sĩ thi đua cơ sở", "Giấy khen của Hiệu trưởng", "Giấy khen của Giám đốc Sở GD&ĐT",
                    "Không đăng ký hình thức", "");
            List<List<String>> rows = Xlsx.rowsUnderHeader(s);
            assertThat(rows).hasSize(9);
            List<String> total = rows.get(8);
            assertThat(total).containsExactly("Tổng cộng", String.valueOf(PEOPLE),
                    String.valueOf(count(RegistrationWorkbookTest::sent)),
                    String.valueOf(count(n -> ReportFixtures.statusOf(n) == RegistrationStatus.DRAFT)),
                    String.valueOf(count(n -> ReportFixtures.statusOf(n) == null)),
                    String.valueOf(count(n -> sent(n) && ReportFixtures.titleOf(n).equals("LDTT"))),
                    String.valueOf(count(n -> sent(n) && ReportFixtures.titleOf(n).equals("CSTDCS"))),
                    String.valueOf(count(n -> sent(n) && "GK_HT".equals(ReportFixtures.formOf(n)))),
                    String.valueOf(count(n -> sent(n) && "GK_SO".equals(ReportFixtures.formOf(n)))),
                    String.valueOf(count(n -> sent(n) && ReportFixtures.formOf(n) == null)),
                    String.valueOf(count(n -> sent(n) && ReportFixtures.titleOf(n).equals("CSTDCS"))));
            for (int col = 1; col < total.size(); col++) {
                final int c = col;
                assertThat(rows.subList(0, 8).stream().mapToInt(r -> Integer.parseInt(r.get(c))).sum())
                        .as(total.get(0) + " column " + col).isEqualTo(Integer.parseInt(total.get(col)));
            }
        }
    }

    @Test
    void every_sheet_is_frozen_under_its_header_printed_a4_landscape_with_the_header_repeated() throws Exception {
        try (XSSFWorkbook wb = Xlsx.open(build(null).content())) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                XSSFSheet s = wb.getSheetAt(i);
                assertThat(s.getPaneInformation()).as(s.getSheetName()).isNotNull();
                assertThat(s.getPaneInformation().isFreezePane()).as(s.getSheetName()).isTrue();
                assertThat(s.getPrintSetup().getLandscape()).as(s.getSheetName()).isTrue();
                assertThat(s.getPrintSetup().getPaperSize()).as(s.getSheetName()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(s.getFitToPage()).isTrue();
                assertThat(s.getRepeatingRows()).as(s.getSheetName()).isNotNull();
                assertThat(s.getRepeatingRows().getLastRow()).isEqualTo(Xlsx.headerRow(s));
                assertThat(s.getRow(Xlsx.headerRow(s)).getCell(1).getCellStyle().getWrapText()).isTrue();
                assertThat(wb.getFontAt(s.getRow(Xlsx.headerRow(s)).getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
            }
            Sheet individuals = wb.getSheet("Cá nhân");
            int nameWidth = individuals.getColumnWidth(1);
            assertThat(nameWidth).isGreaterThan(individuals.getColumnWidth(0)).isLessThanOrEqualTo((int) (Sheets.MAX_WIDTH * 256 * 1.15));
            // the date is a real date shown as dd/MM/yyyy
            assertThat(individuals.getRow(5).getCell(5).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(java.time.LocalDate.of(2023, 9, 12));
        }
    }

    @Test
    void a_team_leaders_file_holds_only_their_team() throws Exception {
        try (XSSFWorkbook wb = Xlsx.open(build("Tổ Ngữ văn - Sử - Địa").content())) {
            assertThat(Xlsx.sheetNames(wb)).containsExactly("Cá nhân", "Tập thể", "Sáng kiến", "Tổ Ngữ văn - Sử - Địa", "Thống kê");
            Sheet s = wb.getSheet("Cá nhân");
            assertThat(Xlsx.text(s, 0, 0)).isEqualTo("Tổ Ngữ văn - Sử - Địa — " + ReportFixtures.SCHOOL);
            assertThat(Xlsx.numberedRows(s)).hasSize((int) count(n -> n % 8 == 1 && sent(n)))
                    .allMatch(r -> r.get(2).endsWith("Tổ Ngữ văn - Sử - Địa"));
            assertThat(Xlsx.numberedRows(wb.getSheet("Tập thể"))).hasSize(1);
            List<List<String>> counts = Xlsx.rowsUnderHeader(wb.getSheet("Thống kê"));
            assertThat(counts).hasSize(2);
            assertThat(counts.get(1).subList(0, 2)).containsExactly("Tổng cộng", String.valueOf(count(n -> n % 8 == 1)));
        }
    }
}
