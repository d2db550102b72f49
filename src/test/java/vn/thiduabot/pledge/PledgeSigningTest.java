package vn.thiduabot.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.chat.UpdateIntake;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.notification.OutgoingMessage;
import vn.thiduabot.people.Role;
import vn.thiduabot.reminder.ReminderTestAccess;
import vn.thiduabot.staff.Team;
import vn.thiduabot.support.BotTest;
import vn.thiduabot.support.ChatDriver;
import vn.thiduabot.support.ClockAt;
import vn.thiduabot.support.MutableClock;
import vn.thiduabot.support.SchoolFixture;

/**
 * The emulation pledge of school year 2023-2024 (the test campaign opens it on 20/09/2023; the Department wants it
 * by 10/10/2023). Three teams, each with its leader, the principal and the council secretary:
 * Tổ Toán - Tin (Vì Văn Sơn, leader; Bùi Thị Hương, teacher), Tổ Ngữ văn - Sử - Địa (Cầm Thị Yến, leader),
 * Tổ Văn phòng (Hà Thị Lan, leader; Lò Thị Hoa, secretary); Hà Văn Hùng, principal.
 */
@BotTest
@TestPropertySource(properties = BotTest.CAMPAIGNS_2023)
@ClockAt("2023-09-20T01:00:00Z")
class PledgeSigningTest {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String YEAR = "2023-2024";
    static final String TOAN = "Tổ Toán - Tin";
    static final String VAN = "Tổ Ngữ văn - Sử - Địa";
    static final String VP = "Tổ Văn phòng";

    static final long HUNG = 8301;  // principal
    static final long HOA = 8302;   // secretary
    static final long SON = 8303;   // leader, Toán - Tin
    static final long HUONG = 8304; // teacher, Toán - Tin
    static final long YEN = 8305;   // leader, Ngữ văn
    static final long LAN = 8306;   // leader, Văn phòng

    @Autowired SchoolFixture school;
    @Autowired UpdateIntake intake;
    @Autowired Outbox outbox;
    @Autowired Texts texts;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext app;
    @Autowired PledgeService pledges;
    ChatDriver chat;
    Team vp;

    @BeforeEach
    void school() {
        chat = new ChatDriver(intake, outbox);
        at("2023-09-20T08:00");
        school.reset();
        Team toan = school.team(TOAN);
        Team van = school.team(VAN);
        vp = school.team(VP);
        school.linked("Hà Văn Hùng", "+84913000301", null, HUNG, Role.PRINCIPAL);
        school.linked("Lò Thị Hoa", "+84913000302", vp, HOA, Role.SECRETARY, Role.COUNCIL);
        school.linked("Vì Văn Sơn", "+84913000303", toan, SON, Role.TEAM_LEADER, Role.TEACHER);
        school.linked("Bùi Thị Hương", "+84913000304", toan, HUONG, Role.TEACHER);
        school.linked("Cầm Thị Yến", "+84913000305", van, YEN, Role.TEAM_LEADER, Role.TEACHER);
        school.linked("Hà Thị Lan", "+84913000306", vp, LAN, Role.TEAM_LEADER);
    }

    void at(String localDateTime) {
        Instant to = LocalDateTime.parse(localDateTime).atZone(VN).toInstant();
        clock.advance(Duration.between(clock.instant(), to));
    }

    String fire(String occurrence, String localDateTime) {
        at(localDateTime);
        return ReminderTestAccess.fire(app, YEAR + ":" + occurrence);
    }

    String vi(String key, Object... args) {
        return texts.get(Texts.VIETNAMESE, key, args);
    }

    List<OutgoingMessage> to(long chatId) {
        return outbox.queuedFor(chatId);
    }

    String pledgeText() {
        return pledges.currentPledge().orElseThrow().pledge().text();
    }

    int signatures() {
        return jdbc.queryForObject("select count(*) from pledge_signature", Integer.class);
    }

    @Test
    void on_the_opening_day_each_leader_and_the_principal_get_the_card_with_the_text_and_a_sign_button() {
        fire("pledge:open", "2023-09-20T08:00");
        for (long signer : new long[] {SON, YEN, LAN, HUNG}) {
            assertThat(to(signer)).singleElement().satisfies(m -> {
                assertThat(m.text()).contains("10/10/2023", pledgeText().substring(0, 60));
                assertThat(ChatDriver.labels(m)).containsExactly(vi("reminder.pledge.button"));
            });
        }
        assertThat(to(SON).get(0).text()).startsWith(vi("reminder.pledge.open", YEAR, TOAN, "10/10/2023"));
        assertThat(to(HUNG).get(0).text()).startsWith(vi("reminder.pledge.open", YEAR, vi("pledge.party.school"), "10/10/2023"));
        assertThat(to(HUONG)).as("a teacher signs nothing").isEmpty();
        assertThat(to(HOA)).as("the secretary signs nothing").isEmpty();
        int before = outbox.queuedFor(SON).size();
        fire("pledge:open", "2023-09-20T09:00");
        assertThat(to(SON)).as("the card is sent once").hasSize(before);
    }

