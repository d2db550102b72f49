package vn.thiduabot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.campaign.ScoreSheet;
import vn.thiduabot.campaign.ScoreSheet.Criterion;
import vn.thiduabot.people.Role;
import vn.thiduabot.registration.Registration;
import vn.thiduabot.registration.RegistrationService;
import vn.thiduabot.reminder.ReminderTestAccess;
import vn.thiduabot.scoring.Actor;
import vn.thiduabot.scoring.AssessmentService;
import vn.thiduabot.scoring.Evidence;
import vn.thiduabot.scoring.ReviewService;
import vn.thiduabot.scoring.Stage;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffMember;
import vn.thiduabot.telegram.Await;
import vn.thiduabot.telegram.FakeBotApi;
import vn.thiduabot.telegram.FakeBotApi.Button;
import vn.thiduabot.telegram.FakeBotApi.RecordedMessage;
import vn.thiduabot.telegram.FakeBotApi.SentDocument;
import vn.thiduabot.telegram.FakeUser;

/**
 * The school plan's year (issue 13) through the real TelegramBots client and the fake Bot API, school year 2023-2024
 * of a campaign file with a pledge and three team targets (src/test/resources/campaigns-plan-year). The school has
 * three teams: Tổ Toán - Tin (leader Vì Văn Sơn), Tổ Ngữ văn - Sử - Địa (leader Cầm Thị Yến) and Tổ Văn phòng
 * (leader Lường Thị Lan, with the principal Nguyễn Văn Hùng and the secretary Hà Văn Minh, both on the council).
 *
 * <ul>
 *   <li>Tuesday 12/09/2023 (registration open until 15/09): each leader registers the team's title with its targets
 *       and plan in /totoi. Bùi Thị Hương's own registration (85% pass rate, 3 good lessons) is seeded.</li>
 *   <li>Thursday 05/10/2023 (D-5 of the Department's 10/10 deadline): Sơn, Yến and the principal sign the pledge in
 *       /giaouoc; Lan has not, and the D-5 reminder goes to her alone. Minh takes the Department package from /xuat:
 *       its message names Tổ Văn phòng as the pledge still unsigned.</li>
 *   <li>Monday 06/05/2024 (self-assessment window): Hương enters 85% and 2 lessons in /ketqua; her self-assessment
 *       (seeded, passed by her team leader) shows Minh on /duyet the lessons “chưa đạt”. Minh proposes her for Lao
 *       động tiên tiến, the council votes, the principal approves the list, and everyone hears their title and money
 *       (0,3 × 2.340.000 đ = 702.000 đ, rounded up to 710.000 đ) or the school's thank-you.</li>
 * </ul>
 * Each day is a redeploy on the same database with {@code --thidua.today}; the scheduler is off and the D-5 pledge
 * reminder is fired as the scheduler would fire it.
 */
@EndToEndTest.OwnApp
class PlanYearE2eTest extends EndToEndTest {

    static final String YEAR = "2023-2024";
    static final String TOAN = "Tổ Toán - Tin";
    static final String VAN = "Tổ Ngữ văn - Sử - Địa";
    static final String OFFICE = "Tổ Văn phòng";
    static final String LESSONS_NOT_MET = "• Số tiết dạy tốt, thao giảng, chuyên đề trong năm: 3 → 2, chưa đạt";
    static final String RATE_MET = "• Tỉ lệ học sinh đạt yêu cầu trở lên ở môn giảng dạy (%): 85% → 85%, đạt";

    private FakeBotApi sharedFake;
    private Path dataDir;
    private BotApp running;

    private FakeUser hung;
    private FakeUser minh;
    private FakeUser son;
    private FakeUser yen;
    private FakeUser lan;
    private FakeUser huong;
    private FakeUser tuan;
    private long huongId;
    private long sonId;

    /** Messages (by id and text) an earlier {@link #screen} returned. */
    private final Set<String> taken = new HashSet<>();

