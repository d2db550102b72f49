package vn.thiduabot.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thiduabot.staff.StaffFiles.csv;
import static vn.thiduabot.staff.StaffFiles.excelCsv;
import static vn.thiduabot.staff.StaffFiles.xlsx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thiduabot.people.Role;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.support.BotTest;
import org.springframework.test.context.TestPropertySource;
import vn.thiduabot.support.SchoolFixture;

/** The import on a real (temporary) SQLite database, as the secretary would run it. */
@BotTest
@TestPropertySource(properties = "thidua.import.max-file-bytes=1048576")
class StaffImporterTest {

    @Autowired SchoolFixture school;
    @Autowired
    StaffImporter importer;
    @Autowired
    StaffRepository staff;
    @Autowired
    TeamRepository teams;
    @Autowired
    Texts texts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    static final String HEADER_VI = "Họ và tên,Số điện thoại,Tổ,Vai trò,Email";

    @BeforeEach
    void emptySchool() {
        school.reset(); // every table (SchemaReset)
    }

    private String english(ImportReport report) {
        return report.render(texts, Texts.ENGLISH);
    }

    private StaffMember person(String phone) {
        return tx.execute(s -> {
            StaffMember m = staff.findByPhone(PhoneNumbers.normalise(phone).orElseThrow()).orElseThrow();
            if (m.getTeam() != null) {
                m.getTeam().getName(); // loaded inside the transaction
            }
            return m;
        });
    }

    @Test
    void vietnamese_headers_import_people_teams_and_roles() {
        ImportReport report = importer.importFile("ds.csv", csv(HEADER_VI,
                "Hà Văn Hùng,0912 000 001,Tổ Văn phòng,HIEU_TRUONG;HOI_DONG,hung@example.org",
                "Vì Văn Sơn,+84912000003,Tổ Toán - Tin,TO_TRUONG;GIAO_VIEN;HOI_DONG,",
                "Bùi Thị Hương,84-912-000-004,tổ toán - tin,GIAO_VIEN,"));
        assertThat(english(report)).isEqualTo("imported 3, updated 0, rejected 0");
        StaffMember hung = person("0912000001");
        assertThat(hung.getFullName()).isEqualTo("Hà Văn Hùng");
        assertThat(hung.getPhone()).isEqualTo("+84912000001");
        assertThat(hung.getRoles()).containsExactlyInAnyOrder(Role.PRINCIPAL, Role.COUNCIL);
        assertThat(hung.getEmail()).isEqualTo("hung@example.org");
        assertThat(person("0912000004").getTeam().getName()).as("team matched whatever its case").isEqualTo("Tổ Toán - Tin");
        assertThat(teams.findAll()).extracting(Team::getName).containsExactlyInAnyOrder("Tổ Văn phòng", "Tổ Toán - Tin");
    }

    @Test
    void english_headers_english_roles_and_an_existing_team_in_capitals() {
        importer.importFile("a.csv", csv(HEADER_VI, "Vì Văn Sơn,0912000003,Tổ Toán - Tin,GIAO_VIEN,"));
        ImportReport report = importer.importFile("staff.csv", csv("full_name,phone,team,roles,email",
                "Dinh Cong Minh,0912000005,TỔ TOÁN - TIN,teacher; team_leader,minh@example.org"));
        assertThat(english(report)).isEqualTo("imported 1, updated 0, rejected 0");
        StaffMember minh = person("0912000005");
        assertThat(minh.getRoles()).containsExactlyInAnyOrder(Role.TEACHER, Role.TEAM_LEADER);
        assertThat(minh.getTeam().getName()).isEqualTo("Tổ Toán - Tin");
        assertThat(teams.count()).isEqualTo(1);
    }

    @Test
    void role_names_written_out_in_vietnamese_are_understood() {
        importer.importFile("ds.csv", csv(HEADER_VI, "Lò Thị Hoa,0912000002,Tổ Văn phòng,Thư ký; Hội đồng; quản trị,"));
        assertThat(person("0912000002").getRoles()).containsExactlyInAnyOrder(Role.SECRETARY, Role.COUNCIL, Role.ADMIN);
    }

    @Test
    void semicolon_csv_with_bom_from_excel() {
        ImportReport report = importer.importFile("ds.csv", excelCsv("Họ và tên;Số điện thoại;Tổ;Vai trò",
                "Lò Thị Hoa;0912000002;Tổ Văn phòng;\"THU_KY;HOI_DONG;QUAN_TRI\""));
        assertThat(english(report)).isEqualTo("imported 1, updated 0, rejected 0");
        assertThat(person("0912000002").getRoles()).containsExactlyInAnyOrder(Role.SECRETARY, Role.COUNCIL, Role.ADMIN);
    }

