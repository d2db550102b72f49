package vn.thiduabot.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.chat.UpdateIntake;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.notification.OutgoingMessage;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.StaffMember;
import vn.thiduabot.staff.StaffRepository;
import vn.thiduabot.staff.Team;
import vn.thiduabot.staff.TeamRepository;
import vn.thiduabot.support.ChatDriver;
import vn.thiduabot.support.BotTest;
import vn.thiduabot.support.ClockAt;
import vn.thiduabot.support.MutableClock;
import vn.thiduabot.support.SchoolFixture;

/**
 * Registration in the seed school year 2023-2024, on Friday 8 September 2023: what an old or forged
 * button does (nothing, politely), and the events each change publishes. Lò Thị Hoa teaches in Tổ
 * Toán - Tin, which Bùi Văn Sơn leads; Hà Văn Minh is the secretary.
 */
@BotTest
@TestPropertySource(properties = BotTest.CAMPAIGNS_2023)
@ClockAt("2023-09-08T01:00:00Z")
@RecordApplicationEvents
class RegistrationButtonsAndEventsTest {


    static final Instant START = Instant.parse("2023-09-08T01:00:00Z");


    static final long MINH = 9002;  // secretary
    static final long HOA = 9004;   // teacher, Toán - Tin
    static final long SON = 9005;   // team leader, Toán - Tin

    @Autowired SchoolFixture school;
    @Autowired UpdateIntake intake;
    @Autowired Outbox outbox;
    @Autowired StaffRepository staff;
    @Autowired TeamRepository teams;
    @Autowired Texts texts;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired MutableClock clock;
    @Autowired ApplicationEvents events;
    ChatDriver chat;
    long hoaId;
    long sonId;
    long minhId;
    long lanId;

    @BeforeEach
    void school() {
        chat = new ChatDriver(intake, outbox);
        clock.advance(Duration.between(clock.instant(), START));
        school.reset(); // every table (SchemaReset)
        tx.executeWithoutResult(s -> {
            Instant now = Instant.now();
            Team toan = school.team("Toán - Tin");
            Team office = school.team("Văn phòng");
            minhId = person("Hà Văn Minh", "+84912000002", office, Set.of(Role.SECRETARY, Role.ADMIN), MINH, now);
            hoaId = person("Lò Thị Hoa", "+84912000004", toan, Set.of(Role.TEACHER), HOA, now);
            sonId = person("Bùi Văn Sơn", "+84912000005", toan, Set.of(Role.TEACHER, Role.TEAM_LEADER), SON, now);
            lanId = person("Đinh Thị Lan", "+84912000007", toan, Set.of(Role.TEACHER), null, now);
        });
    }

    private long person(String name, String phone, Team team, Set<Role> roles, Long telegram, Instant now) {
        return school.person(name, phone, team, roles, telegram).getId();
    }

    private String vi(String key, Object... args) {
        return texts.get(Texts.VIETNAMESE, key, args);
    }

    private String status(long staffId) {
        return jdbc.queryForObject("select status from registration where staff_id = ?", String.class, staffId);
    }

    private long registrationId(long staffId) {
        return jdbc.queryForObject("select id from registration where staff_id = ?", Long.class, staffId);
    }

    private long version(long staffId) {
        return jdbc.queryForObject("select version from registration where staff_id = ?", Long.class, staffId);
    }

    private int historyRows() {
        return jdbc.queryForObject("select count(*) from registration_history", Integer.class);
    }

    private void forge(String token, String payload) {
        jdbc.update("update callback_token set payload = ? where token = ?", payload, token);
    }

    /** Someone answers every question with the buttons and typed numbers, up to the summary. */
    private void fillsInEverything(long user) {
        chat.says(user, "/dangky");
        chat.presses(user, "Lao động tiên tiến");
        chat.presses(user, "Giấy khen của Hiệu trưởng");
        chat.presses(user, vi("registration.initiative.no"));
        chat.says(user, "92");
        chat.presses(user, vi("registration.skip"));
        chat.says(user, "10");
        chat.presses(user, vi("registration.skip"));
        chat.presses(user, vi("registration.yes"));
    }

    @Test
    void sending_the_form_publishes_who_sent_which_registration_and_when_and_the_history_follows() {
        fillsInEverything(HOA);
        assertThat(events.stream(RegistrationStarted.class))
                .containsExactly(new RegistrationStarted(registrationId(hoaId), hoaId, "2023-2024", START));
        clock.advance(Duration.ofMinutes(5));
        chat.presses(HOA, vi("registration.button.submit"));

        assertThat(events.stream(RegistrationSubmitted.class)).containsExactly(
                new RegistrationSubmitted(registrationId(hoaId), hoaId, "2023-2024", RegistrationStatus.DRAFT, START.plus(Duration.ofMinutes(5))));
        assertThat(jdbc.queryForList("select action || ' ' || coalesce(from_status, '-') || ' ' || to_status || ' ' || by_staff_id"
                        + " from registration_history order by id", String.class))
                .containsExactly("CREATED - DRAFT " + hoaId, "SUBMITTED DRAFT SUBMITTED " + hoaId);
    }

    @Test
    void the_secretary_reopening_a_form_publishes_her_reason_and_the_history_follows() {
        chat.says(MINH, "/mophieu 0912000007");
        chat.says(MINH, "Bổ sung đăng ký");

        assertThat(events.stream(RegistrationReopened.class)).singleElement().satisfies(e -> {
            assertThat(e.staffId()).isEqualTo(lanId);
            assertThat(e.byStaffId()).isEqualTo(minhId);
            assertThat(e.from()).as("Lan had no registration yet").isNull();
            assertThat(e.reason()).isEqualTo("Bổ sung đăng ký");
            assertThat(e.schoolYear()).isEqualTo("2023-2024");
        });
        assertThat(jdbc.queryForObject("select reason from registration_history where action = 'REOPENED'", String.class))
                .isEqualTo("Bổ sung đăng ký");
    }

