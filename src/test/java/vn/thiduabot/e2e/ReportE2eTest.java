package vn.thiduabot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.people.Role;
import vn.thiduabot.report.Xlsx;
import vn.thiduabot.telegram.FakeBotApi.RecordedMessage;
import vn.thiduabot.telegram.FakeBotApi.SentDocument;
import vn.thiduabot.telegram.FakeUser;

/**
 * The secretary asks for the registration summary in the chat and receives it as a document through
 * Telegram's sendDocument; the file opens in POI with the school's teams on their own sheets.
 */
class ReportE2eTest extends EndToEndTest {

    @Test
    void the_secretary_asks_for_the_registration_summary_and_receives_an_xlsx_document() throws Exception {
        FakeUser secretary = newUser("Nguyệt");
        seedLinked(secretary, "Vì Thị Nguyệt", Role.SECRETARY);
        seedStaff("Quàng Văn Dũng", "Tổ Xuất tệp Đường Lên", Role.TEACHER, Role.TEAM_LEADER);
        seedStaff("Lường Thị Yến", "Tổ Xuất tệp Đường Lên", Role.TEACHER);
        Campaign campaign = app.bean(Campaigns.class).current();
        String expectedName = "dang-ky-thi-dua_" + campaign.schoolYear() + "_" + app.bean(Campaigns.class).today() + ".xlsx";

        fake.userSends(secretary, "/xuat");
        RecordedMessage menu = awaitReply(secretary, vi("report.menu", campaign.schoolYear()));
        fake.userPresses(secretary, menu, vi("report.button.registration"));

        SentDocument doc = fake.awaitDocumentTo(secretary.chatId(), d -> d.fileName().equals(expectedName), TIMEOUT);
        assertThat(doc.kind()).isEqualTo("document");
        assertThat(doc.caption()).startsWith(vi("report.caption.registration", campaign.schoolYear(), vi("report.caption.scope-school"), "")
                .replaceAll("\\.$", ""));
        try (XSSFWorkbook wb = Xlsx.open(doc.bytes())) {
            assertThat(Xlsx.sheetNames(wb)).startsWith("Cá nhân", "Tập thể", "Sáng kiến").endsWith("Thống kê")
                    .contains("Tổ Xuất tệp Đường Lên");
            assertThat(Xlsx.text(wb.getSheet("Cá nhân"), 0, 0)).isEqualTo(campaign.schoolName());
            List<List<String>> team = Xlsx.numberedRows(wb.getSheet("Tổ Xuất tệp Đường Lên"));
            assertThat(team).extracting(r -> r.get(1) + " | " + r.get(2) + " | " + r.get(3))
                    .containsExactly("Lường Thị Yến | Giáo viên | Chưa đăng ký", "Quàng Văn Dũng | Tổ trưởng | Chưa đăng ký");
        }
    }
}