    @Test
    void xlsx_with_a_phone_that_lost_its_leading_zero() {
        ImportReport report = importer.importFile("danh-sach.xlsx", xlsx(
                new Object[] {"Họ và tên", "Số điện thoại", "Tổ", "Vai trò"},
                new Object[] {"Bùi Thị Loan", 912000024, "Tổ Khoa học tự nhiên", "TO_TRUONG;GIAO_VIEN"}));
        assertThat(english(report)).isEqualTo("imported 1, updated 0, rejected 0");
        assertThat(person("0912000024").getFullName()).isEqualTo("Bùi Thị Loan");
    }

    @Test
    void re_importing_the_same_file_changes_nothing() {
        byte[] file = csv(HEADER_VI,
                "Hà Văn Hùng,0912000001,Tổ Văn phòng,HIEU_TRUONG;HOI_DONG,hung@example.org",
                "Vì Văn Sơn,0912000003,Tổ Toán - Tin,TO_TRUONG;GIAO_VIEN,");
        importer.importFile("ds.csv", file);
        Long version = jdbc.queryForObject("select version from staff_member where phone = '+84912000001'", Long.class);
        ImportReport again = importer.importFile("ds.csv", file);
        assertThat(english(again)).isEqualTo("imported 0, updated 0, rejected 0");
        assertThat(jdbc.queryForObject("select version from staff_member where phone = '+84912000001'", Long.class)).isEqualTo(version);
        assertThat(staff.count()).isEqualTo(2);
    }

    @Test
    void a_changed_row_updates_that_person_only() {
        importer.importFile("ds.csv", csv(HEADER_VI,
                "Vì Văn Sơn,0912000003,Tổ Toán - Tin,TO_TRUONG;GIAO_VIEN,",
                "Bùi Thị Hương,0912000004,Tổ Toán - Tin,GIAO_VIEN,"));
        ImportReport report = importer.importFile("ds.csv", csv(HEADER_VI,
                "Vì Văn Sơn,0912 000 003,Tổ Toán - Tin,TO_TRUONG;GIAO_VIEN;HOI_DONG,son@example.org",
                "Bùi Thị Hương,0912000004,Tổ Toán - Tin,GIAO_VIEN,"));
        assertThat(english(report)).isEqualTo("imported 0, updated 1, rejected 0");
        StaffMember son = person("0912000003");
        assertThat(son.getRoles()).contains(Role.COUNCIL);
        assertThat(son.getEmail()).isEqualTo("son@example.org");
    }

    @Test
    void people_missing_from_a_new_file_are_kept() {
        importer.importFile("ds.csv", csv(HEADER_VI,
                "Vì Văn Sơn,0912000003,Tổ Toán - Tin,TO_TRUONG;GIAO_VIEN,",
                "Bùi Thị Hương,0912000004,Tổ Toán - Tin,GIAO_VIEN,"));
        ImportReport report = importer.importFile("ds.csv", csv(HEADER_VI, "Vì Văn Sơn,0912000003,Tổ Toán - Tin,TO_TRUONG;GIAO_VIEN,"));
        assertThat(english(report)).isEqualTo("imported 0, updated 0, rejected 0");
        assertThat(person("0912000004").isActive()).isTrue();
    }

    @Test
    void a_file_without_team_or_email_columns_keeps_those_already_known() {
        importer.importFile("ds.csv", csv(HEADER_VI, "Vì Văn Sơn,0912000003,Tổ Toán - Tin,GIAO_VIEN,son@example.org"));
        ImportReport report = importer.importFile("ds.csv", csv("Họ và tên,Số điện thoại,Vai trò", "Vì Văn Sơn,0912000003,GIAO_VIEN;HOI_DONG"));
        assertThat(english(report)).isEqualTo("imported 0, updated 1, rejected 0");
        StaffMember son = person("0912000003");
        assertThat(son.getTeam().getName()).isEqualTo("Tổ Toán - Tin");
        assertThat(son.getEmail()).isEqualTo("son@example.org");
    }

    @Test
    void a_deactivated_person_in_the_file_is_active_again() {
        importer.importFile("ds.csv", csv(HEADER_VI, "Bùi Thị Hương,0912000004,Tổ Toán - Tin,GIAO_VIEN,"));
        assertThat(importer.deactivate(person("0912000004").getId())).isTrue();
        assertThat(importer.deactivate(person("0912000004").getId())).as("already inactive").isFalse();
        assertThat(person("0912000004").isActive()).isFalse();
        ImportReport report = importer.importFile("ds.csv", csv(HEADER_VI, "Bùi Thị Hương,0912000004,Tổ Toán - Tin,GIAO_VIEN,"));
        assertThat(english(report)).isEqualTo("imported 0, updated 1, rejected 0");
        assertThat(person("0912000004").isActive()).isTrue();
    }

