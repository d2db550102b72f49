package vn.thiduabot.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thiduabot.chat.Incoming;
import vn.thiduabot.chat.Role;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.chat.UpdateIntake;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.notification.OutgoingMessage;
import vn.thiduabot.staff.StaffMember;
import vn.thiduabot.staff.StaffRepository;
import vn.thiduabot.staff.Team;
import vn.thiduabot.staff.TeamRepository;
import vn.thiduabot.support.MutableClock;

/**
 * Registration for the 2023-2024 school year of the demo school (deadline 15/09/2023), driven through
 * the real intake on a temporary SQLite database: what each person sees is read from the outbox.
 * Tổ Toán - Tin: Lò Thị Hoa (teacher), Bùi Văn Sơn (team leader), Đinh Thị Lan (not on Telegram).
 * Tổ Ngữ văn - Sử - Địa: Sa Thị Mai. Hà Văn Minh is the council secretary.
 */
@SpringBootTest(properties = {"thidua.transport=none", "thidua.campaign-dir=src/test/resources/campaigns"})
class RegistrationDialogTest {

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void db(DynamicPropertyRegistry r) {
        r.add("thidua.data-dir", () -> dir.toString());
    }

    /** 08:00 on Friday 08/09/2023 in Vietnam: a week before the registration deadline. */
    static final Instant START = Instant.parse("2023-09-08T01:00:00Z");
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(START, ZONE);
        }
    }

    static final long MINH = 9002;  // secretary
    static final long HOA = 9004;   // teacher, Toán - Tin
    static final long SON = 9005;   // team leader, Toán - Tin
    static final long MAI = 9006;   // teacher, Ngữ văn - Sử - Địa
    static final AtomicLong UPDATE = new AtomicLong(50_000);

    @Autowired UpdateIntake intake;
    @Autowired Outbox outbox;
    @Autowired StaffRepository staff;
    @Autowired TeamRepository teams;
    @Autowired Texts texts;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired MutableClock clock;
    @Autowired RegistrationQueries queries;

    long hoaId;

    @BeforeEach
    void school() {
        clock.advance(Duration.between(clock.instant(), START));
        for (String table : List.of("registration_history", "registration_answer", "registration", "collective_registration",
                "outbox_message", "conversation", "callback_token", "invite_code", "staff_member", "team")) {
            jdbc.update("delete from " + table);
        }
        tx.executeWithoutResult(s -> {
            Instant now = Instant.now();
            Team toan = teams.save(new Team("Toán - Tin"));
            Team van = teams.save(new Team("Ngữ văn - Sử - Địa"));
            Team office = teams.save(new Team("Văn phòng"));
            person("Hà Văn Minh", "+84912000002", office, Set.of(Role.SECRETARY, Role.ADMIN), MINH, now);
            hoaId = person("Lò Thị Hoa", "+84912000004", toan, Set.of(Role.TEACHER), HOA, now).getId();
            person("Bùi Văn Sơn", "+84912000005", toan, Set.of(Role.TEACHER, Role.TEAM_LEADER), SON, now);
            person("Đinh Thị Lan", "+84912000007", toan, Set.of(Role.TEACHER), null, now);
            person("Sa Thị Mai", "+84912000006", van, Set.of(Role.TEACHER), MAI, now);
        });
    }

    private StaffMember person(String name, String phone, Team team, Set<Role> roles, Long telegram, Instant now) {
        StaffMember m = new StaffMember(name, phone, team, null, roles, now);
        if (telegram != null) {
            m.linkTelegram(telegram, telegram, null, now);
        }
        return staff.save(m);
    }

    // --- what people do ------------------------------------------------------------------------------

    private void moveTo(String isoInstant) {
        clock.advance(Duration.between(clock.instant(), Instant.parse(isoInstant)));
    }

    private void says(long user, String text) {
        intake.process(Incoming.text(UPDATE.incrementAndGet(), user, user, text));
    }

    /** Presses the button with this label on the latest message that has one; returns the toast. */
    private String presses(long user, String label) {
        return pressToken(user, token(latestWith(user, label), label));
    }

    private String pressToken(long user, String token) {
        return intake.process(new Incoming(UPDATE.incrementAndGet(), user, user, true, null, null, null, Incoming.Kind.CALLBACK,
                null, null, null, new Incoming.Callback("cb" + UPDATE.get(), token, 1))).callbackAnswer();
    }

    private OutgoingMessage latestWith(long user, String label) {
        return sent(user).stream().filter(m -> labels(m).contains(label)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no button " + label + " in " + sent(user).stream().map(OutgoingMessage::text).toList()));
    }

    private static List<String> labels(OutgoingMessage m) {
        return m.inlineButtons().stream().flatMap(List::stream).map(OutgoingMessage.InlineButton::label).toList();
    }

    private static String token(OutgoingMessage m, String label) {
        return m.inlineButtons().stream().flatMap(List::stream).filter(b -> b.label().equals(label)).findFirst()
                .orElseThrow().callbackData();
    }

    private List<OutgoingMessage> sent(long chat) {
        return outbox.queuedFor(chat);
    }

    private OutgoingMessage last(long chat) {
        List<OutgoingMessage> all = sent(chat);
        assertThat(all).isNotEmpty();
        return all.get(all.size() - 1);
    }

    private String lastText(long chat) {
        return last(chat).text();
    }

    private String previousText(long chat) {
        List<OutgoingMessage> all = sent(chat);
        return all.get(all.size() - 2).text();
    }

    private String vi(String key, Object... args) {
        return texts.get(Texts.VIETNAMESE, key, args);
    }

    private String en(String key, Object... args) {
        return texts.get(Texts.ENGLISH, key, args);
    }

    private Map<String, Object> registrationOf(long staffId) {
        return jdbc.queryForMap("select * from registration where staff_id = ?", staffId);
    }

    /** "code=value" per stored answer, in the order given; a skipped target reads "code=null". */
    private List<String> answersOf(long staffId) {
        return jdbc.query("select a.target_code, a.value_text from registration_answer a join registration r on r.id = a.registration_id"
                + " where r.staff_id = ? order by a.id", (rs, i) -> rs.getString(1) + "=" + rs.getString(2), staffId);
    }

    private long staffId(String name) {
        return jdbc.queryForObject("select id from staff_member where full_name = ?", Long.class, name);
    }

    private List<String> historyOf(long staffId) {
        return jdbc.queryForList("select h.action from registration_history h join registration r on r.id = h.registration_id"
                + " where r.staff_id = ? order by h.id", String.class, staffId);
    }

    /** Hoa answers everything up to the summary, the quick way. */
    private void hoaFillsInEverything() {
        says(HOA, "/dangky");
        presses(HOA, "Lao động tiên tiến");
        presses(HOA, "Giấy khen của Hiệu trưởng");
        presses(HOA, vi("registration.initiative.no"));
        says(HOA, "92");
        presses(HOA, vi("registration.skip"));
        says(HOA, "10");
        presses(HOA, vi("registration.skip"));
        presses(HOA, vi("registration.yes"));
    }

    // --- scenarios -----------------------------------------------------------------------------------

    @Test
    void a_teacher_registers_with_buttons_and_typed_answers_then_confirms_and_every_column_is_stored() {
        says(HOA, "/dangky");
        assertThat(previousText(HOA)).isEqualTo(vi("registration.intro", "2023-2024", "15/09/2023"));
        String titleQuestion = lastText(HOA);
        assertThat(titleQuestion).contains("Chiến sĩ thi đua cơ sở (cần đạt tiêu chuẩn Lao động tiên tiến)")
                .contains("Hoàn thành xuất sắc nhiệm vụ");
        assertThat(labels(last(HOA))).containsExactly("Lao động tiên tiến", "Chiến sĩ thi đua cơ sở");

        assertThat(presses(HOA, "Chiến sĩ thi đua cơ sở")).isEqualTo(vi("registration.saved"));
        assertThat(registrationOf(hoaId)).containsEntry("title_code", "CSTDCS").containsEntry("status", "DRAFT");
        assertThat(labels(last(HOA))).contains("Giấy khen của Hiệu trưởng", "Bằng khen của Chủ tịch UBND tỉnh", vi("registration.form.none"));

        presses(HOA, "Giấy khen của Hiệu trưởng");
        assertThat(lastText(HOA)).startsWith(vi("registration.ask.initiative")).contains("Lưu ý với danh hiệu „Chiến sĩ thi đua cơ sở”");
        presses(HOA, vi("registration.initiative.yes"));
        assertThat(lastText(HOA)).isEqualTo(vi("registration.ask.initiative-title", "300"));
        says(HOA, "Ứng dụng GeoGebra trong dạy học hình học lớp 9");
        assertThat(lastText(HOA)).isEqualTo(vi("registration.ask.initiative-subject", "100"));
        says(HOA, "Toán");

        assertThat(lastText(HOA)).startsWith("Chỉ tiêu 1/5: Tỉ lệ học sinh đạt yêu cầu").contains(vi("registration.hint.percent"));
        says(HOA, "85,5");
        assertThat(lastText(HOA)).startsWith("Chỉ tiêu 2/5").contains(vi("registration.hint.optional"));
        presses(HOA, vi("registration.skip"));
        assertThat(lastText(HOA)).startsWith("Chỉ tiêu 3/5");
        assertThat(labels(last(HOA))).isEmpty(); // required number: typed only, no skip
        says(HOA, "12");
        says(HOA, "Chuyên đề dạy học theo dự án");
        assertThat(lastText(HOA)).startsWith("Chỉ tiêu 5/5");
        assertThat(labels(last(HOA))).containsExactly(vi("registration.yes"), vi("registration.no"));
        presses(HOA, vi("registration.yes"));

        String summary = lastText(HOA);
        assertThat(summary).contains("PHIẾU ĐĂNG KÝ THI ĐUA NĂM HỌC 2023-2024", "Họ và tên: Lò Thị Hoa", "Tổ: Toán - Tin",
                "Danh hiệu đăng ký: Chiến sĩ thi đua cơ sở", "Hình thức khen thưởng: Giấy khen của Hiệu trưởng",
                "Ứng dụng GeoGebra trong dạy học hình học lớp 9 (lĩnh vực: Toán)", ": 85,5%", "2. Số học sinh đạt giải học sinh giỏi cấp tỉnh: (không đăng ký)",
                ": 12", ": Chuyên đề dạy học theo dự án", "5. Cam kết không vi phạm đạo đức nhà giáo, không dạy thêm sai quy định: Có",
                vi("registration.summary.status-draft"));
        assertThat(registrationOf(hoaId)).containsEntry("status", "DRAFT");

        assertThat(presses(HOA, vi("registration.button.submit"))).isEqualTo(vi("registration.submitted-toast"));
        assertThat(lastText(HOA)).isEqualTo(vi("registration.submitted", "15/09/2023"));

        Map<String, Object> row = registrationOf(hoaId);
        assertThat(row).containsEntry("status", "SUBMITTED").containsEntry("school_year", "2023-2024")
                .containsEntry("title_code", "CSTDCS").containsEntry("form_code", "GK_HT")
                .containsEntry("initiative_title", "Ứng dụng GeoGebra trong dạy học hình học lớp 9")
                .containsEntry("initiative_subject", "Toán");
        assertThat(row.get("submitted_at")).isNotNull();
        assertThat(answersOf(hoaId)).containsExactly("pass-rate=85.5", "good-students=null",
                "good-lessons=12", "research=Chuyên đề dạy học theo dự án", "ethics=yes");
        assertThat(historyOf(hoaId)).containsExactly("CREATED", "SUBMITTED");

        RegistrationSummary s = queries.forStaff(hoaId, "2023-2024").orElseThrow();
        assertThat(s.submitted()).isTrue();
        assertThat(s.staffName()).isEqualTo("Lò Thị Hoa");
        assertThat(s.teamName()).isEqualTo("Toán - Tin");
        assertThat(s.titleName()).isEqualTo("Chiến sĩ thi đua cơ sở");
        assertThat(s.formName()).isEqualTo("Giấy khen của Hiệu trưởng");
        assertThat(s.submittedOn()).isEqualTo(java.time.LocalDate.of(2023, 9, 8));
        assertThat(s.targets()).extracting(RegistrationSummary.TargetAnswer::code)
                .containsExactly("pass-rate", "good-students", "good-lessons", "research", "ethics");
        assertThat(s.targets().get(1).answered()).isTrue();
        assertThat(s.targets().get(1).value()).isNull();
        assertThat(queries.staffWhoSubmitted("2023-2024")).containsExactly(hoaId);
    }

    @Test
    void leaving_mid_flow_keeps_every_answer_and_register_offers_to_continue_where_she_stopped() {
        says(HOA, "/dangky");
        presses(HOA, "Lao động tiên tiến");
        presses(HOA, vi("registration.form.none"));
        presses(HOA, vi("registration.initiative.no"));
        says(HOA, "90");
        says(HOA, "/huy");
        says(HOA, "/trogiup");
        assertThat(registrationOf(hoaId)).containsEntry("title_code", "LDTT").containsEntry("form_answered", 1);
        assertThat(answersOf(hoaId)).containsExactly("pass-rate=90");

        says(HOA, "/dangky");
        assertThat(lastText(HOA)).contains("Danh hiệu đăng ký: Lao động tiên tiến", "Hình thức khen thưởng: không đăng ký", ": 90%")
                .endsWith(vi("registration.resume.ask"));
        presses(HOA, vi("registration.resume.continue"));
        assertThat(lastText(HOA)).startsWith("Chỉ tiêu 2/5");

        says(HOA, "3"); // typed after coming back: saved like any other answer
        assertThat(answersOf(hoaId)).contains("good-students=3");
        assertThat(lastText(HOA)).startsWith("Chỉ tiêu 3/5");
    }

    @Test
    void wrong_answers_get_a_specific_reason_and_the_same_question_again_with_nothing_lost() {
        says(HOA, "/dangky");
        says(HOA, "Lao động tiên tiến"); // typed instead of tapped
        assertThat(previousText(HOA)).isEqualTo(vi("registration.use-buttons"));
        assertThat(lastText(HOA)).startsWith("Thầy cô đăng ký danh hiệu thi đua cá nhân nào cho năm học 2023-2024?");
        presses(HOA, "Lao động tiên tiến");
        presses(HOA, "Giấy khen của Hiệu trưởng");
        presses(HOA, vi("registration.initiative.no"));
        String question = lastText(HOA);

        says(HOA, "120");
        assertThat(previousText(HOA)).isEqualTo(vi("registration.input.percent-range", "120"));
        assertThat(lastText(HOA)).isEqualTo(question);
        says(HOA, "khoảng tám mươi");
        assertThat(previousText(HOA)).isEqualTo(vi("registration.input.percent", "khoảng tám mươi"));
        assertThat(lastText(HOA)).isEqualTo(question);
        assertThat(answersOf(hoaId)).isEmpty();
        assertThat(registrationOf(hoaId)).containsEntry("title_code", "LDTT").containsEntry("form_code", "GK_HT");

        says(HOA, "95%");
        presses(HOA, vi("registration.skip"));
        says(HOA, "-3");
        assertThat(previousText(HOA)).isEqualTo(vi("registration.input.number", "-3"));
        assertThat(lastText(HOA)).startsWith("Chỉ tiêu 3/5");
        says(HOA, "8 tiết");
        assertThat(previousText(HOA)).isEqualTo(vi("registration.input.number", "8 tiết"));
        says(HOA, "8");
        says(HOA, "y".repeat(501));
        assertThat(previousText(HOA)).isEqualTo(vi("registration.input.text-too-long", "501", "500"));
        assertThat(lastText(HOA)).startsWith("Chỉ tiêu 4/5");
        assertThat(answersOf(hoaId)).containsExactly("pass-rate=95", "good-students=null",
                "good-lessons=8");
    }

    @Test
    void after_the_deadline_register_is_refused_with_the_date_and_the_secretary_to_contact() {
        moveTo("2023-09-16T01:00:00Z");
        says(HOA, "/dangky");
        assertThat(lastText(HOA)).isEqualTo(vi("registration.deadline-passed", "2023-2024", "15/09/2023", "Hà Văn Minh"));
        assertThat(lastText(HOA)).contains("15/09/2023", "Hà Văn Minh");
        assertThat(jdbc.queryForObject("select count(*) from registration", Integer.class)).isZero();
    }

    @Test
    void the_deadline_day_is_open_until_midnight_in_vietnam_and_a_sent_registration_then_becomes_read_only() {
        moveTo("2023-09-15T16:30:00Z"); // 23:30 on 15/09 in Vietnam
        hoaFillsInEverything();
        presses(HOA, vi("registration.button.submit"));
        assertThat(registrationOf(hoaId)).containsEntry("status", "SUBMITTED");

        moveTo("2023-09-15T17:05:00Z"); // 00:05 on 16/09
        says(HOA, "/dangky");
        assertThat(previousText(HOA)).contains("Danh hiệu đăng ký: Lao động tiên tiến", "Trạng thái: đã gửi ngày 15/09/2023");
        assertThat(sent(HOA).get(sent(HOA).size() - 2).inlineButtons()).isEmpty();
        assertThat(lastText(HOA)).isEqualTo(vi("registration.deadline-passed", "2023-2024", "15/09/2023", "Hà Văn Minh"));
    }

    @Test
    void an_answer_typed_after_the_deadline_passed_mid_flow_is_not_saved() {
        moveTo("2023-09-15T16:50:00Z");
        says(HOA, "/dangky");
        presses(HOA, "Lao động tiên tiến");
        presses(HOA, vi("registration.form.none"));
        presses(HOA, vi("registration.initiative.no"));
        moveTo("2023-09-15T17:10:00Z");
        says(HOA, "90");
        assertThat(lastText(HOA)).isEqualTo(vi("registration.deadline-passed", "2023-2024", "15/09/2023", "Hà Văn Minh"));
        assertThat(answersOf(hoaId)).isEmpty();
    }

    @Test
    void before_the_deadline_a_sent_registration_can_be_edited_and_sent_again() {
        hoaFillsInEverything();
        presses(HOA, vi("registration.button.submit"));
        says(HOA, "/dangky");
        assertThat(lastText(HOA)).contains(vi("registration.editable-until", "15/09/2023"));
        presses(HOA, vi("registration.button.edit"));
        assertThat(registrationOf(hoaId)).containsEntry("status", "DRAFT");
        assertThat(previousText(HOA)).isEqualTo(vi("registration.edit.now-draft"));
        presses(HOA, vi("registration.edit.title"));
        assertThat(lastText(HOA)).contains(vi("registration.current", "Lao động tiên tiến"));
        presses(HOA, "Chiến sĩ thi đua cơ sở");
        assertThat(lastText(HOA)).contains("Danh hiệu đăng ký: Chiến sĩ thi đua cơ sở", ": 92%");
        presses(HOA, vi("registration.button.submit"));
        assertThat(registrationOf(hoaId)).containsEntry("status", "SUBMITTED").containsEntry("title_code", "CSTDCS");
        assertThat(historyOf(hoaId)).containsExactly("CREATED", "SUBMITTED", "EDITED", "SUBMITTED");
    }

    @Test
    void the_secretary_reopens_a_registration_after_the_deadline_and_the_teacher_edits_and_resends_it() {
        hoaFillsInEverything();
        presses(HOA, vi("registration.button.submit"));
        moveTo("2023-09-18T02:00:00Z");
        says(HOA, "/dangky");
        assertThat(lastText(HOA)).startsWith("Đã hết hạn");

        says(MINH, "/mophieu lo thi hoa");
        assertThat(lastText(MINH)).contains("Lò Thị Hoa", "Toán - Tin", "đã gửi ngày 08/09/2023");
        says(MINH, "   ");
        assertThat(previousText(MINH)).isEqualTo(vi("registration.input.text-empty"));
        says(MINH, "Cô Hoa cần đổi hình thức khen thưởng theo góp ý của tổ");
        assertThat(sent(MINH).stream().map(OutgoingMessage::text))
                .contains(vi("registration.reopen.done", "Lò Thị Hoa", "2023-2024"), vi("registration.reopen.notified", "Lò Thị Hoa"));
        assertThat(lastText(HOA)).isEqualTo(vi("registration.reopen.notice", "Hà Văn Minh", "2023-2024",
                "Cô Hoa cần đổi hình thức khen thưởng theo góp ý của tổ"));
        assertThat(registrationOf(hoaId)).containsEntry("status", "DRAFT")
                .containsEntry("reopen_reason", "Cô Hoa cần đổi hình thức khen thưởng theo góp ý của tổ");

        says(HOA, "/dangky");
        assertThat(lastText(HOA)).contains("Phiếu được Hà Văn Minh mở lại ngày 18/09/2023");
        presses(HOA, vi("registration.resume.continue"));
        presses(HOA, vi("registration.button.edit-item"));
        presses(HOA, vi("registration.edit.form"));
        assertThat(labels(last(HOA))).contains(vi("registration.keep"));
        presses(HOA, "Bằng khen của Chủ tịch UBND tỉnh");
        assertThat(lastText(HOA)).contains("Hình thức khen thưởng: Bằng khen của Chủ tịch UBND tỉnh");
        presses(HOA, vi("registration.button.submit"));
        assertThat(registrationOf(hoaId)).containsEntry("status", "SUBMITTED").containsEntry("form_code", "BK_UBND");
        assertThat(historyOf(hoaId)).containsExactly("CREATED", "SUBMITTED", "REOPENED", "SUBMITTED");
        assertThat(jdbc.queryForObject("select reason from registration_history where action = 'REOPENED'", String.class))
                .isEqualTo("Cô Hoa cần đổi hình thức khen thưởng theo góp ý của tổ");

        says(HOA, "/dangky"); // sent again: closed again
        assertThat(lastText(HOA)).startsWith("Đã hết hạn");
    }

    @Test
    void reopening_someone_not_on_telegram_tells_the_secretary_to_let_them_know() {
        moveTo("2023-09-20T02:00:00Z");
        says(MINH, "/mophieu 0912000007");
        says(MINH, "Bổ sung đăng ký");
        assertThat(lastText(MINH)).isEqualTo(vi("registration.reopen.not-linked", "Đinh Thị Lan"));
        assertThat(registrationOf(staffId("Đinh Thị Lan"))).containsEntry("status", "DRAFT");
    }

    @Test
    void a_team_leader_sees_who_has_not_registered_and_registers_the_collective_title() {
        hoaFillsInEverything();
        presses(HOA, vi("registration.button.submit"));

        says(SON, "/totoi");
        String team = lastText(SON);
        assertThat(team).contains("Toán - Tin", "Đã gửi: 1/3", "• Lò Thị Hoa — Lao động tiên tiến", "Chưa đăng ký (2)",
                "• Bùi Văn Sơn", "• Đinh Thị Lan", vi("registration.myteam.collective-none"));
        assertThat(team).doesNotContain("Sa Thị Mai");

        presses(SON, vi("registration.team.button.register"));
        assertThat(lastText(SON)).contains("Tập thể lao động xuất sắc");
        presses(SON, "Tập thể lao động xuất sắc");
        presses(SON, vi("registration.form.none"));
        assertThat(lastText(SON)).contains("ĐĂNG KÝ DANH HIỆU TẬP THỂ — Toán - Tin", "Danh hiệu: Tập thể lao động xuất sắc");
        presses(SON, vi("registration.button.submit"));
        assertThat(lastText(SON)).isEqualTo(vi("registration.team.submitted", "Toán - Tin", "Tập thể lao động xuất sắc", "15/09/2023"));

        Map<String, Object> row = jdbc.queryForMap("select * from collective_registration");
        assertThat(row).containsEntry("team_name", "Toán - Tin").containsEntry("title_code", "TTLDXS")
                .containsEntry("status", "SUBMITTED");
        assertThat(((Number) row.get("registered_by_staff_id")).longValue()).isEqualTo(staffId("Bùi Văn Sơn"));
        assertThat(row.get("form_code")).isNull();
        assertThat(queries.collectiveForYear("2023-2024")).singleElement()
                .satisfies(c -> assertThat(c.titleName()).isEqualTo("Tập thể lao động xuất sắc"));

        says(SON, "/totoi");
        assertThat(lastText(SON)).contains("Danh hiệu tập thể của tổ: Tập thể lao động xuất sắc (đã gửi ngày 08/09/2023)");
        assertThat(labels(last(SON))).containsExactly(vi("registration.team.button.view"));
    }

    @Test
    void several_matching_names_are_offered_as_buttons_and_the_reason_is_required_before_anything_changes() {
        says(MINH, "/mophieu Thị");
        assertThat(lastText(MINH)).isEqualTo(vi("registration.reopen.choose", "3"));
        assertThat(labels(last(MINH))).containsExactlyInAnyOrder("Lò Thị Hoa — Toán - Tin", "Đinh Thị Lan — Toán - Tin",
                "Sa Thị Mai — Ngữ văn - Sử - Địa");
        presses(MINH, "Sa Thị Mai — Ngữ văn - Sử - Địa");
        assertThat(lastText(MINH)).contains("Sa Thị Mai", vi("registration.status.none"));
        says(MINH, "/huy");
        assertThat(jdbc.queryForObject("select count(*) from registration", Integer.class)).isZero();
        assertThat(sent(MAI)).isEmpty();
    }

    @Test
    void the_collective_registration_closes_with_the_deadline_too() {
        says(SON, "/totoi");
        String oldButton = token(last(SON), vi("registration.team.button.register"));
        moveTo("2023-09-16T01:00:00Z");
        says(SON, "/totoi");
        assertThat(lastText(SON)).contains(vi("registration.myteam.closed", "15/09/2023"));
        assertThat(labels(last(SON))).isEmpty();
        pressToken(SON, oldButton);
        assertThat(lastText(SON)).isEqualTo(vi("registration.deadline-passed", "2023-2024", "15/09/2023", "Hà Văn Minh"));
        assertThat(jdbc.queryForObject("select count(*) from collective_registration", Integer.class)).isZero();
    }

    @Test
    void the_secretary_sees_counts_per_team_and_title_and_the_names_still_missing() {
        hoaFillsInEverything();
        presses(HOA, vi("registration.button.submit"));
        says(MAI, "/dangky");
        presses(MAI, "Chiến sĩ thi đua cơ sở");

        says(MINH, "/tongdangky");
        String overview = lastText(MINH);
        assertThat(overview).contains("TỔNG HỢP ĐĂNG KÝ THI ĐUA NĂM HỌC 2023-2024", "Đã gửi: 1/5 người; đang soạn: 1; chưa bắt đầu: 3.",
                "• Toán - Tin: 1/3 (đang soạn: 0)", "• Ngữ văn - Sử - Địa: 0/1 (đang soạn: 1)", "• Văn phòng: 0/1 (đang soạn: 0)",
                "• Lao động tiên tiến: 1", "• Chiến sĩ thi đua cơ sở: 0", "• Giấy khen của Hiệu trưởng: 1",
                "• Toán - Tin: chưa đăng ký", "Chưa gửi đăng ký (4 người):", "• Đinh Thị Lan", "• Sa Thị Mai (đang soạn)", "• Hà Văn Minh");
        assertThat(overview).doesNotContain("• Lò Thị Hoa");
    }

    @Test
    void a_long_overview_is_split_into_messages_telegram_accepts() {
        tx.executeWithoutResult(s -> {
            Team big = teams.save(new Team("Tổ Khoa học tự nhiên và Công nghệ thông tin"));
            for (int i = 0; i < 160; i++) {
                staff.save(new StaffMember("Nguyễn Thị Phương Thảo Số " + i, "+8491300" + String.format("%04d", i), big, null,
                        Set.of(Role.TEACHER), Instant.now()));
            }
        });
        says(MINH, "/tongdangky");
        List<String> messages = sent(MINH).stream().map(OutgoingMessage::text).toList();
        assertThat(messages).hasSizeGreaterThan(1);
        assertThat(messages).allSatisfy(m -> assertThat(m.length()).isLessThanOrEqualTo(3500));
        String all = String.join("\n", messages);
        assertThat(all).contains("• Nguyễn Thị Phương Thảo Số 0", "• Nguyễn Thị Phương Thảo Số 159", "• Lò Thị Hoa");
    }

    @Test
    void a_teacher_cannot_see_the_school_overview_reopen_registrations_or_use_the_team_screen() {
        says(HOA, "/tongdangky");
        assertThat(lastText(HOA)).isEqualTo(vi("error.forbidden"));
        says(HOA, "/mophieu Bùi Văn Sơn");
        assertThat(lastText(HOA)).isEqualTo(vi("error.forbidden"));
        says(HOA, "/totoi");
        assertThat(lastText(HOA)).isEqualTo(vi("error.forbidden"));
        assertThat(jdbc.queryForObject("select count(*) from registration_history", Integer.class)).isZero();
    }

    @Test
    void an_old_summary_button_after_starting_over_changes_nothing() {
        hoaFillsInEverything();
        OutgoingMessage oldSummary = latestWith(HOA, vi("registration.button.submit"));
        String oldFormQuestion = token(latestWith(HOA, "Giấy khen của Hiệu trưởng"), "Giấy khen của Hiệu trưởng");

        says(HOA, "/dangky");
        presses(HOA, vi("registration.resume.restart"));
        assertThat(previousText(HOA)).isEqualTo(vi("registration.restarted"));
        assertThat(registrationOf(hoaId).get("title_code")).isNull();

        assertThat(pressToken(HOA, token(oldSummary, vi("registration.button.submit")))).isEqualTo(vi("registration.stale-summary"));
        assertThat(pressToken(HOA, oldFormQuestion)).isEqualTo(vi("registration.stale")); // the title question is on screen
        Map<String, Object> row = registrationOf(hoaId);
        assertThat(row).containsEntry("status", "DRAFT").containsEntry("form_answered", 0);
        assertThat(row.get("title_code")).isNull();
        assertThat(row.get("submitted_at")).isNull();
        assertThat(answersOf(hoaId)).isEmpty();
        assertThat(historyOf(hoaId)).containsExactly("CREATED", "RESTARTED");
        assertThat(lastText(HOA)).startsWith("Thầy cô đăng ký danh hiệu thi đua cá nhân nào cho năm học 2023-2024?");
    }

    @Test
    void a_summary_shown_before_a_change_cannot_send_the_changed_form() {
        hoaFillsInEverything();
        OutgoingMessage before = latestWith(HOA, vi("registration.button.submit"));
        presses(HOA, vi("registration.button.edit-item"));
        presses(HOA, vi("registration.edit.form"));
        presses(HOA, "Bằng khen của Bộ trưởng Bộ GD&ĐT");

        assertThat(pressToken(HOA, token(before, vi("registration.button.submit")))).isEqualTo(vi("registration.stale-summary"));
        assertThat(registrationOf(hoaId)).containsEntry("status", "DRAFT").containsEntry("form_code", "BK_BO");

        presses(HOA, vi("registration.button.submit")); // the summary that shows the change
        assertThat(registrationOf(hoaId)).containsEntry("status", "SUBMITTED");
    }

    @Test
    void an_english_speaking_teacher_gets_every_step_in_english() {
        jdbc.update("update staff_member set language = 'en' where id = ?", hoaId);
        says(HOA, "/register");
        assertThat(previousText(HOA)).isEqualTo(en("registration.intro", "2023-2024", "15/09/2023"));
        presses(HOA, "Lao động tiên tiến");
        presses(HOA, en("registration.form.none"));
        presses(HOA, en("registration.initiative.no"));
        says(HOA, "85,5");
        presses(HOA, en("registration.skip"));
        says(HOA, "ten");
        assertThat(previousText(HOA)).isEqualTo(en("registration.input.number", "ten"));
        assertThat(lastText(HOA)).startsWith("Target 3/5");
        says(HOA, "10");
        presses(HOA, en("registration.skip"));
        presses(HOA, en("registration.no"));
        assertThat(lastText(HOA)).contains("REGISTRATION FOR THE 2023-2024 SCHOOL YEAR", ": 85.5%", ": No", "Form of commendation: none");
    }
}
