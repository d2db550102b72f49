package vn.thiduabot.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thiduabot.staff.StaffFiles.csv;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thiduabot.support.BotTest;
import org.springframework.test.context.TestPropertySource;
import vn.thiduabot.support.SchoolFixture;

/** java -jar thiduabot.jar import-staff FILE: what it prints and how it exits. */
// like the real import-staff (Launcher): no log lines on stdout, which carries only the report
@BotTest
@TestPropertySource(properties = "logging.level.vn.thiduabot=WARN")
class StaffImportCliTest {

    /** The staff lists the command reads (the bot's own data folder is the application's, BotTest). */
    @TempDir
    static Path dir;

    @Autowired SchoolFixture school;
    @Autowired
    StaffImportCli cli;
    @Autowired
    JdbcTemplate jdbc;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream realOut;
    private PrintStream realErr;

    @BeforeEach
    void capture() throws Exception {
        school.reset(); // every table (SchemaReset)
        realOut = System.out;
        realErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void release() {
        System.setOut(realOut);
        System.setErr(realErr);
    }

    private Path file(String name, byte[] content) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    @Test
    void a_clean_file_prints_the_counts_and_exits_0_and_again_changes_nothing() throws Exception {
        Path f = file("ds.csv", csv("Họ và tên,Số điện thoại,Tổ,Vai trò",
                "Lò Thị Hoa,0912000002,Tổ Văn phòng,THU_KY;HOI_DONG;QUAN_TRI",
                "Vì Văn Sơn,0912000003,Tổ Toán - Tin,TO_TRUONG;GIAO_VIEN"));
        assertThat(cli.run(f)).isZero();
        assertThat(stdout()).isEqualTo("imported 2, updated 0, rejected 0\n");
        out.reset();
        assertThat(cli.run(f)).isZero();
        assertThat(stdout()).isEqualTo("imported 0, updated 0, rejected 0\n");
        assertThat(stderr()).isEmpty();
    }

    @Test
    void the_command_line_applies_at_once_and_the_audit_log_says_it_was_the_command_line() throws Exception {
        jdbc.update("delete from audit_entry");
        assertThat(cli.run(file("ds.csv", csv("Họ và tên,Số điện thoại,Vai trò", "Hà Văn Hùng,0912000001,HIEU_TRUONG")))).isZero();
        assertThat(cli.run(file("ds2.csv", csv("Họ và tên,Số điện thoại,Vai trò", "Hà Văn Hùng,0912000001,HIEU_TRUONG;QUAN_TRI")))).isZero();
        assertThat(jdbc.queryForList("select actor_kind || ' ' || action || ' ' || coalesce(old_value, '-') || ' ' || new_value"
                + " from audit_entry order by id", String.class)).containsExactly(
                "COMMAND_LINE ADDED - HIEU_TRUONG",
                "COMMAND_LINE ROLES_CHANGED HIEU_TRUONG HIEU_TRUONG;QUAN_TRI");
    }

    @Test
    void rejected_rows_are_listed_one_a_line_and_exit_1() throws Exception {
        Path f = file("ds.csv", csv("Họ và tên,Số điện thoại,Tổ,Vai trò",
                "Lò Thị Hoa,0912000002,Tổ Văn phòng,THU_KY",
                "Vì Văn Sơn,0912000003,Tổ Toán - Tin,GIAO_VIEN",
                "Bùi Thị Hương,0912000004,Tổ Toán - Tin,GIAO_VIEN",
                "Đinh Công Minh,0912000005,Tổ Toán - Tin,GIAO_VIEN",
                "Sa Thị Nga,0912000006,Tổ Toán - Tin,GIAO_VIEN",
                "Cầm Thị Yến,09x,Tổ Toán - Tin,GIAO_VIEN",
                "Lường Văn Hải,0912000007,Tổ Toán - Tin,GIAO_VIEN",
                "Hà Thị Nhung,0912000009,Tổ Toán - Tin,X"));
        assertThat(cli.run(f)).isEqualTo(1);
        assertThat(stdout()).isEqualTo("""
                imported 6, updated 0, rejected 2
                line 7: phone “09x” is not a Vietnamese phone number
                line 9: role “X” is unknown (use GIAO_VIEN, TO_TRUONG, THU_KY, HOI_DONG, HIEU_TRUONG, QUAN_TRI \
                or TEACHER, TEAM_LEADER, SECRETARY, COUNCIL, PRINCIPAL, ADMIN)
                """);
        assertThat(jdbc.queryForObject("select count(*) from staff_member", Integer.class)).isEqualTo(6);
    }

    @Test
    void a_missing_file_exits_2_with_a_message_on_stderr() {
        assertThat(cli.run(dir.resolve("nope.csv"))).isEqualTo(2);
        assertThat(stderr()).contains("No such file").contains("nope.csv");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void a_file_refused_as_a_whole_exits_2_and_imports_nothing() throws Exception {
        Path f = file("ds.csv", csv("Họ và tên,Tổ", "Lò Thị Hoa,Tổ Văn phòng"));
        assertThat(cli.run(f)).isEqualTo(2);
        assertThat(stderr()).contains("has no column").contains("(phone)").contains("(roles)");
        assertThat(stdout()).isEmpty();
        assertThat(cli.run(file("ds.pdf", new byte[] {1, 2, 3}))).isEqualTo(2);
        assertThat(cli.run(file("ds.xlsx", "PK\u0003\u0004broken".getBytes(StandardCharsets.ISO_8859_1)))).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from staff_member", Integer.class)).isZero();
    }

    @Test
    void a_huge_workbook_or_a_list_past_5000_rows_is_refused_as_too_large_and_imports_nothing() throws Exception {
        assertThat(cli.run(StaffFiles.hugeXlsx(dir))).isEqualTo(2);
        assertThat(stderr()).isEqualTo("The file is too large: it has data in more than 50 columns (at most 50)."
                + " Keep only the list's columns (full name, phone, roles, team, email) and send it again. Nothing was imported.\n");
        err.reset();
        assertThat(cli.run(file("ds.csv", StaffFiles.wideCsv(5_001, 3)))).isEqualTo(2);
        assertThat(stderr()).startsWith("The file is too large: the list has more than 5,000 data rows (at most 5,000).");
        assertThat(stdout()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from staff_member", Integer.class)).isZero();
    }
}
