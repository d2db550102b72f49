package vn.thiduabot.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.chat.UpdateIntake;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.notification.OutgoingMessage;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.Team;
import vn.thiduabot.support.BotTest;
import vn.thiduabot.support.ChatDriver;
import vn.thiduabot.support.ClockAt;
import vn.thiduabot.support.MutableClock;
import vn.thiduabot.support.SchoolFixture;

/**
 * The day the principal approves the 2023-2024 list (Tuesday 21/05/2024, base salary 2.340.000 đ): every
 * teacher hears what they were awarded and the money (Nghị định 98/2023/NĐ-CP, each amount rounded up to
 * 10.000 đ), or a thank-you; the team leader hears the team's title; the principal adds one congratulation.
 */
@BotTest
@TestPropertySource(properties = {BotTest.CAMPAIGNS_2023, "thidua.commendation.close-check-seconds=0"})
@ClockAt("2024-05-21T01:00:00Z")
class AnnouncementTest {

    static final long HUNG = 9301;   // principal
    static final long MINH = 9302;   // secretary
    static final long HOA = 9303;    // teacher, LĐTT
    static final long LAN = 9304;    // teacher, CSTĐCS with the principal's Giấy khen
    static final long TUAN = 9305;   // teacher, not proposed
    static final long BINH = 9306;   // leader of Toán - Tin, whose team is proposed
    static final long KIM = 9307;    // teacher reading English, LĐTT

    @Autowired SchoolFixture school;
    @Autowired UpdateIntake intake;
    @Autowired Outbox outbox;
    @Autowired Texts texts;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired MutableClock clock;
    @Autowired Campaigns campaigns;
    @Autowired ProposalService proposals;
    @Autowired ListDecisionService decisions;
    @Autowired CongratulationService congratulations;
    @Autowired StaffDirectory staff;
    @Autowired ApplicationEventPublisher events;

    /** The application's copy of the test campaign folder (BotTest), which one test changes and puts back. */
    @Value("${thidua.campaign-dir}")
    Path campaignDir;
    static final Path SOURCE = Path.of("src/test/resources/campaigns/campaign-2023-2024.yml");

    ChatDriver chat;
    long hung;
    long minh;
    long hoa;

    @BeforeEach
    void school() {
        chat = new ChatDriver(intake, outbox);
        clock.advance(Duration.between(clock.instant(), Instant.parse("2024-05-21T01:00:00Z")));
        school.reset();
        Team toan = school.team("Toán - Tin");
        Team office = school.team("Văn phòng");
        hung = school.linked("Nguyễn Văn Hùng", "+84912300001", office, HUNG, Role.PRINCIPAL, Role.COUNCIL).getId();
        minh = school.linked("Hà Văn Minh", "+84912300002", office, MINH, Role.SECRETARY, Role.ADMIN).getId();
        hoa = school.linked("Lò Thị Hoa", "+84912300003", toan, HOA, Role.TEACHER).getId();
        long lan = school.linked("Vì Thị Lan", "+84912300004", toan, LAN, Role.TEACHER).getId();
        school.linked("Sa Văn Tuấn", "+84912300005", toan, TUAN, Role.TEACHER);
        school.linked("Bùi Văn Bình", "+84912300006", toan, BINH, Role.TEACHER, Role.TEAM_LEADER);
        long kim = school.linked("Đinh Thị Kim", "+84912300007", office, KIM, Role.TEACHER).getId();
        staff.changeLanguage(kim, Locale.ENGLISH);
        Campaign c = campaigns.current();
        proposals.proposePerson(c, hoa, "LDTT", minh);
        long lanProposal = proposals.proposePerson(c, lan, "CSTDCS", minh);
        proposals.setForm(c, lanProposal, "GK_HT", minh);
        proposals.proposePerson(c, kim, "LDTT", minh);
        proposals.proposeTeam(c, "Toán - Tin", "TTLDTT", minh);
    }

