package vn.thiduabot.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.chat.UpdateIntake;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.Team;
import vn.thiduabot.support.BotTest;
import vn.thiduabot.support.ChatDriver;
import vn.thiduabot.support.ClockAt;
import vn.thiduabot.support.MutableClock;
import vn.thiduabot.support.SchoolFixture;

/**
 * The team's results against its targets (issue 13). In September Bùi Văn Sơn, leader of Tổ Toán - Tin,
 * registered for the team 85% pass rate and the ethics pledge (skipping the optional prizes); in the
 * self-assessment window (03/05/2024 to 20/05/2024) he enters what the team achieved from /totoi. Lò Thị Hoa
 * teaches in the team and cannot.
 */
@BotTest
@TestPropertySource(properties = "thidua.campaign-dir=src/test/resources/campaigns-team-targets")
@ClockAt("2023-09-08T01:00:00Z")
class TeamResultsTest {

    static final Instant SEPTEMBER = Instant.parse("2023-09-08T01:00:00Z");
    static final Instant IN_WINDOW = Instant.parse("2024-05-10T02:00:00Z");
    static final long HOA = 9504;
    static final long SON = 9505;
    static final String RATE = "Tỉ lệ học sinh đạt yêu cầu trở lên ở các môn của tổ (%)";
    static final String ETHICS = "Không có thành viên vi phạm đạo đức nhà giáo, dạy thêm sai quy định";

    @Autowired SchoolFixture school;
    @Autowired UpdateIntake intake;
    @Autowired Outbox outbox;
    @Autowired Texts texts;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired MutableClock clock;
    @Autowired RegistrationService registrations;
    @Autowired TeamTargetResultService teamResults;
    @Autowired Campaigns campaigns;
    ChatDriver chat;
    long hoaStaff;

    @BeforeEach
    void september() {
        chat = new ChatDriver(intake, outbox);
        clock.advance(Duration.between(clock.instant(), SEPTEMBER));
        school.reset();
        long[] son = new long[1];
        tx.executeWithoutResult(s -> {
            Team toan = school.team("Toán - Tin");
            hoaStaff = school.person("Lò Thị Hoa", "+84915000024", toan, Set.of(Role.TEACHER), HOA).getId();
            son[0] = school.person("Bùi Văn Sơn", "+84915000025", toan, Set.of(Role.TEACHER, Role.TEAM_LEADER), SON).getId();
        });
        CollectiveRegistration t = registrations.collectiveDraftFor("Toán - Tin", "2023-2024", son[0]);
        t = registrations.answerTeamTarget(t, "team-pass-rate", "85", son[0]);
        t = registrations.answerTeamTarget(t, "team-good-students", null, son[0]);
        registrations.answerTeamTarget(t, "team-ethics", "yes", son[0]);
    }

    private String vi(String key, Object... args) {
        return texts.get(Texts.VIETNAMESE, key, args);
    }

    private List<String> stored() {
        return jdbc.query("select target_code, result_value from collective_registration_answer where result_value is not null order by id",
                (rs, i) -> rs.getString(1) + "=" + rs.getString(2));
    }

    private void inTheWindow() {
        clock.advance(Duration.between(clock.instant(), IN_WINDOW));
    }

    @Test
    void the_leader_enters_the_teams_results_from_totoi_and_the_team_summary_shows_the_verdicts() {
        inTheWindow();
        chat.says(SON, "/totoi");
        assertThat(chat.lastText(SON)).contains(vi("results.line.pending", RATE, "85%"));
        chat.presses(SON, vi("results.team.button"));
        assertThat(chat.lastText(SON)).startsWith(vi("results.team.ask", RATE, "85%")).contains(vi("registration.hint.percent"));
        chat.says(SON, "84,9");
        assertThat(chat.lastText(SON)).startsWith(vi("results.team.ask", ETHICS, vi("registration.yes")));
        chat.presses(SON, vi("registration.yes"));

        assertThat(stored()).containsExactly("team-pass-rate=84.9", "team-ethics=yes");
        assertThat(chat.lastText(SON)).contains("• " + RATE + ": 85% → 84,9%, chưa đạt")
                .contains("• " + ETHICS + ": Có → Có, đạt");

        // Later he corrects the rate to exactly the target: 85 against 85 is met, and /totoi shows it.
        chat.says(SON, "/totoi");
        chat.presses(SON, vi("results.team.button"));
        chat.says(SON, "85");
        chat.presses(SON, vi("results.skip-button"));
        chat.says(SON, "/totoi");
        assertThat(chat.lastText(SON)).contains(vi("results.team.section", ""))
                .contains("• " + RATE + ": 85% → 85%, đạt")
                .contains("• " + ETHICS + ": Có → Có, đạt");
    }

    @Test
    void a_teacher_of_the_team_cannot_enter_the_teams_results() {
        inTheWindow();
        chat.says(HOA, "/totoi");
        assertThat(chat.lastText(HOA)).doesNotContain(RATE);
        Person hoa = new Person(hoaStaff, "Lò Thị Hoa", "Toán - Tin", Set.of(Role.TEACHER), Texts.VIETNAMESE, HOA, HOA);
        assertThatThrownBy(() -> teamResults.record(hoa, campaigns.current(), "team-pass-rate", "99"))
                .isInstanceOf(RegistrationRefused.class).hasFieldOrPropertyWithValue("key", "results.team.leader-only");
        assertThat(stored()).isEmpty();
    }

    @Test
    void outside_the_window_the_team_results_are_refused_with_the_windows_dates() {
        chat.says(SON, "/totoi");
        assertThat(chat.lastText(SON)).doesNotContain(vi("results.team.section", "").trim());
        Person son = new Person(0, "Bùi Văn Sơn", "Toán - Tin", Set.of(Role.TEACHER, Role.TEAM_LEADER), Texts.VIETNAMESE, SON, SON);
        assertThatThrownBy(() -> teamResults.record(son, campaigns.current(), "team-pass-rate", "90"))
                .isInstanceOf(RegistrationRefused.class).hasFieldOrPropertyWithValue("key", "results.window-closed");
        clock.advance(Duration.between(clock.instant(), Instant.parse("2024-05-21T02:00:00Z")));
        assertThatThrownBy(() -> teamResults.record(son, campaigns.current(), "team-pass-rate", "90"))
                .isInstanceOf(RegistrationRefused.class).hasFieldOrPropertyWithValue("key", "results.window-closed");
        assertThat(stored()).isEmpty();
    }

    @Test
    void a_skip_button_pressed_after_its_question_has_passed_is_no_longer_valid() {
        inTheWindow();
        chat.says(SON, "/totoi");
        chat.presses(SON, vi("results.team.button"));
        String firstSkip = ChatDriver.token(chat.last(SON), vi("results.skip-button"));
        chat.says(SON, "90");
        assertThat(chat.pressToken(SON, firstSkip)).isEqualTo(vi("error.button-stale"));
        assertThat(stored()).containsExactly("team-pass-rate=90");
    }
}
