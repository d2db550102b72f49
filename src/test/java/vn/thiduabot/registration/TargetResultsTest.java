package vn.thiduabot.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.chat.UpdateIntake;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.Team;
import vn.thiduabot.support.BotTest;
import vn.thiduabot.support.ChatDriver;
import vn.thiduabot.support.ClockAt;
import vn.thiduabot.support.MutableClock;
import vn.thiduabot.support.SchoolFixture;

/**
 * Results against targets (issue 13) in the 2023-2024 school year: Lò Thị Hoa registered in September 85% pass
 * rate, 3 good lessons, a research topic and the ethics pledge (skipping the optional prizes); the self-assessment
 * window runs 03/05/2024 to 20/05/2024. Bùi Văn Sơn registered 90% only.
 */
@BotTest
@org.springframework.test.context.TestPropertySource(properties = BotTest.CAMPAIGNS_2023)
@ClockAt("2023-09-08T01:00:00Z")
class TargetResultsTest {

    static final Instant SEPTEMBER = Instant.parse("2023-09-08T01:00:00Z");
    static final Instant IN_WINDOW = Instant.parse("2024-05-10T02:00:00Z");
    static final long HOA = 9404;
    static final long SON = 9405;
    static final String RATE = "Tỉ lệ học sinh đạt yêu cầu trở lên ở môn giảng dạy (%)";
    static final String LESSONS = "Số tiết dạy tốt, thao giảng, chuyên đề trong năm";
    static final String RESEARCH = "Sáng kiến hoặc đề tài dự kiến (tên, lĩnh vực)";
    static final String ETHICS = "Cam kết không vi phạm đạo đức nhà giáo, không dạy thêm sai quy định";

    @Autowired SchoolFixture school;
    @Autowired UpdateIntake intake;
    @Autowired Outbox outbox;
    @Autowired Texts texts;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired MutableClock clock;
    @Autowired RegistrationService registrations;
    @Autowired TargetResultService results;
    @Autowired Campaigns campaigns;
    ChatDriver chat;
    long hoaStaff;
    long sonStaff;

    @BeforeEach
    void september() {
        chat = new ChatDriver(intake, outbox);
        clock.advance(Duration.between(clock.instant(), SEPTEMBER));
        school.reset();
        tx.executeWithoutResult(s -> {
            Team toan = school.team("Toán - Tin");
            hoaStaff = school.person("Lò Thị Hoa", "+84915000014", toan, Set.of(Role.TEACHER), HOA).getId();
            sonStaff = school.person("Bùi Văn Sơn", "+84915000015", toan, Set.of(Role.TEACHER, Role.TEAM_LEADER), SON).getId();
        });
        Registration hoa = registrations.draftFor(hoaStaff, "2023-2024");
        hoa = registrations.chooseTitle(hoa, "LDTT");
        hoa = registrations.chooseForm(hoa, null);
        hoa = registrations.planInitiative(hoa, false);
        hoa = registrations.answer(hoa, "pass-rate", "85");
        hoa = registrations.answer(hoa, "good-students", null);
        hoa = registrations.answer(hoa, "good-lessons", "3");
        hoa = registrations.answer(hoa, "research", "Dạy học theo dự án");
        hoa = registrations.answer(hoa, "ethics", "yes");
        registrations.submit(hoa);
        registrations.answer(registrations.draftFor(sonStaff, "2023-2024"), "pass-rate", "90");
    }

    private String vi(String key, Object... args) {
        return texts.get(Texts.VIETNAMESE, key, args);
    }

    private List<String> stored() {
        return jdbc.query("select a.target_code, a.result_value from registration_answer a join registration r on r.id = a.registration_id"
                        + " where r.staff_id = ? and a.result_value is not null order by a.id",
                (rs, i) -> rs.getString(1) + "=" + rs.getString(2), hoaStaff);
    }

    private void inTheWindow() {
        clock.advance(Duration.between(clock.instant(), IN_WINDOW));
    }

