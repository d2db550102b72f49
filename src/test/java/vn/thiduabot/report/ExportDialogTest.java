package vn.thiduabot.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thiduabot.people.Role;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.chat.UpdateIntake;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.notification.OutgoingMessage;
import vn.thiduabot.staff.StaffMember;
import vn.thiduabot.staff.StaffRepository;
import vn.thiduabot.staff.Team;
import vn.thiduabot.staff.TeamRepository;
import vn.thiduabot.support.ChatDriver;
import vn.thiduabot.support.MutableClock;
import vn.thiduabot.support.BotTest;
import vn.thiduabot.support.ClockAt;
import org.springframework.test.context.TestPropertySource;
import vn.thiduabot.support.SchoolFixture;

/**
 * /xuat through the real intake on a temporary SQLite database, on Friday 08/09/2023 (registration
 * open until 15/09): what each person gets is read from the outbox, the file from the message.
 * Tổ Toán - Tin: Lò Thị Hoa (teacher), Bùi Văn Sơn (team leader). Tổ Ngữ văn - Sử - Địa: Sa Thị Mai.
 * Hà Văn Minh is the council secretary.
 */
@BotTest
@TestPropertySource(properties = BotTest.CAMPAIGNS_2023)
@ClockAt("2023-09-08T01:00:00Z")
class ExportDialogTest {

    static final Instant START = Instant.parse("2023-09-08T01:00:00Z");
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");


    static final long MINH = 9102;
    static final long HOA = 9104;
    static final long SON = 9105;
    static final long MAI = 9106;

    @Autowired SchoolFixture school;
    @Autowired UpdateIntake intake;
    @Autowired Outbox outbox;
    ChatDriver chat;
    @Autowired StaffRepository staff;
    @Autowired TeamRepository teams;
    @Autowired Texts texts;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired MutableClock clock;

    @BeforeEach
    void school() {
        chat = new ChatDriver(intake, outbox);
        clock.advance(Duration.between(clock.instant(), START));
        school.reset(); // every table (SchemaReset)
        tx.executeWithoutResult(s -> {
            Instant now = Instant.now();
            Team toan = school.team("Toán - Tin");
            Team van = school.team("Ngữ văn - Sử - Địa");
            Team office = school.team("Văn phòng");
            person("Hà Văn Minh", "+84913000002", office, Set.of(Role.SECRETARY, Role.ADMIN), MINH, now);
            person("Lò Thị Hoa", "+84913000004", toan, Set.of(Role.TEACHER), HOA, now);
            person("Bùi Văn Sơn", "+84913000005", toan, Set.of(Role.TEACHER, Role.TEAM_LEADER), SON, now);
            person("Sa Thị Mai", "+84913000006", van, Set.of(Role.TEACHER), MAI, now);
        });
    }

    private void person(String name, String phone, Team team, Set<Role> roles, Long telegram, Instant now) {
        school.person(name, phone, team, roles, telegram);
    }

    private String vi(String key, Object... args) {
        return texts.get(Texts.VIETNAMESE, key, args);
    }

    private static XSSFWorkbook open(OutgoingMessage m) {
        return Xlsx.open(Base64.getDecoder().decode(m.file().base64Content()));
    }

    /** Hoa registers LĐTT with the principal's certificate, no initiative, and sends it. */
    private void hoaRegisters() {
        chat.says(HOA, "/dangky");
        chat.presses(HOA, "Lao động tiên tiến");
        chat.presses(HOA, "Giấy khen của Hiệu trưởng");
        chat.presses(HOA, vi("registration.initiative.no"));
        chat.says(HOA, "92");
        chat.presses(HOA, vi("registration.skip"));
        chat.says(HOA, "10");
        chat.presses(HOA, vi("registration.skip"));
        chat.presses(HOA, vi("registration.yes"));
        chat.presses(HOA, vi("registration.button.submit"));
    }

