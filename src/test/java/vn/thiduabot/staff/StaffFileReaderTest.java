package vn.thiduabot.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thiduabot.staff.StaffFiles.csv;
import static vn.thiduabot.staff.StaffFiles.wideCsv;
import static vn.thiduabot.staff.StaffFiles.excelCsv;
import static vn.thiduabot.staff.StaffFiles.xlsx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thiduabot.staff.StaffFileReader.RawRow;

/** The file as a whole: formats, headers, line numbers, and files refused before any row is read. */
class StaffFileReaderTest {

    private final StaffFileReader reader = new StaffFileReader(5L * 1024 * 1024);

    private List<RawRow> rows(String name, byte[] content) throws StaffFileReader.Invalid {
        return reader.read(name, content).rows();
    }

    private String refusal(String name, byte[] content) {
        try {
            reader.read(name, content);
        } catch (StaffFileReader.Invalid e) {
            return e.problem.key();
        }
        throw new AssertionError("the file was accepted");
    }

    @Test
    void vietnamese_headers_in_any_order_with_an_extra_column() throws Exception {
        List<RawRow> rows = rows("ds.csv", csv(
                "STT,Vai trò,Họ và tên,Tổ,Số điện thoại,Email",
                "1,GIAO_VIEN,Bùi Thị Hương,Tổ Toán - Tin,0912000004,huong@example.org"));
        assertThat(rows).containsExactly(
                new RawRow(2, "Bùi Thị Hương", "0912000004", "GIAO_VIEN", "Tổ Toán - Tin", "huong@example.org"));
    }

    @Test
    void english_headers_and_headers_typed_without_accents_or_in_capitals() throws Exception {
        assertThat(rows("a.csv", csv("full_name,phone,team,roles,email", "Vi Van Son,0912000003,Toan - Tin,TEACHER,")))
                .extracting(RawRow::fullName, RawRow::phone, RawRow::team, RawRow::roles)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Vi Van Son", "0912000003", "Toan - Tin", "TEACHER"));
        assertThat(rows("b.csv", csv("  HO VA TEN , so dien thoai,VAI TRO", "Lò Thị Hoa,0912000002,THU_KY")))
                .extracting(RawRow::fullName).containsExactly("Lò Thị Hoa");
    }

    @Test
    void excel_csv_with_a_byte_order_mark_semicolons_and_quotes() throws Exception {
        List<RawRow> rows = rows("ds.csv", excelCsv(
                "Họ và tên;Số điện thoại;Tổ;Vai trò",
                "\"Hà Văn Hùng\";0912 000 001;Tổ Văn phòng;\"HIEU_TRUONG;HOI_DONG\"",
                "\"Đinh, Thị \"\"Thu\"\"\";0912000011;;GIAO_VIEN"));
        assertThat(rows).extracting(RawRow::fullName).containsExactly("Hà Văn Hùng", "Đinh, Thị \"Thu\"");
        assertThat(rows.get(0).roles()).isEqualTo("HIEU_TRUONG;HOI_DONG");
        assertThat(rows.get(1).team()).isEmpty();
        assertThat(rows.get(0).email()).as("no Email column").isNull();
    }

    @Test
    void empty_rows_are_skipped_but_line_numbers_stay_those_of_the_file() throws Exception {
        List<RawRow> rows = rows("ds.csv", csv(
                "Họ và tên;Số điện thoại;Vai trò",
                "Lò Văn Thắng;0912000012;GIAO_VIEN",
                "",
                ";;",
                "Vì Thị Mai;0912000013;GIAO_VIEN"));
        assertThat(rows).extracting(RawRow::line).containsExactly(2, 5);
    }

