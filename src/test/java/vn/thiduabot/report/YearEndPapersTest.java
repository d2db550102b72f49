package vn.thiduabot.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.campaign.StaffRating;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.chat.UpdateIntake;
import vn.thiduabot.commendation.PersonFactsService;
import vn.thiduabot.commendation.ProposalService;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.notification.OutgoingMessage;
import vn.thiduabot.people.Role;
import vn.thiduabot.registration.Registration;
import vn.thiduabot.registration.RegistrationService;
import vn.thiduabot.scoring.AssessmentQueries;
import vn.thiduabot.scoring.AssessmentStatus;
import vn.thiduabot.scoring.AssessmentSummary;
import vn.thiduabot.staff.Team;
import vn.thiduabot.support.BotTest;
import vn.thiduabot.support.ChatDriver;
import vn.thiduabot.support.ClockAt;
import vn.thiduabot.support.MutableClock;
import vn.thiduabot.support.SchoolFixture;

/**
 * The year-end papers of 2023-2024 at the demo school (Mai Châu): the secretary Hà Văn Minh proposes Lò Thị Hoa for
 * Chiến sĩ thi đua cơ sở, Vì Văn Dũng for Lao động tiên tiến with the principal's certificate, Đinh Thị Lan (not on
 * Telegram) for Lao động tiên tiến and Tổ Toán - Tin for Tập thể lao động tiên tiến; the council (the principal
 * Nguyễn Văn Hùng and Sa Thị Mai) votes on Monday 20/05/2024; then /xuat gives the secretary one .zip of papers and
 * each linked candidate their own achievement report. Base salary 2,340,000 đ (the campaign file): LĐTT 0.3 →
 * 702,000 rounded up to 710,000 đ; CSTĐCS 1.0 → 2,340,000 đ; TTLĐTT 0.8 → 1,872,000 rounded up to 1,880,000 đ; the
 * principal's certificate 0.3 → 710,000 đ; total 6,350,000 đ, as the minutes' money table.
 */
@BotTest
@TestPropertySource(properties = {BotTest.CAMPAIGNS_2023, "thidua.commendation.close-check-seconds=0"})
@ClockAt("2024-05-20T01:00:00Z")
class YearEndPapersTest {

    static final Instant START = Instant.parse("2024-05-20T01:00:00Z");
    static final long HUNG = 9301;  // principal, council
    static final long MINH = 9302;  // secretary
    static final long MAI = 9304;   // council
    static final long HOA = 9305;   // teacher, candidate CSTĐCS
    static final long DUNG = 9306;  // teacher, candidate LĐTT
    static final long SON = 9307;   // team leader

    @Autowired SchoolFixture school;
    @Autowired UpdateIntake intake;
    @Autowired Outbox outbox;
    @Autowired Texts texts;
    @Autowired TransactionTemplate tx;
    @Autowired MutableClock clock;
    @Autowired ProposalService proposals;
    @Autowired PersonFactsService facts;
    @Autowired RegistrationService registrations;
    @Autowired Campaigns campaigns;
    /** The approved scores (the same stand-in as the commendation tests, so the application is shared). */
    @MockitoBean AssessmentQueries assessments;
    ChatDriver chat;
    long minh;
    long hoa;
    long dung;
    long lan;

    @BeforeEach
    void school() {
        chat = new ChatDriver(intake, outbox);
        clock.advance(Duration.between(clock.instant(), START));
        school.reset();
        tx.executeWithoutResult(s -> {
            Team toan = school.team("Toán - Tin");
            Team office = school.team("Văn phòng");
            minh = school.person("Hà Văn Minh", "+84912300002", office, Set.of(Role.SECRETARY, Role.ADMIN), MINH).getId();
            school.person("Nguyễn Văn Hùng", "+84912300001", office, Set.of(Role.PRINCIPAL, Role.COUNCIL), HUNG);
            school.person("Sa Thị Mai", "+84912300004", office, Set.of(Role.COUNCIL), MAI);
            school.person("Bùi Văn Sơn", "+84912300007", toan, Set.of(Role.TEAM_LEADER), SON);
            hoa = school.person("Lò Thị Hoa", "+84912300005", toan, Set.of(Role.TEACHER), HOA).getId();
            dung = school.person("Vì Văn Dũng", "+84912300006", toan, Set.of(Role.TEACHER), DUNG).getId();
            lan = school.person("Đinh Thị Lan", "+84912300008", toan, Set.of(Role.TEACHER), null).getId();
        });
    }

