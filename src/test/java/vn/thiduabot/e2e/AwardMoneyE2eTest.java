package vn.thiduabot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.thiduabot.people.Role;
import vn.thiduabot.telegram.FakeBotApi.RecordedMessage;
import vn.thiduabot.telegram.FakeBotApi.SentDocument;
import vn.thiduabot.telegram.FakeUser;

/**
 * The award money through the fake Bot API, school year 2026-2027 of the demo school (base salary 2,340,000 đ
 * since 01/07/2024, Nghị định 73/2024/NĐ-CP): the secretary Hà Văn Minh proposes four teachers of the seven of
 * Tổ Toán - Tin for Lao động tiên tiến, one for Chiến sĩ thi đua cơ sở and the team for Tập thể lao động tiên
 * tiến; /kiemtra shows every amount rounded up to 10,000 đ and the total; the principal, alone on the council,
 * votes, and the minutes carry the same money table.
 */
@EndToEndTest.OwnApp
class AwardMoneyE2eTest extends EndToEndTest {

    private static final String TEAM = "Tổ Toán - Tin";
    private static final List<String> ADVANCED = List.of("Lò Thị Hoa", "Vì Văn Dũng", "Hà Thị Thu", "Bùi Văn Nam");
    private static final String SOLDIER = "Đinh Thị Lan";

    private BotApp own;

    @AfterEach
    void closeOwnApp() {
        if (own != null) {
            own.close();
        }
    }

