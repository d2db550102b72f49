package vn.thiduabot.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thiduabot.people.Role;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.chat.UpdateIntake;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.notification.OutgoingMessage;
import vn.thiduabot.staff.StaffMember;
import vn.thiduabot.staff.StaffRepository;
import vn.thiduabot.staff.Team;
import vn.thiduabot.staff.TeamRepository;
import vn.thiduabot.support.ChatDriver;
import vn.thiduabot.support.MutableClock;
import vn.thiduabot.support.TypedText;
import vn.thiduabot.support.BotTest;
import vn.thiduabot.support.ClockAt;
import org.springframework.test.context.TestPropertySource;
import vn.thiduabot.support.SchoolFixture;

/**
 * Registration for the 2023-2024 school year of the demo school (deadline 15/09/2023), driven through
 * the real intake on a temporary SQLite database: what each person sees is read from the outbox.
 * Tổ Toán - Tin: Lò Thị Hoa (teacher), Bùi Văn Sơn (team leader), Đinh Thị Lan (not on Telegram).
 * Tổ Ngữ văn - Sử - Địa: Sa Thị Mai. Hà Văn Minh is the council secretary.
 */
@BotTest
@TestPropertySource(properties = BotTest.CAMPAIGNS_2023)
@ClockAt("2023-09-08T01:00:00Z")
class RegistrationDialogTest {

    /** 08:00 on Friday 08/09/2023 in Vietnam: a week before the registration deadline. */
    static final Instant START = Instant.parse("2023-09-08T01:00:00Z");
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");


    static final long MINH = 9002;  // secretary
    static final long HOA = 9004;   // teacher, Toán - Tin
    static final long SON = 9005;   // team leader, Toán - Tin
    static final long MAI = 9006;   // teacher, Ngữ văn - Sử - Địa