    @Test
    void no_package_before_the_council_has_voted_and_a_teacher_cannot_ask_for_it() {
        chat.says(MINH, "/xuat");
        chat.presses(MINH, vi("papers.button"));
        assertThat(chat.lastText(MINH)).isEqualTo(vi("papers.missing.vote"));
        assertThat(chat.last(MINH).file()).isNull();

        propose();
        openVote();
        chat.says(MINH, "/xuat");
        chat.presses(MINH, vi("papers.button"));
        assertThat(chat.lastText(MINH)).isEqualTo(vi("papers.missing.vote-open"));

        chat.says(HOA, "/xuat");
        assertThat(chat.lastText(HOA)).isEqualTo(vi("error.forbidden"));
        String token = ChatDriver.token(chat.latestWith(MINH, vi("papers.button")), vi("papers.button"));
        int before = chat.sent(HOA).size();
        assertThat(chat.pressToken(HOA, token)).as("refused: the button is not hers").isIn(vi("error.forbidden"), vi("error.button-stale"));
        assertThat(chat.sent(HOA).stream().skip(before).filter(m -> m.file() != null).toList())
                .as("the secretary's button pressed by a teacher makes nothing").isEmpty();
        chat.says(SON, "/xuat");
        assertThat(ChatDriver.labels(chat.last(SON))).as("a team leader exports the team's files, not the papers")
                .doesNotContain(vi("papers.button"));
    }

