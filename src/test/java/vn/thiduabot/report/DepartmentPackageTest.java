package vn.thiduabot.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.campaign.ScoreSheet;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.chat.UpdateIntake;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.notification.OutgoingMessage;
import vn.thiduabot.people.Role;
import vn.thiduabot.pledge.PledgeParty;
import vn.thiduabot.pledge.PledgeService;
import vn.thiduabot.staff.StaffMember;
import vn.thiduabot.staff.Team;
import vn.thiduabot.support.BotTest;
import vn.thiduabot.support.ChatDriver;
import vn.thiduabot.support.ClockAt;
import vn.thiduabot.support.MutableClock;
import vn.thiduabot.support.SchoolFixture;

/**
 * The package for the Department's 10/10 deadline, school year 2023-2024 (the pledge opened on 20/09/2023). On Friday
 * 22/09/2023 the leader of Tổ Toán - Tin, Vì Văn Sơn, signed at 08:15 and the principal Hà Văn Hùng at 09:30; Cầm Thị Yến
 * (Tổ Ngữ văn - Sử - Địa) has not signed. The secretary Lò Thị Hoa asks /xuat for the package at 10:00.
 */
@BotTest
@TestPropertySource(properties = BotTest.CAMPAIGNS_2023)
@ClockAt("2023-09-22T01:00:00Z")
class DepartmentPackageTest {

    static final Instant START = Instant.parse("2023-09-22T01:00:00Z"); // 08:00 in Hà Nội
    static final String YEAR = "2023-2024";
    static final long HUNG = 8401;  // principal
    static final long HOA = 8402;   // secretary
    static final long SON = 8403;   // leader, Toán - Tin
    static final long HUONG = 8404; // teacher, Toán - Tin
    static final long YEN = 8405;   // leader, Ngữ văn - Sử - Địa

    @Autowired SchoolFixture school;
    @Autowired UpdateIntake intake;
    @Autowired Outbox outbox;
    @Autowired Texts texts;
    @Autowired MutableClock clock;
    @Autowired PledgeService pledges;
    @Autowired Campaigns campaigns;
    ChatDriver chat;
    long hung;
    long son;

    @BeforeEach
    void school() {
        chat = new ChatDriver(intake, outbox);
        clock.advance(Duration.between(clock.instant(), START));
        school.reset();
        Team toan = school.team("Tổ Toán - Tin");
        Team van = school.team("Tổ Ngữ văn - Sử - Địa");
        hung = school.linked("Hà Văn Hùng", "+84913000401", null, HUNG, Role.PRINCIPAL).getId();
        school.linked("Lò Thị Hoa", "+84913000402", toan, HOA, Role.SECRETARY, Role.TEACHER);
        son = school.linked("Vì Văn Sơn", "+84913000403", toan, SON, Role.TEAM_LEADER, Role.TEACHER).getId();
        school.linked("Bùi Thị Hương", "+84913000404", toan, HUONG, Role.TEACHER);
        school.linked("Cầm Thị Yến", "+84913000405", van, YEN, Role.TEAM_LEADER, Role.TEACHER);
    }

    String vi(String key, Object... args) {
        return texts.get(Texts.VIETNAMESE, key, args);
    }