    @Test
    void after_the_approval_everyone_reads_their_own_awards_and_money_or_a_thank_you() {
        submitAndApprove();

        assertThat(announcement(HOA)).contains("Lò Thị Hoa").contains(vi("announce.person.awarded"))
                .contains("• Lao động tiên tiến: 710.000 đ (0,3 × lương cơ sở 2.340.000 đ = 702.000 đ")
                .contains(vi("announce.total", "710.000 đ"))
                .doesNotContain(vi("announce.person.not-proposed", "2023-2024"));
        assertThat(announcement(LAN)).contains("• Chiến sĩ thi đua cơ sở: 2.340.000 đ (1 × lương cơ sở 2.340.000 đ")
                .contains("• Giấy khen của Hiệu trưởng: 710.000 đ (0,3 × lương cơ sở 2.340.000 đ")
                .contains(vi("announce.total", "3.050.000 đ"));
        assertThat(announcement(TUAN)).contains(vi("announce.person.not-proposed", "2023-2024"))
                .doesNotContain("đ (").doesNotContain(vi("announce.money.rule", "21/05/2024", "2.340.000 đ"));
        assertThat(announcement(BINH)).contains(vi("announce.person.not-proposed", "2023-2024"))
                .contains(vi("announce.team.awarded", "Toán - Tin"))
                .contains("• Tập thể lao động tiên tiến: 1.880.000 đ (0,8 × lương cơ sở 2.340.000 đ = 1.872.000 đ")
                .contains(vi("announce.team.total", "1.880.000 đ")).doesNotContain(vi("announce.total", "1.880.000 đ"))
                .contains(vi("announce.money.rule", "21/05/2024", "2.340.000 đ"));
        assertThat(announcement(TUAN)).doesNotContain(vi("announce.team.awarded", "Toán - Tin"));
        assertThat(announcement(KIM)).contains("You are awarded:").contains("• Lao động tiên tiến: 710,000 VND")
                .contains("Total award money: 710,000 VND");
        // Broadcasts: behind answers to people's own actions.
        assertThat(jdbc.queryForList("select distinct priority from outbox_message where idempotency_key like 'com-announce-2023-2024-%'",
                Integer.class)).containsExactly(10);
        // The principal reads the offer below the approved card (the card is edited in place).
        assertThat(chat.latestWith(HUNG, vi("announce.congrats.button")).text()).isEqualTo(vi("announce.offer", "7"));
        assertThat(chat.last(HUNG).editOfKey()).isNotNull();
    }

    @Test
    void a_returned_list_announces_nothing_and_the_final_approval_announces_once() {
        submit();
        chat.presses(HUNG, vi("commendation.decide.return-button"));
        chat.says(HUNG, "Thiếu biên bản họp tổ Toán - Tin.");
        assertThat(announcements(HOA)).isEmpty();
        assertThat(announcements(TUAN)).isEmpty();

        submit();
        approve();
        assertThat(announcements(HOA)).hasSize(1);
        assertThat(announcements(TUAN)).hasSize(1);

        // The same approval published again (a retried transaction, a second listener run): nothing new queued.
        int before = jdbc.queryForObject("select count(*) from outbox_message", Integer.class);
        tx.executeWithoutResult(s -> events.publishEvent(new ListApproved("2023-2024", 2, hung, true, 1, 0, clock.instant())));
        assertThat(jdbc.queryForObject("select count(*) from outbox_message", Integer.class)).isEqualTo(before);
        assertThat(announcements(HOA)).hasSize(1);
        assertThat(chat.sent(HUNG).stream().filter(m -> m.text().equals(vi("announce.offer", "7")))).hasSize(1);
    }

    @Test
    void an_approval_rolled_back_leaves_nothing_queued() {
        submit();
        tx.executeWithoutResult(s -> {
            decisions.approve(hung, 1, true);
            assertThat(announcements(HOA)).hasSize(1);   // queued inside the transaction...
            s.setRollbackOnly();
        });
        assertThat(announcements(HOA)).isEmpty();       // ...and gone with it
        assertThat(announcements(TUAN)).isEmpty();
        assertThat(jdbc.queryForObject("select status from commendation_list", String.class)).isEqualTo("SUBMITTED");
    }

    @Test
    void the_principal_sends_one_congratulation_to_everyone_and_a_second_is_refused() {
        submitAndApprove();
        chat.presses(HUNG, vi("announce.congrats.button"));
        assertThat(chat.lastText(HUNG)).isEqualTo(vi("announce.congrats.ask", "1000"));
        chat.says(HUNG, "Chúc mừng toàn thể thầy cô đã hoàn thành xuất sắc năm học!");

        String expected = vi("announce.congrats.message", "Nguyễn Văn Hùng", "2023-2024",
                "Chúc mừng toàn thể thầy cô đã hoàn thành xuất sắc năm học!");
        for (long u : List.of(MINH, HOA, LAN, TUAN, BINH)) {
            assertThat(chat.sent(u).stream().filter(m -> m.text().equals(expected))).as("to " + u).hasSize(1);
        }
        assertThat(chat.lastText(KIM)).startsWith("💐 A congratulation from Nguyễn Văn Hùng");
        assertThat(chat.lastText(HUNG)).isEqualTo(vi("announce.congrats.sent", "6"));

        chat.presses(HUNG, vi("announce.congrats.button"));
        assertThat(chat.lastText(HUNG)).isEqualTo(vi("announce.congrats.already", "2023-2024", "Nguyễn Văn Hùng"));
        assertThat(chat.sent(HOA).stream().filter(m -> m.text().startsWith("💐"))).hasSize(1);
    }

