package vn.thiduabot.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.chat.UpdateIntake;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.notification.OutgoingMessage;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.Team;
import vn.thiduabot.support.BotTest;
import vn.thiduabot.support.ChatDriver;
import vn.thiduabot.support.ClockAt;
import vn.thiduabot.support.MutableClock;
import vn.thiduabot.support.SchoolFixture;

/**
 * The Department package of a campaign with team targets and no pledge (the team-targets test campaign), Friday
 * 08/09/2023: the leader of Tổ Toán - Tin, Bùi Văn Sơn, registers the team for “Tập thể lao động xuất sắc” with its
 * targets and plan; the secretary Hà Văn Minh then makes the package. The pledge is left out and the status says so.
 */
@BotTest
@TestPropertySource(properties = "thidua.campaign-dir=src/test/resources/campaigns-team-targets")
@ClockAt("2023-09-08T01:00:00Z")
class DepartmentPackageTargetsTest {

    static final Instant START = Instant.parse("2023-09-08T01:00:00Z");
    static final long MINH = 9312;  // secretary
    static final long HOA = 9314;   // teacher, Toán - Tin
    static final long SON = 9315;   // team leader, Toán - Tin
    static final String RATE = "Tỉ lệ học sinh đạt yêu cầu trở lên ở các môn của tổ (%)";
    static final String PLAN = "Dự giờ chéo mỗi tháng; bồi dưỡng học sinh giỏi từ tháng 10.";

    @Autowired SchoolFixture school;
    @Autowired UpdateIntake intake;
    @Autowired Outbox outbox;
    @Autowired Texts texts;
    @Autowired MutableClock clock;
    ChatDriver chat;

    @BeforeEach
    void school() {
        chat = new ChatDriver(intake, outbox);
        clock.advance(Duration.between(clock.instant(), START));
        school.reset();
        Team toan = school.team("Toán - Tin");
        Team office = school.team("Văn phòng");
        school.person("Hà Văn Minh", "+84915000012", office, Set.of(Role.SECRETARY, Role.ADMIN), MINH);
        school.person("Lò Thị Hoa", "+84915000014", toan, Set.of(Role.TEACHER), HOA);
        school.person("Bùi Văn Sơn", "+84915000015", toan, Set.of(Role.TEACHER, Role.TEAM_LEADER), SON);
    }

    private String vi(String key, Object... args) {
        return texts.get(Texts.VIETNAMESE, key, args);
    }

    @Test
    void the_registration_summary_in_the_package_lists_the_team_targets_and_the_missing_pledge_is_said() throws IOException {
        chat.says(SON, "/totoi");
        chat.presses(SON, vi("registration.team.button.register"));
        chat.presses(SON, "Tập thể lao động xuất sắc");
        chat.presses(SON, "Giấy khen của Hiệu trưởng");
        chat.says(SON, "95,5");
        chat.presses(SON, vi("registration.skip"));
        chat.presses(SON, vi("registration.yes"));
        chat.says(SON, PLAN);
        chat.presses(SON, vi("registration.button.submit"));

        chat.says(MINH, "/xuat");
        chat.presses(MINH, vi("dept.button"));
        OutgoingMessage sent = chat.last(MINH);
        assertThat(sent.text()).startsWith(vi("dept.caption", "2023-2024", "10/10/2023", "3"))
                .contains(vi("dept.status.no-pledge"), vi("dept.status.staff-without", "3", "3"),
                        vi("dept.status.teams-without", "Văn phòng"));

        Map<String, byte[]> zip = DepartmentPackageTest.unzip(sent);
        assertThat(zip.keySet()).as("no pledge in this campaign: no pledge file")
                .containsExactly("cong-van-gui-so_2023-2024.docx", "dang-ky-thi-dua_2023-2024_2023-09-08.xlsx",
                        "bang-diem-mau_2023-2024_2023-09-08.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(zip.get("dang-ky-thi-dua_2023-2024_2023-09-08.xlsx")))) {
            List<List<String>> rows = Xlsx.numberedRows(wb.getSheet("Tập thể"));
            assertThat(rows).singleElement().satisfies(r -> {
                assertThat(r.get(1)).isEqualTo("Toán - Tin");
                assertThat(String.join("|", r)).contains(RATE, "95,5", PLAN);
            });
        }
        try (XWPFDocument letter = new XWPFDocument(new ByteArrayInputStream(zip.get("cong-van-gui-so_2023-2024.docx")))) {
            assertThat(DepartmentPackageTest.text(letter)).contains(vi("dept.letter.enclosure", "2", vi("dept.enclosure.sheet", "2023-2024")))
                    .doesNotContain(vi("dept.enclosure.pledge", "0", "0").substring(0, 20));
        }
    }
}
