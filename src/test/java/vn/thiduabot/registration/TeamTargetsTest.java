package vn.thiduabot.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.chat.UpdateIntake;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.notification.OutgoingMessage;
import vn.thiduabot.people.Role;
import vn.thiduabot.report.Xlsx;
import vn.thiduabot.staff.Team;
import vn.thiduabot.support.BotTest;
import vn.thiduabot.support.ChatDriver;
import vn.thiduabot.support.ClockAt;
import vn.thiduabot.support.MutableClock;
import vn.thiduabot.support.SchoolFixture;
import vn.thiduabot.support.TypedText;

/**
 * The team's collective targets and plan (issue 13), in the 2023-2024 school year of a campaign file that lists
 * three team targets (a percent, an optional number, a yes-or-no), on Friday 08/09/2023 (registration open until
 * 15/09/2023). Bùi Văn Sơn leads Tổ Toán - Tin, where Lò Thị Hoa teaches; Hà Văn Minh is the council secretary.
 */
@BotTest
@TestPropertySource(properties = "thidua.campaign-dir=src/test/resources/campaigns-team-targets")
@ClockAt("2023-09-08T01:00:00Z")
@RecordApplicationEvents
class TeamTargetsTest {

    static final Instant START = Instant.parse("2023-09-08T01:00:00Z");
    static final long MINH = 9302;  // secretary
    static final long HOA = 9304;   // teacher, Toán - Tin
    static final long SON = 9305;   // team leader, Toán - Tin

    static final String RATE = "Tỉ lệ học sinh đạt yêu cầu trở lên ở các môn của tổ (%)";
    static final String PRIZES = "Số học sinh đạt giải học sinh giỏi cấp tỉnh của tổ";
    static final String ETHICS = "Không có thành viên vi phạm đạo đức nhà giáo, dạy thêm sai quy định";
    static final String PLAN = "Dự giờ chéo mỗi tháng; bồi dưỡng học sinh giỏi từ tháng 10; ôn tập theo nhóm cho học sinh yếu.";

    @Autowired SchoolFixture school;
    @Autowired UpdateIntake intake;
    @Autowired Outbox outbox;
    @Autowired Texts texts;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired MutableClock clock;
    @Autowired RegistrationQueries queries;
    @Autowired ApplicationEvents events;
    ChatDriver chat;

    @BeforeEach
    void school() {
        chat = new ChatDriver(intake, outbox);
        clock.advance(Duration.between(clock.instant(), START));
        school.reset();
        tx.executeWithoutResult(s -> {
            Team toan = school.team("Toán - Tin");
            Team office = school.team("Văn phòng");
            school.person("Hà Văn Minh", "+84915000002", office, Set.of(Role.SECRETARY, Role.ADMIN), MINH);
            school.person("Lò Thị Hoa", "+84915000004", toan, Set.of(Role.TEACHER), HOA);
            school.person("Bùi Văn Sơn", "+84915000005", toan, Set.of(Role.TEACHER, Role.TEAM_LEADER), SON);
        });
    }

    private String vi(String key, Object... args) {
        return texts.get(Texts.VIETNAMESE, key, args);
    }

    /** "code=value" per stored team answer, in the order answered; a skipped target reads "code=null". */
    private List<String> teamAnswers() {
        return jdbc.query("select target_code, value_text from collective_registration_answer order by id",
                (rs, i) -> rs.getString(1) + "=" + rs.getString(2));
    }

    private String plan() {
        return jdbc.queryForObject("select plan_text from collective_registration", String.class);
    }

    /** Sơn opens the team's registration and answers the collective title and the form: the first team target is asked. */
    private void sonChoosesTheTitleAndForm() {
        chat.says(SON, "/totoi");
        chat.presses(SON, vi("registration.team.button.register"));
        chat.presses(SON, "Tập thể lao động xuất sắc");
        chat.presses(SON, "Giấy khen của Hiệu trưởng");
    }

    /** ... then every team target and the plan: the summary to send is on screen. */
    private void sonAnswersEverything() {
        sonChoosesTheTitleAndForm();
        chat.says(SON, "95,5");
        chat.presses(SON, vi("registration.skip"));
        chat.presses(SON, vi("registration.yes"));
        chat.says(SON, PLAN);
    }

