package vn.thiduabot.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thiduabot.staff.StaffFiles.csv;
import static vn.thiduabot.staff.StaffFiles.excelCsv;
import static vn.thiduabot.staff.StaffFiles.xlsx;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
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
}