    @AfterEach
    void closeEverything() throws IOException {
        try {
            if (running != null) {
                running.close();
            }
        } finally {
            if (sharedFake != null) {
                sharedFake.close();
            }
            if (dataDir != null) {
                try (var files = Files.walk(dataDir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    /** The application living on this day, on the year's database. */
    private void liveOn(String day) throws IOException {
        if (running != null) {
            running.stop();
        }
        if (sharedFake == null) {
            sharedFake = FakeBotApi.start();
            dataDir = Files.createTempDirectory("thidua-e2e-plan-");
        }
        running = BotApp.start(sharedFake, dataDir,
                "--thidua.campaign-dir=src/test/resources/campaigns-plan-year",
                "--thidua.today=" + day,
                "--thidua.reminders.enabled=false",
                // no quiet hours: the fired reminder goes out whatever the time of day the test runs
                "--thidua.reminders.quiet-start=00:00",
                "--thidua.reminders.quiet-end=00:00",
                "--thidua.outbox.per-chat-per-second=50",
                "--thidua.outbox.per-chat-burst=50");
        useApp(running);
    }

    @Test
    void september_registration_and_pledge_october_package_may_results_vote_approval_and_everyone_told() throws Exception {
        september();
        october();
        may();
    }

    // --- 12/09/2023: the teams register their titles and targets ------------------------------------------------

    private void september() throws IOException {
        liveOn("2023-09-12");
        hung = newUser("Hùng");
        minh = newUser("Minh");
        son = newUser("Sơn");
        yen = newUser("Yến");
        lan = newUser("Lan");
        huong = newUser("Hương");
        tuan = newUser("Tuấn");
        link(seedStaff("Nguyễn Văn Hùng", OFFICE, Role.PRINCIPAL, Role.COUNCIL), hung);
        link(seedStaff("Hà Văn Minh", OFFICE, Role.SECRETARY, Role.ADMIN, Role.COUNCIL), minh);
        sonId = link(seedStaff("Vì Văn Sơn", TOAN, Role.TEACHER, Role.TEAM_LEADER), son).getId();
        link(seedStaff("Cầm Thị Yến", VAN, Role.TEACHER, Role.TEAM_LEADER), yen);
        link(seedStaff("Lường Thị Lan", OFFICE, Role.TEACHER, Role.TEAM_LEADER), lan);
        StaffMember h = link(seedStaff("Bùi Thị Hương", TOAN, Role.TEACHER), huong);
        huongId = h.getId();
        link(seedStaff("Sa Văn Tuấn", VAN, Role.TEACHER), tuan);

        // Hương's own registration is not the point here: seeded through the same service /dangky uses.
        RegistrationService registrations = running.bean(RegistrationService.class);
        Registration r = registrations.draftFor(huongId, YEAR);
        r = registrations.chooseTitle(r, "LDTT");
        r = registrations.chooseForm(r, null);
        r = registrations.planInitiative(r, false);
        r = registrations.answer(r, "pass-rate", "85");
        r = registrations.answer(r, "good-lessons", "3");
        registrations.submit(r);

        registerTeam(son, TOAN, "95,5", "Dự giờ chéo mỗi tháng; bồi dưỡng học sinh giỏi từ tháng 10.");
        registerTeam(yen, VAN, "92", "Ôn tập theo nhóm cho học sinh chưa đạt yêu cầu.");
        registerTeam(lan, OFFICE, "100", "Phục vụ kịp thời hồ sơ, thiết bị cho các tổ.");
    }

    /** The leader registers the team in /totoi: title, form, the three team targets (the optional one skipped), the plan. */
    private void registerTeam(FakeUser leader, String team, String passRate, String plan) {
        fake.userSends(leader, "/totoi");
        press(leader, screen(leader, m -> m.buttonLabels().contains(vi("registration.team.button.register"))),
                vi("registration.team.button.register"));
        press(leader, screen(leader, m -> m.buttonLabels().contains("Tập thể lao động tiên tiến")), "Tập thể lao động tiên tiến");
        press(leader, screen(leader, m -> m.buttonLabels().contains(vi("registration.form.none"))), vi("registration.form.none"));
        screen(leader, m -> m.text().startsWith(vi("registration.team.ask.target", "1", "3",
                "Tỉ lệ học sinh đạt yêu cầu trở lên ở các môn của tổ (%)")));
        fake.userSends(leader, passRate);
        press(leader, screen(leader, m -> m.text().startsWith(vi("registration.team.ask.target", "2", "3",
                "Số học sinh đạt giải học sinh giỏi cấp tỉnh của tổ"))), vi("registration.skip"));
        press(leader, screen(leader, m -> m.text().startsWith(vi("registration.team.ask.target", "3", "3",
                "Không có thành viên vi phạm đạo đức nhà giáo, dạy thêm sai quy định"))), vi("registration.yes"));
        screen(leader, m -> m.text().equals(vi("registration.team.ask.plan", "500")));
        fake.userSends(leader, plan);
        RecordedMessage summary = screen(leader, m -> m.buttonLabels().contains(vi("registration.button.submit")));
        assertThat(summary.text()).contains("ĐĂNG KÝ DANH HIỆU TẬP THỂ — " + team, "Danh hiệu: Tập thể lao động tiên tiến",
                "1. Tỉ lệ học sinh đạt yêu cầu trở lên ở các môn của tổ (%): " + passRate + "%",
                vi("registration.team.summary.plan", plan));
        press(leader, summary, vi("registration.button.submit"));
        screen(leader, m -> m.text().equals(vi("registration.team.submitted", team, "Tập thể lao động tiên tiến", "15/09/2023")));
    }

    // --- 05/10/2023: two of three teams sign the pledge, the third is reminded, the package names it ------------

    private void october() throws IOException {
        liveOn("2023-10-05");
        signPledge(son, TOAN);
        signPledge(yen, VAN);
        signPledge(hung, vi("pledge.party.school"));

        String outcome = ReminderTestAccess.fire(running.context(), YEAR + ":pledge:D-5");
        RecordedMessage due = screen(lan, m -> m.text().startsWith("⏰"));
        assertThat(due.text()).as("fired: " + outcome).isEqualTo(vi("reminder.pledge.due", OFFICE, YEAR, "10/10/2023", "còn 5 ngày"));
        assertThat(due.buttonLabels()).containsExactly(vi("reminder.pledge.button"));
        awaitOutboxDrained(lan.chatId());
        for (FakeUser signed : List.of(son, yen, hung)) {
            awaitOutboxDrained(signed.chatId());
            assertThat(fake.messagesTo(signed.chatId())).as("signed, so not reminded").noneMatch(m -> m.text().startsWith("⏰"));
        }

        fake.userSends(minh, "/xuat");
        press(minh, screen(minh, m -> m.buttonLabels().contains(vi("dept.button"))), vi("dept.button"));
        SentDocument pack = fake.awaitDocumentTo(minh.chatId(), d -> d.fileName().endsWith(".zip"), TIMEOUT);
        assertThat(pack.fileName()).isEqualTo("ho-so-gui-so_2023-2024_2023-10-05.zip");
        assertThat(pack.caption()).startsWith(vi("dept.caption", YEAR, "10/10/2023", "4"))
                .contains(vi("dept.status.missing-header"), vi("dept.status.unsigned", OFFICE))
                .doesNotContain(vi("dept.status.teams-without", "").split(":")[0])
                .doesNotContain(vi("dept.status.complete"));
        assertThat(entries(pack.bytes())).containsExactly("cong-van-gui-so_2023-2024.docx", "dang-ky-thi-dua_2023-2024_2023-10-05.xlsx",
                "cam-ket-thi-dua_2023-2024.docx", "bang-diem-mau_2023-2024_2023-10-05.xlsx");
    }

    private void signPledge(FakeUser signer, String party) {
        fake.userSends(signer, "/giaouoc");
        String sign = vi("pledge.button.sign", party);
        RecordedMessage card = screen(signer, m -> m.buttonLabels().contains(sign));
        assertThat(answerTo(fake.userPresses(signer, card, sign))).isEqualTo(vi("pledge.toast.signed"));
        screen(signer, m -> m.text().startsWith("✅ Thầy cô đã ký giao ước thi đua năm học " + YEAR + " cho " + party));
    }

    // --- 06/05/2024: results, the council's screen, the vote, the approval, the announcement ------------------

    private void may() throws IOException {
        liveOn("2024-05-06");
        fake.userSends(huong, "/ketqua");
        screen(huong, m -> m.text().startsWith(vi("results.ask", "Tỉ lệ học sinh đạt yêu cầu trở lên ở môn giảng dạy (%)", "85%")));
        fake.userSends(huong, "85");
        screen(huong, m -> m.text().startsWith(vi("results.ask", "Số tiết dạy tốt, thao giảng, chuyên đề trong năm", "3")));
        fake.userSends(huong, "2");
        assertThat(screen(huong, m -> m.text().startsWith("Kết quả các chỉ tiêu năm học " + YEAR)).text())
                .contains(RATE_MET).contains(LESSONS_NOT_MET);

        // Her self-assessment is not the point here: filled, submitted and passed by her team leader through the services.
        submitSelfAssessmentAndPassTheTeam();
        fake.userSends(minh, "/duyet");
        RecordedMessage list = screen(minh, m -> m.buttons().stream().anyMatch(b -> b.text().startsWith("Bùi Thị Hương")));
        press(minh, list, list.buttons().stream().map(Button::text).filter(t -> t.startsWith("Bùi Thị Hương")).findFirst().orElseThrow());
        RecordedMessage review = screen(minh, m -> m.buttonLabels().contains(vi("scoring.review.pass-button")));
        assertThat(screenEndingWith(minh, review)).contains("Kết quả so với chỉ tiêu đăng ký:").contains(RATE_MET).contains(LESSONS_NOT_MET);

        // The secretary proposes her; the council (the principal and the secretary) votes.
        fake.userSends(minh, "/dexuat");
        press(minh, screen(minh, m -> m.buttonLabels().contains(vi("commendation.button.add-person"))), vi("commendation.button.add-person"));
        screen(minh, m -> m.text().equals(vi("commendation.add.ask-name")));
        fake.userSends(minh, "Bùi Thị Hương");
        RecordedMessage titles = screen(minh, m -> m.buttonLabels().contains("Lao động tiên tiến"));
        press(minh, titles, "Lao động tiên tiến");
        fake.awaitEdit(titles.messageId(), m -> m.text().contains("Lao động tiên tiến") && m.text().contains("Bùi Thị Hương"), TIMEOUT);

        fake.userSends(minh, "/bieuquyet");
        screen(minh, m -> m.text().equals(vi("commendation.vote.ask-place", "1", "2")));
        fake.userSends(minh, "Phòng họp Hội đồng");
        screen(minh, m -> !m.text().equals(vi("commendation.vote.ask-place", "1", "2")));
        fake.userSends(minh, "-");
        screen(minh, m -> m.text().equals(vi("commendation.vote.ask-close")));
        fake.userSends(minh, "-");
        press(minh, screen(minh, m -> m.buttonLabels().contains(vi("commendation.button.open-vote"))), vi("commendation.button.open-vote"));
        for (FakeUser member : List.of(hung, minh)) {
            RecordedMessage ballot = screen(member, m -> m.buttonLabels().contains("1. Đồng ý"));
            assertThat(ballot.text()).contains("Bùi Thị Hương — Lao động tiên tiến");
            press(member, ballot, "1. Đồng ý");
            fake.awaitEdit(ballot.messageId(), m -> m.text().contains(vi("commendation.ballot.yes")), TIMEOUT);
        }
        fake.userSends(minh, "/bieuquyet");
        press(minh, screen(minh, m -> m.buttonLabels().contains(vi("commendation.button.close-vote"))), vi("commendation.button.close-vote"));
        press(minh, screen(minh, m -> m.buttonLabels().contains(vi("commendation.button.close-yes"))), vi("commendation.button.close-yes"));
        screen(minh, m -> m.text().contains(vi("commendation.outcome.passed", "2", "2", "100%", vi("commendation.vote.need-at-least", "50"))));

        // The list goes to the principal, who approves it.
        fake.userSends(minh, "/dexuat");
        press(minh, screen(minh, m -> m.buttonLabels().contains(vi("commendation.button.submit"))), vi("commendation.button.submit"));
        RecordedMessage decision = screen(hung, m -> m.buttonLabels().contains(vi("commendation.decide.approve-button")));
        press(hung, decision, vi("commendation.decide.approve-button"));
        RecordedMessage afterPress = screen(hung, m -> m.buttonLabels().contains(vi("commendation.decide.override-button"))
                || m.text().contains(vi("announce.person.not-proposed", YEAR)) || m.text().contains("đã phê duyệt"));
        if (afterPress.buttonLabels().contains(vi("commendation.decide.override-button"))) {
            press(hung, afterPress, vi("commendation.decide.override-button"));
        }

        // Everyone is told: Hương her title and money, by the campaign's rule; Tuấn, not proposed, the thank-you.
        String awarded = screen(huong, m -> m.text().contains(vi("announce.person.awarded"))).text();
        assertThat(awarded).contains("Bùi Thị Hương")
                .contains(vi("announce.award.paid", "Lao động tiên tiến", "710.000 đ", "0,3", "2.340.000 đ", "702.000 đ"))
                .contains(vi("announce.total", "710.000 đ"))
                .doesNotContain(vi("announce.person.not-proposed", YEAR));
        assertThat(screen(tuan, m -> m.text().contains(vi("announce.person.not-proposed", YEAR))).text())
                .contains("Sa Văn Tuấn").doesNotContain(" đ (");
        for (FakeUser other : List.of(son, yen, lan)) {
            screen(other, m -> m.text().contains(vi("announce.person.not-proposed", YEAR)));
        }
    }

    private void submitSelfAssessmentAndPassTheTeam() {
        StaffDirectory directory = running.bean(StaffDirectory.class);
        AssessmentService workflow = running.bean(AssessmentService.class);
        ReviewService reviews = running.bean(ReviewService.class);
        Campaign c = running.bean(Campaigns.class).current();
        Actor teacher = Actor.of(directory.byId(huongId).orElseThrow().linkedPerson().orElseThrow());
        Actor leader = Actor.of(directory.byId(sonId).orElseThrow().linkedPerson().orElseThrow());
        ScoreSheet sheet = c.scoreSheet();
        long id = workflow.openOwn(teacher, c).getId();
        for (Criterion item : sheet.allItems()) {
            BigDecimal score = item.kind() == ScoreSheet.Kind.CRITERION ? item.max().subtract(BigDecimal.ONE) : BigDecimal.ZERO;
            workflow.setSelfScore(teacher, id, item.code(), score);
            if (item.evidenceRequired() && score.signum() > 0) {
                workflow.addEvidence(teacher, id, item.code(), "doc-" + item.code(), item.code() + ".pdf", "application/pdf", 90_000,
                        Evidence.Kind.DOCUMENT);
            }
        }
        workflow.moveTo(teacher, id, sheet.allItems().size());
        workflow.submit(teacher, id);
        reviews.open(leader, id, Stage.TEAM);
        reviews.teamReviewed(leader, id);
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    /**
     * The first message to this user, as it reads now (after any edit), that matches and that no earlier call
     * returned in that version: a screen the bot sends anew or edits in place.
     */
    private RecordedMessage screen(FakeUser user, Predicate<RecordedMessage> wanted) {
        RecordedMessage[] found = new RecordedMessage[1];
        Await.until(TIMEOUT, () -> "a matching message to " + user.firstName() + "; got:\n  " + fake.messagesTo(user.chatId()).stream()
                .map(m -> fake.currentMessage(m.messageId()).toString()).collect(Collectors.joining("\n  ")), () -> {
                    for (RecordedMessage sent : fake.messagesTo(user.chatId())) {
                        RecordedMessage now = fake.currentMessage(sent.messageId());
                        String key = now.messageId() + "\u0000" + now.text() + "\u0000" + now.buttonLabels();
                        if (!taken.contains(key) && wanted.test(now)) {
                            taken.add(key);
                            found[0] = now;
                            return true;
                        }
                    }
                    return false;
                });
        return found[0];
    }

    private void press(FakeUser user, RecordedMessage m, String label) {
        fake.awaitCallbackAnswer(fake.userPresses(user, m, label), TIMEOUT);
    }

    private String answerTo(String callbackQueryId) {
        String text = fake.awaitCallbackAnswer(callbackQueryId, TIMEOUT).text();
        return text == null ? "" : text;
    }

    /** A long screen may come in several messages, the buttons on the last: its text and that of those just before without buttons. */
    private String screenEndingWith(FakeUser user, RecordedMessage last) {
        List<RecordedMessage> all = fake.messagesTo(user.chatId());
        int end = 0;
        while (all.get(end).messageId() != last.messageId()) {
            end++;
        }
        int start = end;
        while (start > 0 && !all.get(start - 1).hasInlineKeyboard()) {
            start--;
        }
        return all.subList(start, end + 1).stream().map(RecordedMessage::text).collect(Collectors.joining("\n"));
    }

    private static List<String> entries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }
}