    @Test
    void the_secretary_chooses_the_registration_summary_and_receives_the_file_with_a_caption() throws Exception {
        hoaRegisters();
        chat.says(MINH, "/xuat");
        OutgoingMessage menu = chat.last(MINH);
        assertThat(menu.text()).isEqualTo(vi("report.menu", "2023-2024"));
        assertThat(ChatDriver.labels(menu)).containsExactly(vi("report.button.registration"), vi("report.button.scores"),
                vi("report.button.exemplars", "3", "2023"), vi("report.button.pledges"), vi("dept.button"), vi("papers.button"));

        assertThat(chat.presses(MINH, vi("report.button.registration"))).isEqualTo(vi("report.toast.made"));
        OutgoingMessage sent = chat.last(MINH);
        assertThat(sent.file()).isNotNull();
        assertThat(sent.file().kind()).isEqualTo(OutgoingMessage.FileRef.Kind.DOCUMENT);
        assertThat(sent.file().fileName()).isEqualTo("dang-ky-thi-dua_2023-2024_2023-09-08.xlsx");
        assertThat(sent.text()).isEqualTo(vi("report.caption.registration", "2023-2024", "toàn trường", "08:00 08/09/2023"));
        try (XSSFWorkbook wb = open(sent)) {
            assertThat(Xlsx.text(wb.getSheet("Cá nhân"), 0, 0)).isEqualTo("Trường PT DTNT THCS&THPT Bản Mường (trường mẫu)");
            List<List<String>> rows = Xlsx.numberedRows(wb.getSheet("Cá nhân"));
            assertThat(rows).containsExactly(List.of("1", "Lò Thị Hoa", "Giáo viên, Toán - Tin", "Lao động tiên tiến",
                    "Giấy khen của Hiệu trưởng", "08/09/2023"));
            assertThat(Xlsx.sheetNames(wb)).contains("Toán - Tin", "Ngữ văn - Sử - Địa", "Văn phòng");
        }

        chat.presses(MINH, vi("report.button.scores"));
        OutgoingMessage scores = chat.last(MINH);
        assertThat(scores.file().fileName()).isEqualTo("bang-diem-thi-dua_2023-2024_2023-09-08.xlsx");
        try (XSSFWorkbook wb = open(scores)) {
            assertThat(Xlsx.numberedRows(wb.getSheet("Bảng điểm"))).hasSize(4).allMatch(r -> r.get(r.size() - 1).equals("Chưa tự chấm"));
        }

        chat.presses(MINH, vi("report.button.exemplars", "3", "2023"));
        assertThat(chat.last(MINH).file().fileName()).isEqualTo("dien-hinh_2023-q3_2023-2024_2023-09-08.xlsx");
        assertThat(chat.last(MINH).text()).isEqualTo(vi("report.caption.exemplars", "3", "2023", "08:00 08/09/2023"));
    }

    @Test
    void a_team_leader_gets_the_files_of_their_own_team_and_a_teacher_none() throws Exception {
        hoaRegisters();
        chat.says(SON, "/xuat");
        assertThat(chat.last(SON).text()).isEqualTo(vi("report.menu.team", "2023-2024", "Toán - Tin"));
        assertThat(ChatDriver.labels(chat.last(SON))).containsExactly(vi("report.button.registration"), vi("report.button.scores"));
        chat.presses(SON, vi("report.button.registration"));
        OutgoingMessage sent = chat.last(SON);
        assertThat(sent.file().fileName()).isEqualTo("dang-ky-thi-dua_toan-tin_2023-2024_2023-09-08.xlsx");
        assertThat(sent.text()).isEqualTo(vi("report.caption.registration", "2023-2024", "Toán - Tin", "08:00 08/09/2023"));
        try (XSSFWorkbook wb = open(sent)) {
            assertThat(Xlsx.sheetNames(wb)).containsExactly("Cá nhân", "Tập thể", "Sáng kiến", "Toán - Tin", "Thống kê");
            assertThat(Xlsx.numberedRows(wb.getSheet("Toán - Tin"))).extracting(r -> r.get(1)).containsExactly("Bùi Văn Sơn", "Lò Thị Hoa");
        }

        chat.says(MAI, "/xuat");
        assertThat(chat.last(MAI).text()).isEqualTo(vi("error.forbidden"));
        assertThat(chat.last(MAI).file()).isNull();
    }

    @Test
    void an_exemplars_button_of_the_earlier_text_format_or_for_a_quarter_that_does_not_exist_makes_no_file() {
        chat.says(MINH, "/xuat");
        String label = vi("report.button.exemplars", "3", "2023");
        String button = ChatDriver.token(chat.last(MINH), label);
        int before = chat.sent(MINH).size();

        jdbc.update("update callback_token set payload = ? where token = ?", "ex:2023-Q3", button);
        assertThat(chat.pressToken(MINH, button)).isEqualTo(vi("error.button-stale"));
        jdbc.update("update callback_token set payload = ? where token = ?", "Exemplars{\"year\":2023,\"quarter\":5}", button);
        assertThat(chat.pressToken(MINH, button)).isEqualTo(vi("error.button-stale"));

        assertThat(chat.sent(MINH)).hasSize(before);
    }
}