    @Test
    void the_team_leader_answers_the_team_targets_and_the_plan_and_the_summaries_show_them() {
        sonChoosesTheTitleAndForm();
        assertThat(chat.lastText(SON)).isEqualTo(vi("registration.team.ask.target", "1", "3", RATE) + "\n" + vi("registration.hint.percent"));
        chat.says(SON, "95,5");
        assertThat(chat.lastText(SON)).startsWith(vi("registration.team.ask.target", "2", "3", PRIZES))
                .endsWith(vi("registration.hint.optional"));
        chat.presses(SON, vi("registration.skip"));
        assertThat(chat.lastText(SON)).startsWith(vi("registration.team.ask.target", "3", "3", ETHICS));
        assertThat(ChatDriver.labels(chat.last(SON))).containsExactly(vi("registration.yes"), vi("registration.no"));
        chat.presses(SON, vi("registration.yes"));
        assertThat(chat.lastText(SON)).isEqualTo(vi("registration.team.ask.plan", "500"));
        chat.says(SON, PLAN);

        String summary = chat.lastText(SON);
        assertThat(summary).contains("ĐĂNG KÝ DANH HIỆU TẬP THỂ — Toán - Tin", "Danh hiệu: Tập thể lao động xuất sắc",
                vi("registration.team.summary.targets"), "1. " + RATE + ": 95,5%", "2. " + PRIZES + ": " + vi("registration.summary.skipped"),
                "3. " + ETHICS + ": Có", vi("registration.team.summary.plan", PLAN), vi("registration.summary.status-draft"));
        assertThat(teamAnswers()).containsExactly("team-pass-rate=95.5", "team-good-students=null", "team-ethics=yes");
        assertThat(plan()).isEqualTo(PLAN);

        chat.presses(SON, vi("registration.button.submit"));
        assertThat(chat.lastText(SON)).isEqualTo(vi("registration.team.submitted", "Toán - Tin", "Tập thể lao động xuất sắc", "15/09/2023"));
        assertThat(events.stream(CollectiveRegistrationSubmitted.class)).singleElement()
                .satisfies(e -> assertThat(e.teamName()).isEqualTo("Toán - Tin"));

        CollectiveRegistrationSummary team = queries.collectiveForTeam("Toán - Tin", "2023-2024").orElseThrow();
        assertThat(team.targets()).extracting(RegistrationSummary.TargetAnswer::code, RegistrationSummary.TargetAnswer::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("team-pass-rate", "95.5"),
                        org.assertj.core.groups.Tuple.tuple("team-good-students", null),
                        org.assertj.core.groups.Tuple.tuple("team-ethics", "yes"));
        assertThat(team.plan()).isEqualTo(PLAN);

        chat.says(SON, "/totoi");
        assertThat(chat.lastText(SON)).contains("Danh hiệu tập thể của tổ: Tập thể lao động xuất sắc (đã gửi ngày 08/09/2023)",
                "1. " + RATE + ": 95,5%", vi("registration.team.summary.plan", PLAN));
        chat.presses(SON, vi("registration.team.button.view"));
        assertThat(chat.lastText(SON)).contains("1. " + RATE + ": 95,5%", vi("registration.team.summary.plan", PLAN),
                vi("registration.summary.status-submitted", "08/09/2023"));

        chat.says(MINH, "/tongdangky");
        String overview = String.join("\n", chat.sent(MINH).stream().map(OutgoingMessage::text).toList());
        assertThat(overview).contains("Toán - Tin: Tập thể lao động xuất sắc", "   1. " + RATE + ": 95,5%", "   3. " + ETHICS + ": Có",
                "   " + vi("registration.team.summary.plan", PLAN));
    }

    @Test
    void a_wrong_answer_gets_the_individual_targets_sentence_and_loses_nothing() {
        sonChoosesTheTitleAndForm();
        chat.says(SON, "chín mươi");
        assertThat(chat.previousText(SON)).isEqualTo(vi("registration.input.percent", "chín mươi"));
        assertThat(chat.lastText(SON)).startsWith(vi("registration.team.ask.target", "1", "3", RATE));
        chat.says(SON, "100,5");
        assertThat(chat.previousText(SON)).isEqualTo(vi("registration.input.percent-range", "100,5"));
        assertThat(teamAnswers()).isEmpty();
        assertThat(jdbc.queryForObject("select title_code from collective_registration", String.class)).isEqualTo("TTLDXS");

        chat.says(SON, "100");
        chat.says(SON, "nhiều");
        assertThat(chat.previousText(SON)).isEqualTo(vi("registration.input.number", "nhiều"));
        chat.says(SON, "3");
        chat.says(SON, "có"); // a typed yes is understood as on the individual form
        assertThat(teamAnswers()).containsExactly("team-pass-rate=100", "team-good-students=3", "team-ethics=yes");

        chat.says(SON, TypedText.ofLength(501));
        assertThat(chat.previousText(SON)).isEqualTo(vi("registration.input.text-too-long", 501, 500));
        assertThat(chat.lastText(SON)).isEqualTo(vi("registration.team.ask.plan", "500"));
        chat.says(SON, "   ");
        assertThat(chat.previousText(SON)).isEqualTo(vi("registration.input.text-empty"));
        assertThat(jdbc.queryForObject("select count(*) from collective_registration where plan_text is null", Integer.class)).isOne();
        chat.says(SON, TypedText.ofLength(500));
        assertThat(chat.lastText(SON)).contains(vi("registration.team.summary.targets"), "1. " + RATE + ": 100%");
    }