    @Test
    void a_teacher_cannot_send_a_congratulation_and_the_principal_may_cancel() {
        submitAndApprove();
        // Hoa presses the principal's button (a forwarded token): the router refuses, nothing is sent.
        String token = ChatDriver.token(chat.latestWith(HUNG, vi("announce.congrats.button")), vi("announce.congrats.button"));
        chat.pressToken(HOA, token);
        Person hoaPerson = staff.findByTelegramUser(HOA).orElseThrow();
        assertThatThrownBy(() -> congratulations.send(hoaPerson, "Chúc mừng!"))
                .isInstanceOfSatisfying(DecisionRefused.class, r -> assertThat(r.key()).isEqualTo("error.forbidden"));

        chat.presses(HUNG, vi("announce.congrats.button"));
        chat.presses(HUNG, vi("announce.congrats.cancel-button"));
        assertThat(chat.lastText(HUNG)).isEqualTo(vi("announce.congrats.cancelled"));
        chat.says(HUNG, "Chúc mừng!");   // no longer in the flow: not sent
        assertThat(chat.sent(TUAN).stream().filter(m -> m.text().startsWith("💐"))).isEmpty();
        assertThat(congratulations.sent("2023-2024")).isEmpty();
    }

    @Test
    void on_the_principals_own_case_the_substitute_who_decided_sends_the_congratulation_not_the_principal() {
        substitute("0912 300 005");   // Tuấn decides a list that proposes the principal
        proposals.proposePerson(campaigns.current(), hung, "LDTT", minh);
        submit();
        chat.presses(TUAN, vi("commendation.decide.approve-button"));
        if (ChatDriver.labels(chat.last(TUAN)).contains(vi("commendation.decide.override-button"))) {
            chat.presses(TUAN, vi("commendation.decide.override-button"));
        }
        assertThat(announcement(HUNG)).contains("• Lao động tiên tiến: 710.000 đ");
        assertThat(chat.sent(HUNG).stream().filter(m -> m.text().equals(vi("announce.offer", "7")))).isEmpty();

        Person hungPerson = staff.findByTelegramUser(HUNG).orElseThrow();
        assertThatThrownBy(() -> congratulations.send(hungPerson, "Chúc mừng!"))
                .isInstanceOfSatisfying(DecisionRefused.class, r -> assertThat(r.key()).isEqualTo("decision.list.own"));

        chat.presses(TUAN, vi("announce.congrats.button"));
        chat.says(TUAN, "Chúc mừng thầy Hùng và toàn trường!");
        assertThat(chat.lastText(HUNG)).isEqualTo(vi("announce.congrats.message", "Sa Văn Tuấn", "2023-2024",
                "Chúc mừng thầy Hùng và toàn trường!"));
    }

    @AfterEach
    void originalCampaign() {
        substitute(null);
    }

    /** The campaign file names (or no longer names) who decides the principal's own case. */
    private void substitute(String phone) {
        try {
            String yml = Files.readString(SOURCE, StandardCharsets.UTF_8);
            if (phone != null) {
                yml = yml.replace("  commendation:\n", "  commendation:\n    substitute-decider: " + phone + "\n");
            }
            Files.writeString(campaignDir.resolve("campaign-2023-2024.yml"), yml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        campaigns.reload();
        assertThat(campaigns.current().commendation().substitute().isPresent()).isEqualTo(phone != null);
    }

    @Test
    void a_forged_congratulation_button_is_refused_as_no_longer_valid() {
        submitAndApprove();
        String label = vi("announce.congrats.button");
        String token = ChatDriver.token(chat.latestWith(HUNG, label), label);
        jdbc.update("update callback_token set payload = ? where token = ?", "Write{\"year\":2023}", token);
        assertThat(chat.pressToken(HUNG, token)).isEqualTo(vi("error.button-stale"));
        assertThat(chat.lastText(HUNG)).isNotEqualTo(vi("announce.congrats.ask", "1000"));
    }

    @Test
    void no_congratulation_before_the_list_is_approved() {
        Person hungPerson = staff.findByTelegramUser(HUNG).orElseThrow();
        assertThatThrownBy(() -> congratulations.send(hungPerson, "Chúc mừng!"))
                .isInstanceOfSatisfying(DecisionRefused.class, r -> assertThat(r.key()).isEqualTo("announce.congrats.not-approved"));
    }

    private void submitAndApprove() {
        submit();
        approve();
    }

    private void submit() {
        chat.says(MINH, "/dexuat");
        chat.presses(MINH, vi("commendation.button.submit"));
    }

    private void approve() {
        chat.presses(HUNG, vi("commendation.decide.approve-button"));
        if (ChatDriver.labels(chat.last(HUNG)).contains(vi("commendation.decide.override-button"))) {
            chat.presses(HUNG, vi("commendation.decide.override-button"));
        }
    }

    private List<String> announcements(long user) {
        String header = vi("announce.header", "2023-2024", "21/05/2024", "X").split("\n")[0];
        String headerEn = texts.get(Texts.ENGLISH, "announce.header", "2023-2024", "21/05/2024", "X").split("\n")[0];
        return chat.sent(user).stream().map(OutgoingMessage::text).filter(t -> t.startsWith(header) || t.startsWith(headerEn)).toList();
    }

    private String announcement(long user) {
        List<String> all = announcements(user);
        assertThat(all).as("announcements to " + user).hasSize(1);
        return all.get(0);
    }

    private String vi(String key, Object... args) {
        return texts.get(Texts.VIETNAMESE, key, args);
    }
}