    @Test
    void a_team_of_seven_gets_its_money_rounded_up_on_kiemtra_and_in_the_minutes() throws Exception {
        own = BotApp.startWithOwnFake();
        useApp(own);
        FakeUser minh = newUser("Minh");
        seedLinked(minh, "Hà Văn Minh", Role.SECRETARY, Role.ADMIN);
        FakeUser hung = newUser("Hùng");
        seedLinked(hung, "Nguyễn Văn Hùng", Role.PRINCIPAL, Role.COUNCIL);
        for (String name : ADVANCED) {
            seedStaff(name, TEAM, Role.TEACHER);
        }
        seedStaff(SOLDIER, TEAM, Role.TEACHER);
        seedStaff("Sa Văn Tú", TEAM, Role.TEACHER);
        seedStaff("Lò Văn Tâm", TEAM, Role.TEACHER);

        for (String name : ADVANCED) {
            proposePerson(minh, name, "Lao động tiên tiến");
        }
        proposePerson(minh, SOLDIER, "Chiến sĩ thi đua cơ sở");
        fake.userSends(minh, "/dexuat");
        RecordedMessage overview = awaitReply(minh);
        fake.userPresses(minh, overview, vi("commendation.button.add-team"));
        String chooseTeam = vi("commendation.add.choose-team");
        String chooseTitle = vi("commendation.add.choose-team-title", TEAM);
        RecordedMessage teams = fake.awaitEdit(overview.messageId(), m -> m.text().contains(chooseTeam), TIMEOUT);
        fake.userPresses(minh, teams, TEAM);
        RecordedMessage teamTitles = fake.awaitEdit(overview.messageId(), m -> m.text().contains(chooseTitle), TIMEOUT);
        fake.userPresses(minh, teamTitles, "Tập thể lao động tiên tiến");
        fake.awaitEdit(overview.messageId(), m -> !m.text().contains(chooseTitle) && m.text().contains("Tập thể lao động tiên tiến"),
                TIMEOUT);

        // /kiemtra: 0.3 × 2,340,000 = 702,000 → 710,000 each; CSTĐCS 2,340,000 exact; TTLĐTT 1,872,000 → 1,880,000.
        fake.userSends(minh, "/kiemtra");
        String check = awaitReply(minh).text();
        assertThat(check)
                .contains(vi("commendation.money.header", "2.340.000 đ",
                        vi("commendation.money.basis-preview", vn.thiduabot.chat.Texts.date(own.bean(java.time.Clock.class)
                                .instant().atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate()))))
                .contains(vi("commendation.money.line", "Lao động tiên tiến", "4", "0,3", "710.000 đ", "2.840.000 đ", "702.000 đ"))
                .contains(vi("commendation.money.line", "Chiến sĩ thi đua cơ sở", "1", "1", "2.340.000 đ", "2.340.000 đ", "2.340.000 đ"))
                .contains(vi("commendation.money.line", "Tập thể lao động tiên tiến", "1", "0,8", "1.880.000 đ", "1.880.000 đ",
                        "1.872.000 đ"))
                .contains(vi("commendation.money.total", "7.060.000 đ"));

        // The council (the principal alone) votes on the five voted proposals; the minutes carry the money table.
        fake.userSends(minh, "/bieuquyet");
        awaitReply(minh, vi("commendation.vote.ask-place", "5", "1"));
        fake.userSends(minh, "Phòng họp Hội đồng");
        awaitReply(minh);
        fake.userSends(minh, "-");
        awaitReply(minh, vi("commendation.vote.ask-close"));
        fake.userSends(minh, "-");
        RecordedMessage confirm = awaitReply(minh);
        fake.userPresses(minh, confirm, vi("commendation.button.open-vote"));
        awaitReply(minh, vi("commendation.vote.opened", "5", "1", "1"));
        RecordedMessage ballot = awaitReply(hung);
        for (int i = 1; i <= 5; i++) {
            fake.userPresses(hung, ballot, i + ". Đồng ý");
            int n = i;
            ballot = fake.awaitEdit(ballot.messageId(), m -> m.text().split(vi("commendation.ballot.yes"), -1).length - 1 >= n, TIMEOUT);
        }
        fake.userSends(minh, "/bieuquyet");
        RecordedMessage status = awaitReply(minh);
        fake.userPresses(minh, status, vi("commendation.button.close-vote"));
        RecordedMessage sure = awaitReply(minh);
        fake.userPresses(minh, sure, vi("commendation.button.close-yes"));
        awaitReply(minh);
        SentDocument minutes = fake.awaitDocumentTo(minh.chatId(), d -> d.fileName().endsWith(".docx"), TIMEOUT);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(minutes.bytes()))) {
            String body = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertThat(body).contains("lương cơ sở 2.340.000 đ").contains("làm tròn lên hàng chục nghìn đồng")
                    .contains(vi("commendation.minutes.award", "7.060.000 đ"));
            XWPFTable money = doc.getTables().stream().filter(t -> t.getText().contains(vi("commendation.money.col-multiple")))
                    .findFirst().orElseThrow();
            List<String> rows = money.getRows().stream().map(r -> String.join(" | ", r.getTableCells().stream()
                    .map(c -> c.getText()).toList())).toList();
            assertThat(rows).hasSize(8);   // header, 6 proposals, total
            for (String name : ADVANCED) {
                assertThat(rows).anySatisfy(r -> assertThat(r).contains(name + " | Lao động tiên tiến | 0,3 | 2.340.000 | 710.000"));
            }
            assertThat(rows).anySatisfy(r -> assertThat(r).contains(SOLDIER + " | Chiến sĩ thi đua cơ sở | 1 | 2.340.000 | 2.340.000"))
                    .anySatisfy(r -> assertThat(r).contains(TEAM + " | Tập thể lao động tiên tiến | 0,8 | 2.340.000 | 1.880.000"))
                    .last().asString().endsWith("7.060.000");
        }

        // /xuat: the whole school's score file carries the money sheet, a row per award and the total.
        fake.userSends(minh, "/xuat");
        RecordedMessage menu = awaitReply(minh);
        fake.userPresses(minh, menu, vi("report.button.scores"));
        SentDocument file = fake.awaitDocumentTo(minh.chatId(), d -> d.fileName().endsWith(".xlsx"), TIMEOUT);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = vn.thiduabot.report.Xlsx.open(file.bytes())) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.getSheet(vi("commendation.money.sheet"));
            List<List<String>> rows = vn.thiduabot.report.Xlsx.rowsUnderHeader(sheet);
            assertThat(rows).hasSize(7);
            assertThat(rows).filteredOn(r -> r.contains("Lao động tiên tiến")).hasSize(4)
                    .allSatisfy(r -> assertThat(r).endsWith("0.3", "2340000", "710000"));
            assertThat(rows.get(6)).startsWith(vi("report.total")).endsWith("7060000");
        }
    }

    private void proposePerson(FakeUser minh, String name, String title) {
        fake.userSends(minh, "/dexuat");
        RecordedMessage overview = awaitReply(minh);
        fake.userPresses(minh, overview, vi("commendation.button.add-person"));
        awaitReply(minh, vi("commendation.add.ask-name"));
        fake.userSends(minh, name);
        RecordedMessage titles = awaitReply(minh);
        fake.userPresses(minh, titles, title);
        fake.awaitEdit(titles.messageId(), m -> m.text().contains(title) && m.text().contains(name), TIMEOUT);
    }
}