    @Test
    void after_the_vote_the_secretary_gets_one_zip_and_each_candidate_their_own_report_once() throws IOException {
        propose();
        org.mockito.Mockito.when(assessments.forStaff(hoa, "2023-2024")).thenReturn(Optional.of(new AssessmentSummary(1, hoa,
                "Lò Thị Hoa", "Toán - Tin", "2023-2024", AssessmentStatus.APPROVED, new BigDecimal("93.5"), new BigDecimal("93.5"),
                new BigDecimal("92.5"), new BigDecimal("92.5"), "A", "Xuất sắc", 1, START, START, START)));
        facts.setRating("2023-2024", hoa, StaffRating.HTXSNV, minh);
        facts.setInitiative("2023-2024", hoa, "Dạy học dự án môn Toán lớp 8", "QĐ số 15/QĐ-THPT ngày 10/04/2024", minh);
        tx.executeWithoutResult(s -> {
            Registration r = registrations.draftFor(hoa, "2023-2024");
            r = registrations.answer(r, "pass-rate", "95.5");
            registrations.answer(r, "good-lessons", "12");
        });
        openVote();
        for (long member : new long[] {HUNG, MAI}) {
            for (int i = 1; i <= 3; i++) {
                chat.presses(member, i + ". Đồng ý");
            }
        }
        chat.says(MINH, "/bieuquyet");
        chat.presses(MINH, vi("commendation.button.close-vote"));
        chat.presses(MINH, vi("commendation.button.close-yes"));

        chat.says(MINH, "/xuat");
        chat.presses(MINH, vi("papers.button"));
        assertThat(chat.lastText(MINH)).isEqualTo(vi("papers.unlinked", "1"));
        OutgoingMessage zip = chat.sent(MINH).get(chat.sent(MINH).size() - 2);
        assertThat(zip.text()).isEqualTo(vi("papers.caption", "2023-2024", "3"));
        assertThat(zip.file().fileName()).isEqualTo("ho-so-khen-thuong-2023-2024.zip");
        Map<String, byte[]> files = unzip(zip);
        assertThat(files.keySet()).containsExactly("1-to-trinh.docx", "2-bien-ban-hoi-dong-2024-05-20.docx",
                "3-bao-cao-thanh-tich-lo-thi-hoa.docx", "3-bao-cao-thanh-tich-vi-van-dung.docx", "3-bao-cao-thanh-tich-dinh-thi-lan.docx",
                "4-du-thao-quyet-dinh.docx");

        String letter = text(files.get("1-to-trinh.docx"));
        assertThat(letter).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("Độc lập - Tự do - Hạnh phúc")
                .contains("Mai Châu, ngày 20 tháng 5 năm 2024").contains("TỜ TRÌNH")
                .contains(vi("papers.letter.basis", "20/05/2024"))
                .contains(vi("papers.letter.individual-titles")).contains(vi("papers.letter.collective-titles")).contains(vi("papers.letter.forms"))
                .contains("Lò Thị Hoa | Chiến sĩ thi đua cơ sở | 2/2 (100%)")
                .contains("Vì Văn Dũng | Lao động tiên tiến | 2/2 (100%)")
                .contains("Toán - Tin | Tập thể lao động tiên tiến | " + vi("papers.letter.no-vote"))
                .contains("Vì Văn Dũng | Giấy khen của Hiệu trưởng | 2/2 (100%)")
                .contains(vi("papers.letter.count", "3", "1"));

        String minutes = text(files.get("2-bien-ban-hoi-dong-2024-05-20.docx"));
        assertThat(minutes).contains("BIÊN BẢN HỌP HỘI ĐỒNG THI ĐUA, KHEN THƯỞNG").contains("Mai Châu, ngày 20 tháng 5 năm 2024")
                .contains("| Tổng cộng |  |  |  | 6.350.000");

        String hoaReport = text(files.get("3-bao-cao-thanh-tich-lo-thi-hoa.docx"));
        assertThat(hoaReport).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("Mai Châu, ngày … tháng … năm …")
                .contains(vi("papers.report.subtitle", "Chiến sĩ thi đua cơ sở", "2023-2024"))
                .contains(vi("papers.report.general")).contains(vi("papers.report.achievements")).contains(vi("papers.report.awards"))
                .contains(vi("papers.report.name", "Lò Thị Hoa"))
                .contains(vi("papers.report.unit", "Toán - Tin", campaigns.current().schoolName()))
                .contains(vi("papers.report.position", "Giáo viên"))
                .contains(vi("papers.report.target", "Tỉ lệ học sinh đạt yêu cầu trở lên ở môn giảng dạy (%)", "95,5%"))
                .contains(vi("papers.report.target", "Số tiết dạy tốt, thao giảng, chuyên đề trong năm", "12"))
                .contains(vi("papers.report.score", "92,5", "Xuất sắc"))
                .contains(vi("papers.report.rating", "2023-2024", "Hoàn thành xuất sắc nhiệm vụ"))
                .contains(vi("papers.report.initiative", "Dạy học dự án môn Toán lớp 8", "QĐ số 15/QĐ-THPT ngày 10/04/2024"))
                .contains(vi("papers.report.birth")).contains(vi("papers.report.past-titles"))
                .doesNotContain("Vì Văn Dũng");
        String dungReport = text(files.get("3-bao-cao-thanh-tich-vi-van-dung.docx"));
        assertThat(dungReport).contains(vi("papers.report.subtitle", "Lao động tiên tiến", "2023-2024"))
                .contains(vi("papers.report.no-targets")).contains(vi("papers.report.no-score"))
                .contains(vi("papers.report.no-rating", "2023-2024")).contains(vi("papers.report.no-initiative"))
                .doesNotContain("Lò Thị Hoa");

        String decision = text(files.get("4-du-thao-quyet-dinh.docx"));
        assertThat(decision).contains("DỰ THẢO").contains("QUYẾT ĐỊNH").contains("Mai Châu, ngày … tháng … năm …")
                .contains(vi("papers.decision.basis-council", "20/05/2024"))
                .contains(vi("papers.decision.article1", "2023-2024", "3", "1"))
                .contains("Lò Thị Hoa | Cá nhân | Chiến sĩ thi đua cơ sở | 2.340.000")
                .contains("Vì Văn Dũng | Cá nhân | Lao động tiên tiến | 710.000")
                .contains("Đinh Thị Lan | Cá nhân | Lao động tiên tiến | 710.000")
                .contains("Toán - Tin | Tập thể | Tập thể lao động tiên tiến | 1.880.000")
                .contains("Vì Văn Dũng | Cá nhân | Giấy khen của Hiệu trưởng | 710.000")
                .contains("| Tổng cộng |  |  | 6.350.000")
                .contains(vi("papers.decision.article2", "6.350.000 đ", "2.340.000 đ",
                        vi("commendation.money.basis-preview", "20/05/2024")));

        // Each linked candidate gets exactly their own report; a second package sends them nothing new.
        assertThat(reports(HOA)).hasSize(1);
        assertThat(reports(HOA).get(0).text()).isEqualTo(vi("papers.report.caption", "Chiến sĩ thi đua cơ sở", "2023-2024"));
        assertThat(reports(HOA).get(0).file().fileName()).isEqualTo("bao-cao-thanh-tich-lo-thi-hoa.docx");
        assertThat(text(Base64.getDecoder().decode(reports(HOA).get(0).file().base64Content()))).isEqualTo(hoaReport);
        assertThat(reports(DUNG)).hasSize(1);
        assertThat(text(Base64.getDecoder().decode(reports(DUNG).get(0).file().base64Content()))).isEqualTo(dungReport);

        chat.says(MINH, "/xuat");
        chat.presses(MINH, vi("papers.button"));
        assertThat(chat.sent(MINH).stream().filter(m -> m.file() != null && m.file().fileName().endsWith(".zip")).count()).isEqualTo(2);
        assertThat(reports(HOA)).hasSize(1);
        assertThat(reports(DUNG)).hasSize(1);
    }