    @Test
    void a_forged_summary_button_is_no_longer_valid_and_changes_nothing() {
        fillsInEverything(HOA);
        String submit = ChatDriver.token(chat.latestWith(HOA, vi("registration.button.submit")), vi("registration.button.submit"));
        int rows = historyRows();
        long id = registrationId(hoaId);
        long version = version(hoaId);

        for (String broken : new String[] {"submit|" + id + "|" + version, "Submit{\"registrationId\":" + id + "}",
                "Submit{\"registrationId\":" + id + ",\"version\":" + version + ",\"extra\":1}", "Resume{\"registrationId\":\"x\",\"version\":0}", ""}) {
            forge(submit, broken);
            assertThat(chat.pressToken(HOA, submit)).as(broken).isEqualTo(vi("error.button-stale"));
        }
        assertThat(status(hoaId)).isEqualTo("DRAFT");
        assertThat(historyRows()).isEqualTo(rows);
        assertThat(events.stream(RegistrationSubmitted.class)).isEmpty();
    }

    @Test
    void a_send_button_pointed_at_someone_elses_form_says_the_summary_is_out_of_date_and_sends_nothing() {
        fillsInEverything(SON);
        fillsInEverything(HOA);
        String submit = ChatDriver.token(chat.latestWith(HOA, vi("registration.button.submit")), vi("registration.button.submit"));
        forge(submit, "Submit{\"registrationId\":" + registrationId(sonId) + ",\"version\":" + version(sonId) + "}");

        assertThat(chat.pressToken(HOA, submit)).isEqualTo(vi("registration.stale-summary"));
        assertThat(status(sonId)).isEqualTo("DRAFT");
        assertThat(status(hoaId)).isEqualTo("DRAFT");
        assertThat(events.stream(RegistrationSubmitted.class)).isEmpty();
    }

    @Test
    void an_answer_button_naming_a_title_the_campaign_does_not_offer_is_stale_and_saves_nothing() {
        chat.says(HOA, "/dangky");
        String title = ChatDriver.token(chat.latestWith(HOA, "Lao động tiên tiến"), "Lao động tiên tiến");
        forge(title, "Title{\"code\":\"NO_SUCH_TITLE\"}");

        assertThat(chat.pressToken(HOA, title)).isEqualTo(vi("registration.stale"));
        assertThat(jdbc.queryForObject("select count(*) from registration", Integer.class)).isZero();
        assertThat(events.stream(RegistrationStarted.class)).isEmpty();
        assertThat(chat.lastText(HOA)).startsWith("Thầy cô đăng ký danh hiệu thi đua cá nhân nào cho năm học 2023-2024?");
    }

    @Test
    void a_reopen_choice_forged_to_name_nobody_is_refused() {
        chat.says(MINH, "/mophieu thi");
        OutgoingMessage choice = chat.last(MINH);
        String first = choice.inlineButtons().get(0).get(0).callbackData();
        forge(first, "Pick{\"staffId\":\"Lò Thị Hoa\"}");
        assertThat(chat.pressToken(MINH, first)).isEqualTo(vi("error.button-stale"));
        assertThat(chat.last(MINH)).isEqualTo(choice);
    }

    @Test
    void the_team_leader_sending_the_teams_title_publishes_it_with_his_name() {
        chat.says(SON, "/totoi");
        chat.presses(SON, vi("registration.team.button.register"));
        chat.presses(SON, "Tập thể lao động xuất sắc");
        chat.presses(SON, vi("registration.form.none"));
        chat.presses(SON, vi("registration.button.submit"));

        long id = jdbc.queryForObject("select id from collective_registration", Long.class);
        assertThat(events.stream(CollectiveRegistrationStarted.class))
                .containsExactly(new CollectiveRegistrationStarted(id, "Toán - Tin", "2023-2024", sonId, START));
        assertThat(events.stream(CollectiveRegistrationSubmitted.class))
                .containsExactly(new CollectiveRegistrationSubmitted(id, "Toán - Tin", "2023-2024", sonId, RegistrationStatus.DRAFT, START));
        assertThat(jdbc.queryForList("select action from registration_history where collective_registration_id = ? order by id",
                String.class, id)).containsExactly("CREATED", "SUBMITTED");
    }

    @Test
    void a_team_send_button_forged_with_an_older_version_is_out_of_date_and_sends_nothing() {
        chat.says(SON, "/totoi");
        chat.presses(SON, vi("registration.team.button.register"));
        chat.presses(SON, "Tập thể lao động xuất sắc");
        chat.presses(SON, vi("registration.form.none"));
        String submit = ChatDriver.token(chat.latestWith(SON, vi("registration.button.submit")), vi("registration.button.submit"));
        long id = jdbc.queryForObject("select id from collective_registration", Long.class);
        long version = jdbc.queryForObject("select version from collective_registration", Long.class);
        forge(submit, "TeamSubmit{\"registrationId\":" + id + ",\"version\":" + (version - 1) + "}");

        assertThat(chat.pressToken(SON, submit)).isEqualTo(vi("registration.stale-summary"));
        assertThat(chat.lastText(SON)).isEqualTo(vi("registration.stale-summary-team"));
        assertThat(jdbc.queryForObject("select status from collective_registration", String.class)).isEqualTo("DRAFT");
        assertThat(events.stream(CollectiveRegistrationSubmitted.class)).isEmpty();
    }
}