    @Test
    void a_required_team_target_cannot_be_skipped_even_by_a_forged_button() {
        sonChoosesTheTitleAndForm();
        chat.says(SON, "90");
        chat.says(SON, "2");
        String yes = ChatDriver.token(chat.last(SON), vi("registration.yes"));
        jdbc.update("update callback_token set payload = ? where token = ?", "TeamSkip{\"code\":\"team-ethics\"}", yes);
        chat.pressToken(SON, yes);
        assertThat(chat.previousText(SON)).isEqualTo(vi("registration.input.required"));
        assertThat(chat.lastText(SON)).startsWith(vi("registration.team.ask.target", "3", "3", ETHICS));
        assertThat(teamAnswers()).containsExactly("team-pass-rate=90", "team-good-students=2");
    }

    @Test
    void a_teacher_who_is_not_the_team_leader_cannot_answer_the_team_targets() {
        sonChoosesTheTitleAndForm();
        chat.says(SON, "90");
        String skip = ChatDriver.token(chat.last(SON), vi("registration.skip"));

        chat.says(HOA, "/totoi");
        assertThat(chat.lastText(HOA)).isEqualTo(vi("error.forbidden"));
        assertThat(chat.pressToken(HOA, skip)).isEqualTo(vi("error.button-stale")); // a button given to Sơn
        chat.says(HOA, "5");
        assertThat(teamAnswers()).containsExactly("team-pass-rate=90");
        assertThat(chat.sent(HOA)).extracting(OutgoingMessage::text).noneMatch(t -> t.contains(PRIZES));

        // Sơn hands the team over mid-way: his open question no longer answers for the team
        jdbc.update("update staff_member set roles = 'TEACHER' where telegram_user_id = ?", SON);
        assertThat(chat.pressToken(SON, skip)).isEqualTo(vi("error.forbidden"));
        chat.says(SON, "5");
        assertThat(teamAnswers()).containsExactly("team-pass-rate=90");
    }

    @Test
    void after_the_deadline_the_team_targets_are_refused_as_the_collective_title_is() {
        sonChoosesTheTitleAndForm();
        chat.says(SON, "90");
        String skip = ChatDriver.token(chat.last(SON), vi("registration.skip"));
        clock.advance(Duration.between(clock.instant(), Instant.parse("2023-09-15T17:00:00Z"))); // 00:00 on 16/09 in Vietnam

        chat.says(SON, "4");
        assertThat(chat.lastText(SON)).isEqualTo(vi("registration.deadline-passed", "2023-2024", "15/09/2023", "Hà Văn Minh"));
        chat.pressToken(SON, skip);
        assertThat(teamAnswers()).containsExactly("team-pass-rate=90");
        chat.says(SON, "/totoi");
        assertThat(chat.lastText(SON)).contains(vi("registration.myteam.closed", "15/09/2023"));
        assertThat(ChatDriver.labels(chat.last(SON))).isEmpty();
    }

    @Test
    void a_sent_registration_is_edited_until_the_deadline_walking_the_targets_with_what_was_saved() {
        sonAnswersEverything();
        chat.presses(SON, vi("registration.button.submit"));
        chat.says(SON, "/totoi");
        chat.presses(SON, vi("registration.team.button.view"));
        chat.presses(SON, vi("registration.button.edit"));
        chat.presses(SON, vi("registration.keep"));
        chat.presses(SON, vi("registration.keep"));
        assertThat(chat.lastText(SON)).startsWith(vi("registration.team.ask.target", "1", "3", RATE))
                .endsWith(vi("registration.current", "95,5%"));
        chat.says(SON, "97");
        chat.presses(SON, vi("registration.keep"));
        chat.presses(SON, vi("registration.keep"));
        assertThat(chat.lastText(SON)).endsWith(vi("registration.current", PLAN));
        chat.presses(SON, vi("registration.keep"));
        assertThat(chat.lastText(SON)).contains("1. " + RATE + ": 97%", vi("registration.team.summary.plan", PLAN));
        chat.presses(SON, vi("registration.button.submit"));
        assertThat(teamAnswers()).containsExactly("team-pass-rate=97", "team-good-students=null", "team-ethics=yes");
        assertThat(events.stream(CollectiveRegistrationEdited.class)).hasSize(1);
        assertThat(events.stream(CollectiveRegistrationSubmitted.class)).hasSize(2);
    }

    @Test
    void the_registration_export_lists_the_team_targets_and_the_plan() throws Exception {
        sonAnswersEverything();
        chat.presses(SON, vi("registration.button.submit"));
        chat.says(MINH, "/xuat");
        chat.presses(MINH, vi("report.button.registration"));
        OutgoingMessage sent = chat.last(MINH);
        try (XSSFWorkbook wb = Xlsx.open(Base64.getDecoder().decode(sent.file().base64Content()))) {
            Sheet t = wb.getSheet("Tập thể");
            assertThat(Xlsx.texts(t, Xlsx.headerRow(t))).endsWith(vi("report.col.team-targets"), vi("report.col.plan"));
            assertThat(Xlsx.numberedRows(t)).singleElement().satisfies(row -> assertThat(row).containsSequence(
                    "1. " + RATE + ": 95,5%\n2. " + PRIZES + ": " + vi("report.reg.skipped") + "\n3. " + ETHICS + ": Có", PLAN));
        }
    }
}