    @Test
    void two_leaders_and_the_principal_sign_and_only_the_third_leader_is_reminded_at_d5_and_d1() {
        fire("pledge:open", "2023-09-20T08:00");
        at("2023-09-21T09:15");
        assertThat(chat.presses(SON, vi("reminder.pledge.button"))).isEqualTo(vi("pledge.toast.signed"));
        assertThat(chat.lastText(SON)).isEqualTo(vi("pledge.signed.receipt", TOAN, "09:15 21/09/2023", YEAR));
        assertThat(chat.lastText(HOA)).isEqualTo(vi("pledge.signed.secretary", "Vì Văn Sơn", TOAN, "09:15 21/09/2023", "1", "4"));
        at("2023-09-22T10:00");
        chat.says(YEN, "/giaouoc");
        chat.presses(YEN, vi("pledge.button.sign", VAN));
        chat.presses(HUNG, vi("reminder.pledge.button"));

        fire("pledge:D-5", "2023-10-05T08:00");
        assertThat(chat.lastText(LAN)).isEqualTo(vi("reminder.pledge.due", VP, YEAR, "10/10/2023", "còn 5 ngày"));
        assertThat(ChatDriver.labels(chat.last(LAN))).containsExactly(vi("reminder.pledge.button"));
        fire("pledge:D-1", "2023-10-09T08:00");
        assertThat(chat.lastText(LAN)).isEqualTo(vi("reminder.pledge.due", VP, YEAR, "10/10/2023", "còn 1 ngày"));
        for (long signed : new long[] {SON, YEN, HUNG}) {
            assertThat(to(signed)).as("signed: not reminded").noneMatch(m -> m.text().contains("chưa được ký"));
        }
        assertThat(to(HUONG)).isEmpty();
    }

    @Test
    void a_teacher_who_leads_no_team_cannot_sign_even_with_a_forwarded_card() {
        fire("pledge:open", "2023-09-20T08:00");
        String sonsButton = ChatDriver.token(to(SON).get(0), vi("reminder.pledge.button"));
        assertThat(chat.pressToken(HUONG, sonsButton)).isEqualTo(vi("error.button-stale"));
        chat.says(HUONG, "/giaouoc");
        assertThat(chat.lastText(HUONG)).isEqualTo(vi("error.forbidden"));
        long huong = jdbc.queryForObject("select id from staff_member where telegram_user_id = ?", Long.class, HUONG);
        assertThatThrownBy(() -> pledges.sign(huong, YEAR, PledgeParty.team(TOAN)))
                .isInstanceOfSatisfying(PledgeRefused.class, r -> assertThat(r.key()).isEqualTo("pledge.refused.not-leader"));
        assertThat(signatures()).isZero();
    }

    @Test
    void a_leader_cannot_sign_for_another_team_even_with_the_card_of_the_team_he_led_before() {
        fire("pledge:open", "2023-09-20T08:00");
        long son = jdbc.queryForObject("select id from staff_member where telegram_user_id = ?", Long.class, SON);
        assertThatThrownBy(() -> pledges.sign(son, YEAR, PledgeParty.team(VAN)))
                .isInstanceOfSatisfying(PledgeRefused.class, r -> assertThat(r.key()).isEqualTo("pledge.refused.other-team"));
        // Sơn moves to the office after the card reached him: the card of Toán - Tin signs nothing any more
        jdbc.update("update staff_member set team_id = ? where id = ?", vp.getId(), son);
        chat.presses(SON, vi("reminder.pledge.button"));
        assertThat(chat.lastText(SON)).isEqualTo(vi("pledge.refused.other-team", TOAN));
        assertThat(signatures()).isZero();
    }

    @Test
    void a_second_press_keeps_the_first_signature_and_says_who_signed_and_when() {
        at("2023-09-21T07:30");
        chat.says(SON, "/giaouoc");
        OutgoingMessage card = chat.last(SON);
        assertThat(card.text()).startsWith(vi("pledge.card.header", YEAR, "10/10/2023")).contains("“" + pledgeText() + "”",
                vi("pledge.card.line-missing", TOAN));
        String button = ChatDriver.token(card, vi("pledge.button.sign", TOAN));
        chat.pressToken(SON, button);
        at("2023-09-21T07:45");
        chat.pressToken(SON, button);
        assertThat(chat.lastText(SON)).isEqualTo(vi("pledge.already-signed", TOAN, "Vì Văn Sơn", "07:30 21/09/2023"));
        assertThat(signatures()).isEqualTo(1);
        assertThat(to(HOA)).as("the secretary hears of it once").hasSize(1);
        chat.says(SON, "/giaouoc");
        assertThat(chat.lastText(SON)).contains(vi("pledge.card.line-signed", TOAN, "Vì Văn Sơn", "07:30 21/09/2023"));
        assertThat(ChatDriver.labels(chat.last(SON))).as("nothing left to sign").isEmpty();
    }