    @Test
    void the_secretary_gets_one_zip_with_the_four_papers_and_a_status_naming_the_team_that_has_not_signed() throws IOException {
        clock.advance(Duration.ofMinutes(15));
        pledges.sign(son, YEAR, PledgeParty.team("Tổ Toán - Tin"));
        clock.advance(Duration.ofMinutes(75));
        pledges.sign(hung, YEAR, PledgeParty.school());
        clock.advance(Duration.ofMinutes(30));

        chat.says(HOA, "/xuat");
        assertThat(chat.presses(HOA, vi("dept.button"))).isEqualTo(vi("report.toast.made"));
        OutgoingMessage sent = chat.last(HOA);
        assertThat(sent.file().fileName()).isEqualTo("ho-so-gui-so_2023-2024_2023-09-22.zip");
        assertThat(sent.text()).startsWith(vi("dept.caption", YEAR, "10/10/2023", "4"))
                .contains(vi("dept.status.missing-header"), vi("dept.status.unsigned", "Tổ Ngữ văn - Sử - Địa"),
                        vi("dept.status.staff-without", "5", "5"),
                        vi("dept.status.teams-without", "Tổ Ngữ văn - Sử - Địa, Tổ Toán - Tin"))
                .doesNotContain(vi("dept.status.complete"));

        Map<String, byte[]> zip = unzip(sent);
        assertThat(zip.keySet()).containsExactly("cong-van-gui-so_2023-2024.docx", "dang-ky-thi-dua_2023-2024_2023-09-22.xlsx",
                "cam-ket-thi-dua_2023-2024.docx", "bang-diem-mau_2023-2024_2023-09-22.xlsx");

        try (XWPFDocument pledge = new XWPFDocument(new ByteArrayInputStream(zip.get("cam-ket-thi-dua_2023-2024.docx")))) {
            String text = text(pledge);
            assertThat(text).contains(vi("dept.pledge.title"), "Mai Châu, ngày 22 tháng 9 năm 2023",
                    pledges.currentPledge().orElseThrow().pledge().text().substring(0, 60));
            XWPFTable table = pledge.getTables().get(pledge.getTables().size() - 1);
            assertThat(rows(table)).containsExactly(
                    List.of(vi("dept.col.no"), vi("dept.pledge.col.party"), vi("dept.pledge.col.signer"), vi("dept.pledge.col.at")),
                    List.of("1", "Tổ Ngữ văn - Sử - Địa", vi("dept.pledge.not-signed"), ""),
                    List.of("2", "Tổ Toán - Tin", "Vì Văn Sơn", "22/09/2023 08:15"),
                    List.of("3", vi("pledge.party.school"), "Hà Văn Hùng", "22/09/2023 09:30"));
        }

        try (XWPFDocument letter = new XWPFDocument(new ByteArrayInputStream(zip.get("cong-van-gui-so_2023-2024.docx")))) {
            String text = text(letter);
            assertThat(text).contains("Mai Châu, ngày 22 tháng 9 năm 2023", vi("dept.letter.to", vi("dept.recipient")),
                    vi("dept.letter.enclosure", "1", vi("dept.enclosure.registration", YEAR)),
                    vi("dept.letter.enclosure", "2", vi("dept.enclosure.pledge", "2", "3")),
                    vi("dept.letter.enclosure", "3", vi("dept.enclosure.sheet", YEAR)));
        }

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(zip.get("bang-diem-mau_2023-2024_2023-09-22.xlsx")))) {
            Sheet sheet = wb.getSheet(vi("dept.sheet.name"));
            ScoreSheet scoreSheet = campaigns.current().scoreSheet();
            assertThat(scoreSheet.allItems()).isNotEmpty();
            for (ScoreSheet.Criterion k : scoreSheet.allItems()) {
                Row row = rowOf(sheet, k.code());
                assertThat(row).as("criterion %s is on the sheet", k.code()).isNotNull();
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(k.name());
                assertThat(row.getCell(3).getNumericCellValue()).as("maximum of %s", k.code()).isEqualTo(k.max().doubleValue());
                Cell self = row.getCell(5);
                assertThat(self == null || self.getCellType() == CellType.BLANK).as("no self-score for %s", k.code()).isTrue();
            }
        }

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(zip.get("dang-ky-thi-dua_2023-2024_2023-09-22.xlsx")))) {
            assertThat(Xlsx.sheetNames(wb)).contains("Cá nhân", "Tập thể", "Tổ Toán - Tin");
        }
    }

    @Test
    void when_everyone_registered_and_signed_the_status_says_the_package_is_complete() {
        // A smaller school: Tổ Toán - Tin only (Sơn and Hoa) and the principal. Everyone registers on 08/09 (the
        // registration closes on 15/09), Sơn registers the team's title; both parties sign on 22/09.
        clock.advance(Duration.between(clock.instant(), Instant.parse("2023-09-08T01:00:00Z")));
        school.reset();
        Team toan = school.team("Tổ Toán - Tin");
        hung = school.linked("Hà Văn Hùng", "+84913000401", null, HUNG, Role.PRINCIPAL).getId();
        school.linked("Lò Thị Hoa", "+84913000402", toan, HOA, Role.SECRETARY, Role.TEACHER);
        son = school.linked("Vì Văn Sơn", "+84913000403", toan, SON, Role.TEAM_LEADER, Role.TEACHER).getId();
        for (long who : new long[] {HOA, SON, HUNG}) {
            registers(who);
        }
        chat.says(SON, "/totoi");
        chat.presses(SON, vi("registration.team.button.register"));
        chat.presses(SON, "Tập thể lao động tiên tiến");
        chat.presses(SON, "Giấy khen của Hiệu trưởng");
        chat.presses(SON, vi("registration.button.submit"));
        assertThat(chat.lastText(SON)).isEqualTo(vi("registration.team.submitted", "Tổ Toán - Tin", "Tập thể lao động tiên tiến",
                "15/09/2023"));
        clock.advance(Duration.between(clock.instant(), START));
        pledges.sign(son, YEAR, PledgeParty.team("Tổ Toán - Tin"));
        pledges.sign(hung, YEAR, PledgeParty.school());

        chat.says(HOA, "/xuat");
        chat.presses(HOA, vi("dept.button"));
        assertThat(chat.lastText(HOA)).isEqualTo(vi("dept.caption", YEAR, "10/10/2023", "4") + "\n" + vi("dept.status.complete"));
    }

    /** LĐTT with the principal's certificate, no initiative, sent (the answers of ExportDialogTest's teacher). */
    private void registers(long who) {
        chat.says(who, "/dangky");
        chat.presses(who, "Lao động tiên tiến");
        chat.presses(who, "Giấy khen của Hiệu trưởng");
        chat.presses(who, vi("registration.initiative.no"));
        chat.says(who, "92");
        chat.presses(who, vi("registration.skip"));
        chat.says(who, "10");
        chat.presses(who, vi("registration.skip"));
        chat.presses(who, vi("registration.yes"));
        chat.presses(who, vi("registration.button.submit"));
    }

    @Test
    void a_teacher_and_a_team_leader_cannot_get_the_package() {
        chat.says(HOA, "/xuat");
        String token = ChatDriver.token(chat.latestWith(HOA, vi("dept.button")), vi("dept.button"));
        chat.says(HUONG, "/xuat");
        assertThat(chat.lastText(HUONG)).isEqualTo(vi("error.forbidden"));
        int before = chat.sent(HUONG).size();
        assertThat(chat.pressToken(HUONG, token)).isIn(vi("error.forbidden"), vi("error.button-stale"));
        assertThat(chat.sent(HUONG).stream().skip(before).filter(m -> m.file() != null).toList()).isEmpty();
        chat.says(SON, "/xuat");
        assertThat(ChatDriver.labels(chat.last(SON))).doesNotContain(vi("dept.button"));
        int sonBefore = chat.sent(SON).size();
        assertThat(chat.pressToken(SON, token)).isIn(vi("error.forbidden"), vi("error.button-stale"));
        assertThat(chat.sent(SON).stream().skip(sonBefore).filter(m -> m.file() != null).toList()).isEmpty();
    }

    static Map<String, byte[]> unzip(OutgoingMessage m) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(m.file().base64Content())))) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                entries.put(e.getName(), z.readAllBytes());
            }
        }
        return entries;
    }

    static String text(XWPFDocument doc) {
        StringBuilder sb = new StringBuilder();
        doc.getParagraphs().forEach(p -> sb.append(p.getText()).append('\n'));
        for (XWPFTable t : doc.getTables()) {
            t.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs().stream().map(XWPFParagraph::getText)
                    .forEach(s -> sb.append(s).append('\n'))));
        }
        return sb.toString();
    }

    static List<List<String>> rows(XWPFTable t) {
        return t.getRows().stream().map(r -> r.getTableCells().stream().map(c -> c.getText()).collect(Collectors.toList())).toList();
    }

    static Row rowOf(Sheet sheet, String code) {
        for (Row r : sheet) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && code.equals(c.getStringCellValue())) {
                return r;
            }
        }
        return null;
    }
}