    @Autowired SchoolFixture school;
    @Autowired UpdateIntake intake;
    @Autowired Outbox outbox;
    ChatDriver chat;
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
        chat = new ChatDriver(intake, outbox);
        clock.advance(Duration.between(clock.instant(), START));
        school.reset(); // every table (SchemaReset)
        tx.executeWithoutResult(s -> {
            Instant now = Instant.now();
            Team toan = school.team("Toán - Tin");
            Team van = school.team("Ngữ văn - Sử - Địa");
            Team office = school.team("Văn phòng");
            person("Hà Văn Minh", "+84912000002", office, Set.of(Role.SECRETARY, Role.ADMIN), MINH, now);
            hoaId = person("Lò Thị Hoa", "+84912000004", toan, Set.of(Role.TEACHER), HOA, now).getId();
            person("Bùi Văn Sơn", "+84912000005", toan, Set.of(Role.TEACHER, Role.TEAM_LEADER), SON, now);
            person("Đinh Thị Lan", "+84912000007", toan, Set.of(Role.TEACHER), null, now);
            person("Sa Thị Mai", "+84912000006", van, Set.of(Role.TEACHER), MAI, now);
        });
    }

    private StaffMember person(String name, String phone, Team team, Set<Role> roles, Long telegram, Instant now) {
        return school.person(name, phone, team, roles, telegram);
    }

    // --- what people do ------------------------------------------------------------------------------

    private void moveTo(String isoInstant) {
        clock.advance(Duration.between(clock.instant(), Instant.parse(isoInstant)));
    }

    private String vi(String key, Object... args) {
        return texts.get(Texts.VIETNAMESE, key, args);
    }

    private String en(String key, Object... args) {
        return texts.get(Texts.ENGLISH, key, args);
    }

    /** The row, flags as 0/1 whichever database holds it (SQLite stores integers, PostgreSQL booleans). */
    private Map<String, Object> registrationOf(long staffId) {
        Map<String, Object> row = new LinkedHashMap<>(jdbc.queryForMap("select * from registration where staff_id = ?", staffId));
        row.replaceAll((column, value) -> value instanceof Boolean flag ? (flag ? 1 : 0) : value);
        return row;
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
        chat.says(HOA, "/dangky");
        chat.presses(HOA, "Lao động tiên tiến");
        chat.presses(HOA, "Giấy khen của Hiệu trưởng");
        chat.presses(HOA, vi("registration.initiative.no"));
        chat.says(HOA, "92");
        chat.presses(HOA, vi("registration.skip"));
        chat.says(HOA, "10");
        chat.presses(HOA, vi("registration.skip"));
        chat.presses(HOA, vi("registration.yes"));
    }

    // --- scenarios -----------------------------------------------------------------------------------

    @Test
    void a_teacher_registers_with_buttons_and_typed_answers_then_confirms_and_every_column_is_stored() {
        chat.says(HOA, "/dangky");
        assertThat(chat.previousText(HOA)).isEqualTo(vi("registration.intro", "2023-2024", "15/09/2023"));
        String titleQuestion = chat.lastText(HOA);
        assertThat(titleQuestion).contains("Chiến sĩ thi đua cơ sở (cần đạt tiêu chuẩn Lao động tiên tiến)")
                .contains("Hoàn thành xuất sắc nhiệm vụ");
        assertThat(ChatDriver.labels(chat.last(HOA))).containsExactly("Lao động tiên tiến", "Chiến sĩ thi đua cơ sở");

        assertThat(chat.presses(HOA, "Chiến sĩ thi đua cơ sở")).isEqualTo(vi("registration.saved"));
        assertThat(registrationOf(hoaId)).containsEntry("title_code", "CSTDCS").containsEntry("status", "DRAFT");
        assertThat(ChatDriver.labels(chat.last(HOA))).contains("Giấy khen của Hiệu trưởng", "Bằng khen của Chủ tịch UBND tỉnh", vi("registration.form.none"));

        chat.presses(HOA, "Giấy khen của Hiệu trưởng");
        assertThat(chat.lastText(HOA)).startsWith(vi("registration.ask.initiative")).contains("Lưu ý với danh hiệu “Chiến sĩ thi đua cơ sở”");
        chat.presses(HOA, vi("registration.initiative.yes"));
        assertThat(chat.lastText(HOA)).isEqualTo(vi("registration.ask.initiative-title", "300"));
        chat.says(HOA, "Ứng dụng GeoGebra trong dạy học hình học lớp 9");
        assertThat(chat.lastText(HOA)).isEqualTo(vi("registration.ask.initiative-subject", "100"));
        chat.says(HOA, "Toán");

        assertThat(chat.lastText(HOA)).startsWith("Chỉ tiêu 1/5: Tỉ lệ học sinh đạt yêu cầu").contains(vi("registration.hint.percent"));
        chat.says(HOA, "85,5");
        assertThat(chat.lastText(HOA)).startsWith("Chỉ tiêu 2/5").contains(vi("registration.hint.optional"));
        chat.presses(HOA, vi("registration.skip"));
        assertThat(chat.lastText(HOA)).startsWith("Chỉ tiêu 3/5");
        assertThat(ChatDriver.labels(chat.last(HOA))).isEmpty(); // required number: typed only, no skip
        chat.says(HOA, "12");
        chat.says(HOA, "Chuyên đề dạy học theo dự án");
        assertThat(chat.lastText(HOA)).startsWith("Chỉ tiêu 5/5");
        assertThat(ChatDriver.labels(chat.last(HOA))).containsExactly(vi("registration.yes"), vi("registration.no"));
        chat.presses(HOA, vi("registration.yes"));

        String summary = chat.lastText(HOA);
        assertThat(summary).contains("PHIẾU ĐĂNG KÝ THI ĐUA NĂM HỌC 2023-2024", "Họ và tên: Lò Thị Hoa", "Tổ: Toán - Tin",
                "Danh hiệu đăng ký: Chiến sĩ thi đua cơ sở", "Hình thức khen thưởng: Giấy khen của Hiệu trưởng",
                "Ứng dụng GeoGebra trong dạy học hình học lớp 9 (lĩnh vực: Toán)", ": 85,5%", "2. Số học sinh đạt giải học sinh giỏi cấp tỉnh: (không đăng ký)",
                ": 12", ": Chuyên đề dạy học theo dự án", "5. Cam kết không vi phạm đạo đức nhà giáo, không dạy thêm sai quy định: Có",
                vi("registration.summary.status-draft"));
        assertThat(registrationOf(hoaId)).containsEntry("status", "DRAFT");

        assertThat(chat.presses(HOA, vi("registration.button.submit"))).isEqualTo(vi("registration.submitted-toast"));
        assertThat(chat.lastText(HOA)).isEqualTo(vi("registration.submitted", "15/09/2023"));

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
        chat.says(HOA, "/dangky");
        chat.presses(HOA, "Lao động tiên tiến");
        chat.presses(HOA, vi("registration.form.none"));
        chat.presses(HOA, vi("registration.initiative.no"));
        chat.says(HOA, "90");
        chat.says(HOA, "/huy");
        chat.says(HOA, "/trogiup");
        assertThat(registrationOf(hoaId)).containsEntry("title_code", "LDTT").containsEntry("form_answered", 1);
        assertThat(answersOf(hoaId)).containsExactly("pass-rate=90");

        chat.says(HOA, "/dangky");
        assertThat(chat.lastText(HOA)).contains("Danh hiệu đăng ký: Lao động tiên tiến", "Hình thức khen thưởng: không đăng ký", ": 90%")
                .endsWith(vi("registration.resume.ask"));
        chat.presses(HOA, vi("registration.resume.continue"));
        assertThat(chat.lastText(HOA)).startsWith("Chỉ tiêu 2/5");

        chat.says(HOA, "3"); // typed after coming back: saved like any other answer
        assertThat(answersOf(hoaId)).contains("good-students=3");
        assertThat(chat.lastText(HOA)).startsWith("Chỉ tiêu 3/5");
    }

    @Test
    void wrong_answers_get_a_specific_reason_and_the_same_question_again_with_nothing_lost() {
        chat.says(HOA, "/dangky");
        chat.says(HOA, "Lao động tiên tiến"); // typed instead of tapped
        assertThat(chat.previousText(HOA)).isEqualTo(vi("registration.use-buttons"));
        assertThat(chat.lastText(HOA)).startsWith("Thầy cô đăng ký danh hiệu thi đua cá nhân nào cho năm học 2023-2024?");
        chat.presses(HOA, "Lao động tiên tiến");
        chat.presses(HOA, "Giấy khen của Hiệu trưởng");
        chat.presses(HOA, vi("registration.initiative.no"));
        String question = chat.lastText(HOA);

        chat.says(HOA, "120");
        assertThat(chat.previousText(HOA)).isEqualTo(vi("registration.input.percent-range", "120"));
        assertThat(chat.lastText(HOA)).isEqualTo(question);
        chat.says(HOA, "khoảng tám mươi");
        assertThat(chat.previousText(HOA)).isEqualTo(vi("registration.input.percent", "khoảng tám mươi"));
        assertThat(chat.lastText(HOA)).isEqualTo(question);
        assertThat(answersOf(hoaId)).isEmpty();
        assertThat(registrationOf(hoaId)).containsEntry("title_code", "LDTT").containsEntry("form_code", "GK_HT");

        chat.says(HOA, "95%");
        chat.presses(HOA, vi("registration.skip"));
        chat.says(HOA, "-3");
        assertThat(chat.previousText(HOA)).isEqualTo(vi("registration.input.number", "-3"));
        assertThat(chat.lastText(HOA)).startsWith("Chỉ tiêu 3/5");
        chat.says(HOA, "8 tiết");
        assertThat(chat.previousText(HOA)).isEqualTo(vi("registration.input.number", "8 tiết"));
        chat.says(HOA, "8");
        chat.says(HOA, "y".repeat(501));
        assertThat(chat.previousText(HOA)).isEqualTo(vi("registration.input.text-too-long", "501", "500"));
        assertThat(chat.lastText(HOA)).startsWith("Chỉ tiêu 4/5");
        assertThat(answersOf(hoaId)).containsExactly("pass-rate=95", "good-students=null",
                "good-lessons=8");
    }

    @Test
    void after_the_deadline_register_is_refused_with_the_date_and_the_secretary_to_contact() {
        moveTo("2023-09-16T01:00:00Z");
        chat.says(HOA, "/dangky");
        assertThat(chat.lastText(HOA)).isEqualTo(vi("registration.deadline-passed", "2023-2024", "15/09/2023", "Hà Văn Minh"));
        assertThat(chat.lastText(HOA)).contains("15/09/2023", "Hà Văn Minh");
        assertThat(jdbc.queryForObject("select count(*) from registration", Integer.class)).isZero();
    }

    @Test
    void the_deadline_day_is_open_until_midnight_in_vietnam_and_a_sent_registration_then_becomes_read_only() {
        moveTo("2023-09-15T16:30:00Z"); // 23:30 on 15/09 in Vietnam
        hoaFillsInEverything();
        chat.presses(HOA, vi("registration.button.submit"));
        assertThat(registrationOf(hoaId)).containsEntry("status", "SUBMITTED");

        moveTo("2023-09-15T17:05:00Z"); // 00:05 on 16/09
        chat.says(HOA, "/dangky");
        assertThat(chat.previousText(HOA)).contains("Danh hiệu đăng ký: Lao động tiên tiến", "Trạng thái: đã gửi ngày 15/09/2023");
        assertThat(chat.sent(HOA).get(chat.sent(HOA).size() - 2).inlineButtons()).isEmpty();
        assertThat(chat.lastText(HOA)).isEqualTo(vi("registration.deadline-passed", "2023-2024", "15/09/2023", "Hà Văn Minh"));
    }

    @Test
    void an_answer_typed_after_the_deadline_passed_mid_flow_is_not_saved() {
        moveTo("2023-09-15T16:50:00Z");
        chat.says(HOA, "/dangky");
        chat.presses(HOA, "Lao động tiên tiến");
        chat.presses(HOA, vi("registration.form.none"));
        chat.presses(HOA, vi("registration.initiative.no"));
        moveTo("2023-09-15T17:10:00Z");
        chat.says(HOA, "90");
        assertThat(chat.lastText(HOA)).isEqualTo(vi("registration.deadline-passed", "2023-2024", "15/09/2023", "Hà Văn Minh"));
        assertThat(answersOf(hoaId)).isEmpty();
    }

    @Test
    void before_the_deadline_a_sent_registration_can_be_edited_and_sent_again() {
        hoaFillsInEverything();
        chat.presses(HOA, vi("registration.button.submit"));
        chat.says(HOA, "/dangky");
        assertThat(chat.lastText(HOA)).contains(vi("registration.editable-until", "15/09/2023"));
        chat.presses(HOA, vi("registration.button.edit"));
        assertThat(registrationOf(hoaId)).containsEntry("status", "DRAFT");
        assertThat(chat.previousText(HOA)).isEqualTo(vi("registration.edit.now-draft"));
        chat.presses(HOA, vi("registration.edit.title"));
        assertThat(chat.lastText(HOA)).contains(vi("registration.current", "Lao động tiên tiến"));
        chat.presses(HOA, "Chiến sĩ thi đua cơ sở");
        assertThat(chat.lastText(HOA)).contains("Danh hiệu đăng ký: Chiến sĩ thi đua cơ sở", ": 92%");
        chat.presses(HOA, vi("registration.button.submit"));
        assertThat(registrationOf(hoaId)).containsEntry("status", "SUBMITTED").containsEntry("title_code", "CSTDCS");
        assertThat(historyOf(hoaId)).containsExactly("CREATED", "SUBMITTED", "EDITED", "SUBMITTED");
    }

    @Test
    void the_secretary_reopens_a_registration_after_the_deadline_and_the_teacher_edits_and_resends_it() {
        hoaFillsInEverything();
        chat.presses(HOA, vi("registration.button.submit"));
        moveTo("2023-09-18T02:00:00Z");
        chat.says(HOA, "/dangky");
        assertThat(chat.lastText(HOA)).startsWith("Đã hết hạn");

        chat.says(MINH, "/mophieu lo thi hoa");
        assertThat(chat.lastText(MINH)).contains("Lò Thị Hoa", "Toán - Tin", "đã gửi ngày 08/09/2023");
        chat.says(MINH, "   ");
        assertThat(chat.previousText(MINH)).isEqualTo(vi("registration.input.text-empty"));
        chat.says(MINH, "Cô Hoa cần đổi hình thức khen thưởng theo góp ý của tổ");
        assertThat(chat.sent(MINH).stream().map(OutgoingMessage::text))
                .contains(vi("registration.reopen.done", "Lò Thị Hoa", "2023-2024"), vi("registration.reopen.notified", "Lò Thị Hoa"));
        assertThat(chat.lastText(HOA)).isEqualTo(vi("registration.reopen.notice", "Hà Văn Minh", "2023-2024",
                "Cô Hoa cần đổi hình thức khen thưởng theo góp ý của tổ"));
        assertThat(registrationOf(hoaId)).containsEntry("status", "DRAFT")
                .containsEntry("reopen_reason", "Cô Hoa cần đổi hình thức khen thưởng theo góp ý của tổ");

        chat.says(HOA, "/dangky");
        assertThat(chat.lastText(HOA)).contains("Phiếu được Hà Văn Minh mở lại ngày 18/09/2023");
        chat.presses(HOA, vi("registration.resume.continue"));
        chat.presses(HOA, vi("registration.button.edit-item"));
        chat.presses(HOA, vi("registration.edit.form"));
        assertThat(ChatDriver.labels(chat.last(HOA))).contains(vi("registration.keep"));
        chat.presses(HOA, "Bằng khen của Chủ tịch UBND tỉnh");
        assertThat(chat.lastText(HOA)).contains("Hình thức khen thưởng: Bằng khen của Chủ tịch UBND tỉnh");
        chat.presses(HOA, vi("registration.button.submit"));
        assertThat(registrationOf(hoaId)).containsEntry("status", "SUBMITTED").containsEntry("form_code", "BK_UBND");
        assertThat(historyOf(hoaId)).containsExactly("CREATED", "SUBMITTED", "REOPENED", "SUBMITTED");
        assertThat(jdbc.queryForObject("select reason from registration_history where action = 'REOPENED'", String.class))
                .isEqualTo("Cô Hoa cần đổi hình thức khen thưởng theo góp ý của tổ");

        chat.says(HOA, "/dangky"); // sent again: closed again
        assertThat(chat.lastText(HOA)).startsWith("Đã hết hạn");
    }

    @Test
    void reopening_someone_not_on_telegram_tells_the_secretary_to_let_them_know() {
        moveTo("2023-09-20T02:00:00Z");
        chat.says(MINH, "/mophieu 0912000007");
        chat.says(MINH, "Bổ sung đăng ký");
        assertThat(chat.lastText(MINH)).isEqualTo(vi("registration.reopen.not-linked", "Đinh Thị Lan"));
        assertThat(registrationOf(staffId("Đinh Thị Lan"))).containsEntry("status", "DRAFT");
    }

    private static String nfc(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC);
    }

    @Test
    void each_typed_text_is_kept_up_to_its_limit_and_one_character_more_gets_the_limit_and_the_question_again() {
        chat.says(HOA, "/dangky");
        chat.presses(HOA, "Chiến sĩ thi đua cơ sở");
        chat.presses(HOA, "Giấy khen của Hiệu trưởng");
        chat.presses(HOA, vi("registration.initiative.yes"));
        chat.says(HOA, TypedText.ofLength(301));
        assertThat(chat.previousText(HOA)).isEqualTo(vi("registration.input.text-too-long", 301, 300));
        assertThat(chat.lastText(HOA)).isEqualTo(vi("registration.ask.initiative-title", "300"));
        chat.says(HOA, TypedText.ofLength(300));
        assertThat(chat.lastText(HOA)).isEqualTo(vi("registration.ask.initiative-subject", "100"));
        chat.says(HOA, TypedText.ofLength(101));
        assertThat(chat.previousText(HOA)).isEqualTo(vi("registration.input.text-too-long", 101, 100));
        assertThat(chat.lastText(HOA)).isEqualTo(vi("registration.ask.initiative-subject", "100"));
        chat.says(HOA, TypedText.ofLength(100));
        assertThat(chat.lastText(HOA)).startsWith("Chỉ tiêu 1/5");
        chat.says(HOA, "85");
        chat.presses(HOA, vi("registration.skip"));
        chat.says(HOA, "12");
        chat.says(HOA, TypedText.ofLength(501));
        assertThat(chat.previousText(HOA)).isEqualTo(vi("registration.input.text-too-long", 501, 500)).contains("giới hạn 500 ký tự");
        assertThat(chat.lastText(HOA)).startsWith("Chỉ tiêu 4/5");
        chat.says(HOA, TypedText.ofLength(500));
        assertThat(chat.lastText(HOA)).startsWith("Chỉ tiêu 5/5");
        assertThat(registrationOf(hoaId)).containsEntry("initiative_title", nfc(TypedText.ofLength(300)))
                .containsEntry("initiative_subject", nfc(TypedText.ofLength(100)));
        assertThat(answersOf(hoaId)).contains("good-lessons=12");
    }

    @Test
    void a_reopening_reason_of_1001_characters_is_refused_naming_the_limit_and_1000_reopen_the_form() {
        hoaFillsInEverything();
        chat.presses(HOA, vi("registration.button.submit"));
        moveTo("2023-09-18T02:00:00Z");
        chat.says(MINH, "/mophieu lo thi hoa");
        chat.says(MINH, TypedText.ofLength(1001));
        assertThat(chat.previousText(MINH)).isEqualTo(vi("registration.input.text-too-long", 1001, 1000)).contains("1.000 ký tự");
        assertThat(chat.lastText(MINH)).isEqualTo(vi("registration.reopen.reason-again"));
        assertThat(registrationOf(hoaId)).containsEntry("status", "SUBMITTED");
        chat.says(MINH, TypedText.ofLength(1000));
        assertThat(registrationOf(hoaId)).containsEntry("status", "DRAFT").containsEntry("reopen_reason", nfc(TypedText.ofLength(1000)));
    }

    @Test
    void a_team_leader_sees_who_has_not_registered_and_registers_the_collective_title() {
        hoaFillsInEverything();
        chat.presses(HOA, vi("registration.button.submit"));

        chat.says(SON, "/totoi");
        String team = chat.lastText(SON);
        assertThat(team).contains("Toán - Tin", "Đã gửi: 1/3", "• Lò Thị Hoa — Lao động tiên tiến", "Chưa đăng ký (2)",
                "• Bùi Văn Sơn", "• Đinh Thị Lan", vi("registration.myteam.collective-none"));
        assertThat(team).doesNotContain("Sa Thị Mai");

        chat.presses(SON, vi("registration.team.button.register"));
        assertThat(chat.lastText(SON)).contains("Tập thể lao động xuất sắc");
        chat.presses(SON, "Tập thể lao động xuất sắc");
        chat.presses(SON, vi("registration.form.none"));
        assertThat(chat.lastText(SON)).contains("ĐĂNG KÝ DANH HIỆU TẬP THỂ — Toán - Tin", "Danh hiệu: Tập thể lao động xuất sắc");
        chat.presses(SON, vi("registration.button.submit"));
        assertThat(chat.lastText(SON)).isEqualTo(vi("registration.team.submitted", "Toán - Tin", "Tập thể lao động xuất sắc", "15/09/2023"));

        Map<String, Object> row = jdbc.queryForMap("select * from collective_registration");
        assertThat(row).containsEntry("team_name", "Toán - Tin").containsEntry("title_code", "TTLDXS")
                .containsEntry("status", "SUBMITTED");
        assertThat(((Number) row.get("registered_by_staff_id")).longValue()).isEqualTo(staffId("Bùi Văn Sơn"));
        assertThat(row.get("form_code")).isNull();
        assertThat(queries.collectiveForYear("2023-2024")).singleElement()
                .satisfies(c -> assertThat(c.titleName()).isEqualTo("Tập thể lao động xuất sắc"));

        chat.says(SON, "/totoi");
        assertThat(chat.lastText(SON)).contains("Danh hiệu tập thể của tổ: Tập thể lao động xuất sắc (đã gửi ngày 08/09/2023)");
        assertThat(ChatDriver.labels(chat.last(SON))).containsExactly(vi("registration.team.button.view"));
    }

    @Test
    void several_matching_names_are_offered_as_buttons_and_the_reason_is_required_before_anything_changes() {
        chat.says(MINH, "/mophieu Thị");
        assertThat(chat.lastText(MINH)).isEqualTo(vi("registration.reopen.choose", "3"));
        assertThat(ChatDriver.labels(chat.last(MINH))).containsExactlyInAnyOrder("Lò Thị Hoa — Toán - Tin", "Đinh Thị Lan — Toán - Tin",
                "Sa Thị Mai — Ngữ văn - Sử - Địa");
        chat.presses(MINH, "Sa Thị Mai — Ngữ văn - Sử - Địa");
        assertThat(chat.lastText(MINH)).contains("Sa Thị Mai", vi("registration.status.none"));
        chat.says(MINH, "/huy");
        assertThat(jdbc.queryForObject("select count(*) from registration", Integer.class)).isZero();
        assertThat(chat.sent(MAI)).isEmpty();
    }

    @Test
    void the_collective_registration_closes_with_the_deadline_too() {
        chat.says(SON, "/totoi");
        String oldButton = ChatDriver.token(chat.last(SON), vi("registration.team.button.register"));
        moveTo("2023-09-16T01:00:00Z");
        chat.says(SON, "/totoi");
        assertThat(chat.lastText(SON)).contains(vi("registration.myteam.closed", "15/09/2023"));
        assertThat(ChatDriver.labels(chat.last(SON))).isEmpty();
        chat.pressToken(SON, oldButton);
        assertThat(chat.lastText(SON)).isEqualTo(vi("registration.deadline-passed", "2023-2024", "15/09/2023", "Hà Văn Minh"));
        assertThat(jdbc.queryForObject("select count(*) from collective_registration", Integer.class)).isZero();
    }

    @Test
    void the_secretary_sees_counts_per_team_and_title_and_the_names_still_missing() {
        hoaFillsInEverything();
        chat.presses(HOA, vi("registration.button.submit"));
        chat.says(MAI, "/dangky");
        chat.presses(MAI, "Chiến sĩ thi đua cơ sở");

        chat.says(MINH, "/tongdangky");
        String overview = chat.lastText(MINH);
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
        chat.says(MINH, "/tongdangky");
        List<String> messages = chat.sent(MINH).stream().map(OutgoingMessage::text).toList();
        assertThat(messages).hasSizeGreaterThan(1);
        assertThat(messages).allSatisfy(m -> assertThat(m.length()).isLessThanOrEqualTo(3500));
        String all = String.join("\n", messages);
        assertThat(all).contains("• Nguyễn Thị Phương Thảo Số 0", "• Nguyễn Thị Phương Thảo Số 159", "• Lò Thị Hoa");
    }

    @Test
    void a_teacher_cannot_see_the_school_overview_reopen_registrations_or_use_the_team_screen() {
        chat.says(HOA, "/tongdangky");
        assertThat(chat.lastText(HOA)).isEqualTo(vi("error.forbidden"));
        chat.says(HOA, "/mophieu Bùi Văn Sơn");
        assertThat(chat.lastText(HOA)).isEqualTo(vi("error.forbidden"));
        chat.says(HOA, "/totoi");
        assertThat(chat.lastText(HOA)).isEqualTo(vi("error.forbidden"));
        assertThat(jdbc.queryForObject("select count(*) from registration_history", Integer.class)).isZero();
    }

    @Test
    void an_old_summary_button_after_starting_over_changes_nothing() {
        hoaFillsInEverything();
        OutgoingMessage oldSummary = chat.latestWith(HOA, vi("registration.button.submit"));
        String oldFormQuestion = ChatDriver.token(chat.latestWith(HOA, "Giấy khen của Hiệu trưởng"), "Giấy khen của Hiệu trưởng");

        chat.says(HOA, "/dangky");
        chat.presses(HOA, vi("registration.resume.restart"));
        assertThat(chat.previousText(HOA)).isEqualTo(vi("registration.restarted"));
        assertThat(registrationOf(hoaId).get("title_code")).isNull();

        assertThat(chat.pressToken(HOA, ChatDriver.token(oldSummary, vi("registration.button.submit")))).isEqualTo(vi("registration.stale-summary"));
        assertThat(chat.pressToken(HOA, oldFormQuestion)).isEqualTo(vi("registration.stale")); // the title question is on screen
        Map<String, Object> row = registrationOf(hoaId);
        assertThat(row).containsEntry("status", "DRAFT").containsEntry("form_answered", 0);
        assertThat(row.get("title_code")).isNull();
        assertThat(row.get("submitted_at")).isNull();
        assertThat(answersOf(hoaId)).isEmpty();
        assertThat(historyOf(hoaId)).containsExactly("CREATED", "RESTARTED");
        assertThat(chat.lastText(HOA)).startsWith("Thầy cô đăng ký danh hiệu thi đua cá nhân nào cho năm học 2023-2024?");
    }

    @Test
    void a_summary_shown_before_a_change_cannot_send_the_changed_form() {
        hoaFillsInEverything();
        OutgoingMessage before = chat.latestWith(HOA, vi("registration.button.submit"));
        chat.presses(HOA, vi("registration.button.edit-item"));
        chat.presses(HOA, vi("registration.edit.form"));
        chat.presses(HOA, "Bằng khen của Bộ trưởng Bộ GD&ĐT");

        assertThat(chat.pressToken(HOA, ChatDriver.token(before, vi("registration.button.submit")))).isEqualTo(vi("registration.stale-summary"));
        assertThat(registrationOf(hoaId)).containsEntry("status", "DRAFT").containsEntry("form_code", "BK_BO");

        chat.presses(HOA, vi("registration.button.submit")); // the summary that shows the change
        assertThat(registrationOf(hoaId)).containsEntry("status", "SUBMITTED");
    }

    @Test
    void an_english_speaking_teacher_gets_every_step_in_english() {
        jdbc.update("update staff_member set language = 'en' where id = ?", hoaId);
        chat.says(HOA, "/register");
        assertThat(chat.previousText(HOA)).isEqualTo(en("registration.intro", "2023-2024", "15/09/2023"));
        chat.presses(HOA, "Lao động tiên tiến");
        chat.presses(HOA, en("registration.form.none"));
        chat.presses(HOA, en("registration.initiative.no"));
        chat.says(HOA, "85,5");
        chat.presses(HOA, en("registration.skip"));
        chat.says(HOA, "ten");
        assertThat(chat.previousText(HOA)).isEqualTo(en("registration.input.number", "ten"));
        assertThat(chat.lastText(HOA)).startsWith("Target 3/5");
        chat.says(HOA, "10");
        chat.presses(HOA, en("registration.skip"));
        chat.presses(HOA, en("registration.no"));
        assertThat(chat.lastText(HOA)).contains("REGISTRATION FOR THE 2023-2024 SCHOOL YEAR", ": 85.5%", ": No", "Form of commendation: none");
    }
}