    @Test
    void bad_rows_are_reported_by_line_in_the_command_line_format_and_good_rows_still_import() {
        ImportReport report = importer.importFile("ds.csv", csv(HEADER_VI,
                "Hà Văn Hùng,0912000001,Tổ Văn phòng,HIEU_TRUONG,",      // 2 ok
                ",0912000002,Tổ Văn phòng,GIAO_VIEN,",                    // 3 no name
                "Đinh Công Minh,,Tổ Toán - Tin,GIAO_VIEN,",               // 4 no phone
                "Sa Thị Nga,0912000006,Tổ Toán - Tin,,",                  // 5 no roles
                "Lường Văn Hải,0912000007,Tổ Mới,GIAO_VIEN,hai@",         // 6 bad email
                "Cầm Thị Yến,09x,Tổ Mới,GIAO_VIEN,",                      // 7 bad phone
                "Hà Thị Nhung,0912000009,Tổ Mới,GIAO_VIEN;BAO_VE,",       // 8 bad role
                "Hà Văn Hùng,+84 912 000 001,Tổ Văn phòng,GIAO_VIEN,",    // 9 same phone as line 2
                "X".repeat(201) + ",0912000010,,GIAO_VIEN,"));           // 10 name too long
        assertThat(english(report)).isEqualTo("""
                imported 1, updated 0, rejected 8
                line 3: full name is missing
                line 4: phone is missing
                line 5: roles are missing (e.g. TEACHER or GIAO_VIEN)
                line 6: email “hai@” is not a valid email address
                line 7: phone “09x” is not a Vietnamese phone number
                line 8: role “BAO_VE” is unknown (use GIAO_VIEN, TO_TRUONG, THU_KY, HOI_DONG, HIEU_TRUONG, QUAN_TRI \
                or TEACHER, TEAM_LEADER, SECRETARY, COUNCIL, PRINCIPAL, ADMIN)
                line 9: phone “+84 912 000 001” already appears on line 2
                line 10: full name is longer than 200 characters""");
        assertThat(report.rejections()).extracting(ImportReport.Rejection::line).containsExactly(3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(staff.count()).as("only the good row").isEqualTo(1);
        assertThat(person("0912000001").getRoles()).as("the duplicate did not overwrite the first").containsExactly(Role.PRINCIPAL);
        assertThat(teams.findAll()).as("rejected rows create no team").extracting(Team::getName).containsExactly("Tổ Văn phòng");
    }

    @Test
    void the_report_speaks_vietnamese_too() {
        ImportReport report = importer.importFile("ds.csv", csv(HEADER_VI, "Cầm Thị Yến,09x,Tổ Toán - Tin,GIAO_VIEN,"));
        assertThat(report.render(texts, Texts.VIETNAMESE))
                .isEqualTo("Đã thêm 0, cập nhật 0, từ chối 1\ndòng 2: số điện thoại “09x” không phải số điện thoại Việt Nam");
    }

    @Test
    void a_file_missing_a_required_column_imports_nothing_and_names_the_column() {
        ImportReport report = importer.importFile("ds.csv", csv("Họ và tên,Tổ,Vai trò", "Lò Thị Hoa,Tổ Văn phòng,THU_KY"));
        assertThat(report.failed()).isTrue();
        assertThat(english(report)).startsWith("The file has no column “Số điện thoại” (phone).");
        assertThat(report.render(texts, Texts.VIETNAMESE)).startsWith("Tệp thiếu cột “Số điện thoại” (phone).");
        assertThat(staff.count()).isZero();
    }

    @Test
    void a_corrupt_xlsx_or_an_oversized_file_imports_nothing() {
        ImportReport corrupt = importer.importFile("ds.xlsx", "PK\u0003\u0004 not really a workbook".getBytes());
        assertThat(english(corrupt)).startsWith("The Excel file cannot be read");
        byte[] big = csv(HEADER_VI, ("Vì Văn Sơn,0912000003,Tổ Toán - Tin,GIAO_VIEN," + " ".repeat(1000) + "\n").repeat(1100));
        assertThat(big.length).isGreaterThan(1024 * 1024);
        assertThat(english(importer.importFile("ds.csv", big))).isEqualTo("The file is larger than 1 MB. Nothing was imported.");
        assertThat(staff.count()).isZero();
    }

    @Test
    void the_demo_school_imports_cleanly_with_its_fixed_people() throws Exception {
        byte[] demo = Files.readAllBytes(Path.of("config/demo/staff.csv"));
        ImportReport report = importer.importFile("staff.csv", demo);
        assertThat(report.rejected()).isZero();
        assertThat(report.imported()).isBetween(36, 45);
        assertThat(teams.findAll()).hasSize(6);
        assertThat(person("0912000001").getRoles()).contains(Role.PRINCIPAL, Role.COUNCIL);
        assertThat(person("0912000002").getRoles()).contains(Role.SECRETARY, Role.ADMIN, Role.COUNCIL);
        StaffMember leader = person("0912000003");
        assertThat(leader.getRoles()).contains(Role.TEAM_LEADER);
        assertThat(leader.getTeam().getName()).isEqualTo("Tổ Toán - Tin");
        StaffMember teacher = person("0912000004");
        assertThat(teacher.getRoles()).isEqualTo(Set.of(Role.TEACHER));
        assertThat(teacher.getTeam().getName()).isEqualTo("Tổ Toán - Tin");
    }
}