    @Test
    void a_title_above_the_header_is_allowed() throws Exception {
        List<RawRow> rows = rows("ds.csv", csv(
                "DANH SÁCH CÁN BỘ GIÁO VIÊN NĂM HỌC 2023-2024",
                "Họ và tên;Số điện thoại;Vai trò",
                "Sa Văn Phong;0912000019;TO_TRUONG,GIAO_VIEN"));
        assertThat(rows).extracting(RawRow::line, RawRow::roles)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "TO_TRUONG,GIAO_VIEN"));
    }

    @Test
    void text_in_decomposed_unicode_is_stored_composed() throws Exception {
        String decomposed = java.text.Normalizer.normalize("Cầm Thị Yến", java.text.Normalizer.Form.NFD);
        List<RawRow> rows = rows("ds.csv", csv("Họ và tên,Số điện thoại,Vai trò", decomposed + ",0912000008,GIAO_VIEN"));
        assertThat(rows.get(0).fullName()).isEqualTo("Cầm Thị Yến");
    }

    @Test
    void xlsx_first_sheet_with_a_phone_typed_as_a_number() throws Exception {
        List<RawRow> rows = rows("Danh sách.XLSX", xlsx(
                new Object[] {"Họ và tên", "Số điện thoại", "Tổ", "Vai trò", "Email"},
                new Object[] {"Bùi Thị Loan", 912000024, "Tổ Khoa học tự nhiên", "TO_TRUONG;GIAO_VIEN", null},
                new Object[] {},
                new Object[] {"Quách Văn Lực", 84912000033L, "Tổ Thể dục - Nghệ thuật", "GIAO_VIEN", "luc@example.org"}));
        assertThat(rows).containsExactly(
                new RawRow(2, "Bùi Thị Loan", "912000024", "TO_TRUONG;GIAO_VIEN", "Tổ Khoa học tự nhiên", ""),
                new RawRow(4, "Quách Văn Lực", "84912000033", "GIAO_VIEN", "Tổ Thể dục - Nghệ thuật", "luc@example.org"));
    }

    @Test
    void a_missing_required_column_is_named() {
        try {
            reader.read("ds.csv", csv("Họ và tên,Tổ,Email", "Lò Thị Hoa,Tổ Văn phòng,"));
            throw new AssertionError("accepted");
        } catch (StaffFileReader.Invalid e) {
            assertThat(e.problem.key()).isEqualTo("import.error.missing-columns");
            assertThat(e.problem.args().get(0)).asList()
                    .containsExactly(ImportReport.Message.of("import.column.phone"), ImportReport.Message.of("import.column.roles"));
        }
    }

    @Test
    void files_that_are_not_a_staff_list_are_refused_with_a_reason() {
        assertThat(refusal("ds.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII))).isEqualTo("import.error.unknown-type");
        assertThat(refusal("ds.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})).isEqualTo("import.error.unknown-type");
        assertThat(refusal("ds.csv", new byte[0])).isEqualTo("import.error.empty");
        assertThat(refusal("ds.csv", csv("", ""))).isEqualTo("import.error.empty");
        assertThat(refusal("ds.csv", "Họ và tên,Số điện thoại\nLò Thị Hoa,09".getBytes(StandardCharsets.ISO_8859_1)))
                .isEqualTo("import.error.not-utf8");
        assertThat(refusal("ds.csv", xlsx(new Object[] {"Họ và tên"}))).isEqualTo("import.error.not-csv");
        assertThat(refusal("ds.csv", csv("Họ và tên,Số điện thoại,Vai trò", "\"Lò Thị Hoa,0912000002,THU_KY")))
                .isEqualTo("import.error.bad-csv");
    }

    @Test
    void a_damaged_xlsx_is_refused_not_crashed_on() {
        byte[] good = xlsx(new Object[] {"Họ và tên", "Số điện thoại", "Vai trò"}, new Object[] {"A", "0912000001", "GIAO_VIEN"});
        byte[] truncated = Arrays.copyOf(good, good.length / 2);
        assertThat(refusal("ds.xlsx", truncated)).isEqualTo("import.error.not-xlsx");
        assertThat(refusal("ds.xlsx", csv("Họ và tên,Số điện thoại,Vai trò"))).isEqualTo("import.error.not-xlsx");
        byte[] garbage = good.clone();
        for (int i = 40; i < garbage.length; i += 7) {
            garbage[i] ^= 0x5A;
        }
        assertThat(refusal("ds.xlsx", garbage)).isEqualTo("import.error.not-xlsx");
    }

    @Test
    void a_file_over_the_limit_is_refused_before_reading() {
        StaffFileReader small = new StaffFileReader(100);
        byte[] content = csv("Họ và tên,Số điện thoại,Vai trò", "Lò Thị Hoa,0912000002,THU_KY", "Vì Văn Sơn,0912000003,GIAO_VIEN",
                "Bùi Thị Hương,0912000004,GIAO_VIEN");
        assertThat(content.length).isGreaterThan(100);
        assertThatThrownBy(() -> small.read("ds.csv", content))
                .isInstanceOfSatisfying(StaffFileReader.Invalid.class, e -> assertThat(e.problem.key()).isEqualTo("import.error.too-large"));
    }

    // --- caps on rows and columns ------------------------------------------------------------------------

    @Test
    void a_csv_of_5000_people_is_read_and_one_of_5001_is_refused_naming_the_limit() throws Exception {
        assertThat(rows("ds.csv", wideCsv(5_000, 3))).hasSize(5_000);
        StaffFileReader.Invalid refused = invalid("ds.csv", wideCsv(5_001, 3));
        assertThat(refused.problem.key()).isEqualTo("import.error.too-many-rows");
        assertThat(refused.problem.args()).containsExactly(5_000);
    }

    @Test
    void blank_lines_and_a_title_above_the_header_do_not_count_as_rows() throws Exception {
        byte[] list = wideCsv(5_000, 3);
        byte[] withTitle = concat(csv("DANH SÁCH CÁN BỘ, GIÁO VIÊN", "", ",,"), list, csv("", ",,", ""));
        assertThat(rows("ds.csv", withTitle)).hasSize(5_000);
    }

    @Test
    void a_csv_50_columns_wide_is_read_and_one_51_wide_is_refused_naming_the_limit() throws Exception {
        assertThat(rows("ds.csv", wideCsv(3, 50))).hasSize(3);
        StaffFileReader.Invalid refused = invalid("ds.csv", wideCsv(3, 51));
        assertThat(refused.problem.key()).isEqualTo("import.error.too-many-columns");
        assertThat(refused.problem.args()).containsExactly(50);
    }

    @Test
    void empty_cells_past_the_last_column_allowed_do_not_count() throws Exception {
        String trailing = ",".repeat(80);
        assertThat(rows("ds.csv", csv("Họ và tên,Số điện thoại,Vai trò" + trailing, "Lò Thị Hoa,0912000002,THU_KY" + trailing)))
                .hasSize(1);
    }

    @Test
    void xlsx_caps_are_the_same_and_configurable() throws Exception {
        StaffFileReader tight = new StaffFileReader(5L * 1024 * 1024, new StaffFileReader.Limits(2, 4));
        Object[] header = {"Họ và tên", "Số điện thoại", "Vai trò", "Tổ"};
        Object[] a = {"Lò Thị Hoa", "0912000002", "THU_KY", "Tổ Văn phòng"};
        Object[] b = {"Vì Văn Sơn", "0912000003", "GIAO_VIEN", "Tổ Toán"};
        assertThat(tight.read("ds.xlsx", xlsx(header, a, b)).rows()).hasSize(2);
        assertThatThrownBy(() -> tight.read("ds.xlsx", xlsx(header, a, b, new Object[] {"Cầm Thị Yến", "0912000008", "GIAO_VIEN"})))
                .isInstanceOfSatisfying(StaffFileReader.Invalid.class,
                        e -> assertThat(e.problem).isEqualTo(ImportReport.Message.of("import.error.too-many-rows", 2)));
        assertThatThrownBy(() -> tight.read("ds.xlsx", xlsx(header, new Object[] {"Lò Thị Hoa", "0912000002", "THU_KY", null, "ghi chú"})))
                .isInstanceOfSatisfying(StaffFileReader.Invalid.class,
                        e -> assertThat(e.problem).isEqualTo(ImportReport.Message.of("import.error.too-many-columns", 4)));
    }

    @Test
    void a_formula_gives_the_value_excel_saved_and_is_never_evaluated() throws Exception {
        byte[] file;
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var sheet = wb.createSheet("Danh sach");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("Họ và tên");
            header.createCell(1).setCellValue("Số điện thoại");
            header.createCell(2).setCellValue("Vai trò");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("Lò Thị Hoa");
            var phone = row.createCell(1);
            phone.setCellFormula("\"0912000099\"");
            phone.setCellValue("0912000002"); // the cached result, as Excel would have saved it
            row.createCell(2).setCellValue("THU_KY");
            wb.write(out);
            file = out.toByteArray();
        }
        assertThat(rows("ds.xlsx", file)).extracting(RawRow::phone).containsExactly("0912000002");
    }

    @Test
    void a_5_mb_xlsx_with_a_cell_in_column_xfd_on_100000_rows_is_refused_in_a_256_mb_heap(@TempDir Path dir) throws Exception {
        Path huge = StaffFiles.hugeXlsx(dir);
        assertThat(Files.size(huge)).as("a file the upload cap lets through").isBetween(4L * 1024 * 1024, 5L * 1024 * 1024);
        assertThat(invalid("ds.xlsx", Files.readAllBytes(huge)).problem)
                .isEqualTo(ImportReport.Message.of("import.error.too-many-columns", 50));
        // the same in a JVM of its own whose heap is 256 MB: had the sheet been built in memory, it would fail there
        String probe = StaffFileProbe.runForked(huge, "256m");
        assertThat(probe).startsWith("refused import.error.too-many-columns [50]");
    }

    @Test
    void a_zip_bomb_disguised_as_a_staff_list_is_refused_without_being_inflated_whole() throws Exception {
        // a real list whose sheet is padded with 60 MB of spaces: about 60 KB zipped, a ratio of 1:1000
        byte[] good = xlsx(new Object[] {"Họ và tên", "Số điện thoại", "Vai trò"}, new Object[] {"Lò Thị Hoa", "0912000002", "THU_KY"});
        var out = new java.io.ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(good));
             var zip = new java.util.zip.ZipOutputStream(out)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                byte[] part = in.readAllBytes();
                String text = new String(part, StandardCharsets.UTF_8);
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    int data = text.indexOf("<sheetData");
                    zip.write(text.substring(0, data).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
                    for (int i = 0; i < 60; i++) {
                        zip.write(spaces);
                    }
                    zip.write(text.substring(data).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(part);
                }
                zip.closeEntry();
            }
        }
        byte[] bomb = out.toByteArray();
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThat(invalid("ds.xlsx", bomb).problem.key()).isEqualTo("import.error.not-xlsx");
        assertThat(org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio()).isEqualTo(XlsxLines.MIN_INFLATE_RATIO);
        assertThat(org.apache.poi.openxml4j.util.ZipSecureFile.getMaxEntrySize()).isEqualTo(XlsxLines.MAX_ENTRY_SIZE);
        assertThat(org.apache.poi.openxml4j.util.ZipSecureFile.getMaxTextSize()).isEqualTo(XlsxLines.MAX_TEXT_SIZE);
    }

    private StaffFileReader.Invalid invalid(String name, byte[] content) {
        try {
            reader.read(name, content);
        } catch (StaffFileReader.Invalid e) {
            return e;
        }
        throw new AssertionError("the file was accepted");
    }

    private static byte[] concat(byte[]... parts) {
        var out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