    @Test
    void the_principal_signs_for_the_school() {
        at("2023-09-25T14:00");
        chat.says(HUNG, "/giaouoc");
        chat.presses(HUNG, vi("pledge.button.sign", vi("pledge.party.school")));
        assertThat(chat.lastText(HUNG)).isEqualTo(vi("pledge.signed.receipt", vi("pledge.party.school"), "14:00 25/09/2023", YEAR));
        assertThat(jdbc.queryForList("select scope from pledge_signature", String.class)).containsExactly("SCHOOL");
        chat.says(SON, "/giaouoc");
        assertThat(chat.lastText(SON)).contains(vi("pledge.card.line-signed", vi("pledge.party.school"), "Hà Văn Hùng", "14:00 25/09/2023"));
        assertThat(ChatDriver.labels(chat.last(SON))).as("a leader signs for his team, not the school")
                .containsExactly(vi("pledge.button.sign", TOAN));
    }

    @Test
    void before_the_opening_day_the_card_shows_the_text_without_a_button() {
        at("2023-09-19T08:00");
        chat.says(SON, "/giaouoc");
        assertThat(chat.lastText(SON)).contains(vi("pledge.card.not-open", "20/09/2023"));
        assertThat(ChatDriver.labels(chat.last(SON))).isEmpty();
        long son = jdbc.queryForObject("select id from staff_member where telegram_user_id = ?", Long.class, SON);
        assertThatThrownBy(() -> pledges.sign(son, YEAR, PledgeParty.team(TOAN)))
                .isInstanceOfSatisfying(PledgeRefused.class, r -> assertThat(r.key()).isEqualTo("pledge.refused.not-open"));
    }

    @Test
    void a_sign_button_whose_data_was_changed_or_no_longer_decodes_is_refused_as_no_longer_valid() {
        chat.says(SON, "/giaouoc");
        String button = ChatDriver.token(chat.last(SON), vi("pledge.button.sign", TOAN));
        jdbc.update("update callback_token set payload = ? where token = ?", "ForTeam{\"schoolYear\":\"2023-2024\"}", button);
        assertThat(chat.pressToken(SON, button)).isEqualTo(vi("error.button-stale"));
        jdbc.update("update callback_token set payload = ? where token = ?", "ForTeam{\"schoolYear\":\"2022-2023\",\"team\":\"" + TOAN + "\"}", button);
        chat.pressToken(SON, button);
        assertThat(chat.lastText(SON)).as("last year's card").isEqualTo(vi("pledge.refused.other-year", "2022-2023", YEAR));
        assertThat(signatures()).isZero();
    }

    @Test
    void a_card_of_another_school_year_is_refused_politely() {
        long son = jdbc.queryForObject("select id from staff_member where telegram_user_id = ?", Long.class, SON);
        assertThatThrownBy(() -> pledges.sign(son, "2022-2023", PledgeParty.team(TOAN)))
                .isInstanceOfSatisfying(PledgeRefused.class, r -> assertThat(r.key()).isEqualTo("pledge.refused.other-year"));
    }

    @Test
    void the_export_and_the_department_checklist_show_who_signed_and_who_is_missing() {
        at("2023-09-21T09:15");
        chat.says(SON, "/giaouoc");
        chat.presses(SON, vi("pledge.button.sign", TOAN));
        at("2023-09-26T16:40");
        chat.says(HUNG, "/giaouoc");
        chat.presses(HUNG, vi("pledge.button.sign", vi("pledge.party.school")));

        at("2023-10-02T08:00");
        chat.says(HOA, "/xuat");
        chat.presses(HOA, vi("report.button.pledges"));
        assertThat(chat.lastText(HOA)).isEqualTo(String.join("\n",
                vi("report.pledges.header", YEAR, "2", "4", "10/10/2023"),
                vi("report.pledges.signed", "1", TOAN, "Vì Văn Sơn", "09:15 21/09/2023"),
                vi("report.pledges.signed", "2", vi("pledge.party.school"), "Hà Văn Hùng", "16:40 26/09/2023"),
                "",
                vi("report.pledges.missing-header", "2"),
                vi("report.pledges.missing", VAN, "Cầm Thị Yến"),
                vi("report.pledges.missing", VP, "Hà Thị Lan")));

        fire("department:D-5", "2023-10-05T08:00");
        assertThat(chat.lastText(HOA)).contains(vi("reminder.department.pledges-signed", "⚠️", "2", "4"),
                vi("reminder.department.pledges-missing", VAN + ", " + VP));
        chat.says(YEN, "/giaouoc");
        chat.presses(YEN, vi("pledge.button.sign", VAN));
        chat.says(LAN, "/giaouoc");
        chat.presses(LAN, vi("pledge.button.sign", VP));
        fire("department:D-1", "2023-10-09T08:00");
        assertThat(chat.lastText(HUNG)).contains(vi("reminder.department.pledges-signed", "✅", "4", "4"))
                .doesNotContain("↳ Chưa ký");
    }
}