    @Test
    void in_the_window_hoa_enters_each_result_and_reads_target_against_result() {
        inTheWindow();
        chat.says(HOA, "/ketqua");
        assertThat(chat.lastText(HOA)).startsWith(vi("results.ask", RATE, "85%")).contains(vi("registration.hint.percent"));
        chat.says(HOA, "85");
        assertThat(chat.lastText(HOA)).startsWith(vi("results.ask", LESSONS, "3"));
        chat.says(HOA, "2");
        assertThat(chat.lastText(HOA)).startsWith(vi("results.ask", RESEARCH, "Dạy học theo dự án"));
        chat.presses(HOA, vi("results.skip-button"));
        assertThat(chat.lastText(HOA)).startsWith(vi("results.ask", ETHICS, vi("registration.yes")));
        chat.presses(HOA, vi("registration.yes"));

        assertThat(stored()).containsExactly("pass-rate=85", "good-lessons=2", "ethics=yes");
        String summary = chat.lastText(HOA);
        assertThat(summary).contains("• " + RATE + ": 85% → 85%, đạt")
                .contains("• " + LESSONS + ": 3 → 2, chưa đạt")
                .contains("• " + RESEARCH + ": Dạy học theo dự án → chưa nhập kết quả")
                .contains("• " + ETHICS + ": Có → Có, đạt");
    }

    @Test
    void a_wrong_result_gets_the_targets_own_sentence_and_nothing_is_lost() {
        inTheWindow();
        chat.says(HOA, "/ketqua");
        chat.says(HOA, "85");
        chat.says(HOA, "ba tiết");
        assertThat(chat.lastText(HOA)).isEqualTo(vi("registration.input.number", "ba tiết"));
        assertThat(stored()).containsExactly("pass-rate=85");
        chat.says(HOA, "3");
        assertThat(stored()).containsExactly("pass-rate=85", "good-lessons=3");
        assertThat(chat.lastText(HOA)).startsWith(vi("results.ask", RESEARCH, "Dạy học theo dự án"));
    }

    @Test
    void eighty_four_point_nine_against_eighty_five_is_not_met() {
        inTheWindow();
        chat.says(HOA, "/ketqua");
        chat.says(HOA, "84,9");
        TargetResult rate = results.results(hoaStaff, campaigns.current()).get(0);
        assertThat(rate.result()).isEqualTo("84.9");
        assertThat(rate.verdict()).isEqualTo(TargetOutcome.Verdict.NOT_MET);
    }

    @Test
    void outside_the_window_the_results_are_refused_with_the_windows_dates() {
        chat.says(HOA, "/ketqua");
        assertThat(chat.lastText(HOA)).isEqualTo(vi("results.window-closed", "03/05/2024", "20/05/2024"));
        clock.advance(Duration.between(clock.instant(), Instant.parse("2024-05-21T02:00:00Z")));
        chat.says(HOA, "/ketqua");
        assertThat(chat.lastText(HOA)).isEqualTo(vi("results.window-closed", "03/05/2024", "20/05/2024"));
        assertThat(stored()).isEmpty();
    }

    @Test
    void a_result_is_saved_only_on_the_owners_own_registration() {
        inTheWindow();
        // Sơn's /ketqua walks Sơn's own registration (90%), never Hoa's.
        chat.says(SON, "/ketqua");
        assertThat(chat.lastText(SON)).startsWith(vi("results.ask", RATE, "90%"));
        chat.says(SON, "95");
        assertThat(stored()).isEmpty();
        // A target Sơn did not register is refused by the service.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> results.record(sonStaff, campaigns.current(), "good-lessons", "3"))
                .isInstanceOf(RegistrationRefused.class).hasFieldOrPropertyWithValue("key", "results.not-registered");
    }

    @Test
    void a_skip_button_pressed_after_its_question_has_passed_is_no_longer_valid_and_changes_nothing() {
        inTheWindow();
        chat.says(HOA, "/ketqua");
        String firstSkip = ChatDriver.token(chat.last(HOA), vi("results.skip-button"));
        chat.says(HOA, "90");
        String next = chat.lastText(HOA);
        assertThat(chat.pressToken(HOA, firstSkip)).isEqualTo(vi("error.button-stale"));
        assertThat(chat.lastText(HOA)).isEqualTo(next);
        assertThat(stored()).containsExactly("pass-rate=90");
    }
}