    private void propose() {
        Campaign c = campaigns.current();
        proposals.proposePerson(c, hoa, "CSTDCS", minh);
        long d = proposals.proposePerson(c, dung, "LDTT", minh);
        proposals.setForm(c, d, "GK_HT", minh);
        proposals.proposePerson(c, lan, "LDTT", minh);
        proposals.proposeTeam(c, "Toán - Tin", "TTLDTT", minh);
    }

    private void openVote() {
        chat.says(MINH, "/bieuquyet");
        chat.says(MINH, "Phòng họp Hội đồng");
        chat.says(MINH, "-");
        chat.says(MINH, "-");
        chat.presses(MINH, vi("commendation.button.open-vote"));
    }

    private List<OutgoingMessage> reports(long chatId) {
        return chat.sent(chatId).stream().filter(m -> m.file() != null && m.file().fileName().endsWith(".docx")
                && m.file().fileName().startsWith("bao-cao")).toList();
    }

    private static Map<String, byte[]> unzip(OutgoingMessage m) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(m.file().base64Content())))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                out.put(e.getName(), zip.readAllBytes());
            }
        }
        return out;
    }

    /** Paragraphs, then every table row as its cells joined by " | ". */
    private static String text(byte[] docx) throws IOException {
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String body = d.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            String tables = d.getTables().stream().flatMap(t -> t.getRows().stream())
                    .map(r -> r.getTableCells().stream().map(c -> c.getText()).collect(Collectors.joining(" | ")))
                    .collect(Collectors.joining("\n"));
            return body + "\n" + tables;
        }
    }

    private String vi(String key, Object... args) {
        return texts.get(Texts.VIETNAMESE, key, args);
    }
}
