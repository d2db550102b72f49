package vn.thiduabot.registration.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.chat.UpdateIntake;
import vn.thiduabot.people.PersonDirectory;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.Team;
import vn.thiduabot.support.BotWebTest;
import vn.thiduabot.support.ChatDriver;
import vn.thiduabot.support.ClockAt;
import vn.thiduabot.support.MutableClock;
import vn.thiduabot.support.SchoolFixture;
import vn.thiduabot.support.WebApp;

/**
 * The registration on the Mini App's page, for the 2023-2024 school year of the test school (deadline 15/09/2023):
 * the page and /dangky are two ways into ONE registration, with the same questions, the same checks and the same
 * sentences. Lò Thị Hoa and Sa Thị Mai are teachers; Hà Văn Minh is the council's secretary.
 */
@BotWebTest
@ClockAt("2023-09-08T01:00:00Z")
class RegistrationPageApiTest {

    static final long MINH = 9_200_002L;
    static final long HOA = 9_200_004L;
    static final long MAI = 9_200_006L;
    static final long SON = 9_200_005L;

    @LocalServerPort int port;
    @Autowired MutableClock clock;
    @Autowired SchoolFixture school;
    @Autowired UpdateIntake intake;
    @Autowired Outbox outbox;
    @Autowired Texts texts;
    @Autowired JdbcTemplate jdbc;
    @Autowired PersonDirectory people;
    WebApp web;
    ChatDriver chat;
    long hoaId;
    long maiId;

    @BeforeEach
    void school() {
        clock.set(Instant.parse("2023-09-08T01:00:00Z")); // 08:00 on Friday 08/09/2023, a week before the deadline
        school.reset();
        Team toan = school.team("Toán - Tin");
        school.linked("Hà Văn Minh", "+84912000002", school.team("Văn phòng"), MINH, Role.SECRETARY);
        hoaId = school.linked("Lò Thị Hoa", "+84912000004", toan, HOA, Role.TEACHER).getId();
        school.linked("Bùi Văn Sơn", "+84912000005", toan, SON, Role.TEACHER, Role.TEAM_LEADER);
        maiId = school.linked("Sa Thị Mai", "+84912000006", school.team("Ngữ văn - Sử - Địa"), MAI, Role.TEACHER).getId();
        web = new WebApp(port, clock);
        chat = new ChatDriver(intake, outbox);
    }

    // --- what the people do -----------------------------------------------------------------------------

    private String vi(String key, Object... args) {
        return texts.get(Texts.VIETNAMESE, key, args);
    }

    private WebApp.Response page(long who) {
        return web.get("registration", web.initData(who));
    }

    /** The page saves these answers (a null value: "no form", "skip this optional target"). */
    private WebApp.Response saves(long who, Object... fieldsAndValues) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            answers.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return web.put("registration", web.initData(who), Map.of("answers", answers));
    }

    private WebApp.Response sends(long who) {
        return web.post("registration/submit", web.initData(who), Map.of());
    }

    /** Hoa fills in the whole form on the page, as she types. */
    private void hoaFillsInEverythingOnThePage() {
        fillsInEverythingOnThePage(HOA);
    }

    private void fillsInEverythingOnThePage(long who) {
        assertThat(saves(who, "title", "LDTT").status()).isEqualTo(200);
        assertThat(saves(who, "form", "GK_HT").status()).isEqualTo(200);
        assertThat(saves(who, "initiative", "no").status()).isEqualTo(200);
        assertThat(saves(who, "target:pass-rate", "92", "target:good-students", null, "target:good-lessons", "10").status()).isEqualTo(200);
        assertThat(saves(who, "target:research", null, "target:ethics", "yes").status()).isEqualTo(200);
    }

    private Map<String, Object> registrationOf(long staffId) {
        List<Map<String, Object>> rows = jdbc.queryForList("select * from registration where staff_id = ?", staffId);
        return rows.isEmpty() ? Map.of() : rows.get(0);
    }

    private List<String> answersOf(long staffId) {
        return jdbc.query("select a.target_code, a.value_text from registration_answer a join registration r on r.id = a.registration_id"
                + " where r.staff_id = ? order by a.id", (rs, i) -> rs.getString(1) + "=" + rs.getString(2), staffId);
    }

    private List<String> historyOf(long staffId) {
        return jdbc.queryForList("select h.action from registration_history h join registration r on r.id = h.registration_id"
                + " where r.staff_id = ? order by h.id", String.class, staffId);
    }

    private static JsonNode target(WebApp.Response r, String field) {
        for (JsonNode t : r.json().get("targets")) {
            if (t.get("field").asString().equals(field)) {
                return t;
            }
        }
        throw new AssertionError("no target " + field + " in " + r.body());
    }

    private static List<String> values(JsonNode array, String name) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.get(name).asString()));
        return out;
    }

    // --- scenarios ---------------------------------------------------------------------------------------

    @Test
    void the_page_offers_the_campaigns_titles_forms_initiative_and_targets_and_a_fresh_form_saves_nothing() {
        WebApp.Response r = page(HOA);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("status").asString()).isEqualTo("NEW");
        assertThat(r.json().get("editable").asBoolean()).isTrue();
        assertThat(r.json().get("deadline").asString()).isEqualTo("15/09/2023");
        assertThat(values(r.json().get("titles"), "name")).containsExactly("Lao động tiên tiến", "Chiến sĩ thi đua cơ sở");
        assertThat(r.json().get("titles").get(1).get("about").asString()).startsWith("(cần đạt tiêu chuẩn Lao động tiên tiến)");
        assertThat(values(r.json().get("forms"), "code")).contains("GK_HT", "BK_UBND");
        assertThat(values(r.json().get("targets"), "field"))
                .containsExactly("target:pass-rate", "target:good-students", "target:good-lessons", "target:research", "target:ethics");
        assertThat(target(r, "target:pass-rate").get("unit").asString()).isEqualTo("%");
        assertThat(target(r, "target:good-students").get("required").asBoolean()).isFalse();
        assertThat(r.json().get("missing").asString()).isEqualTo("title");
        assertThat(registrationOf(hoaId)).isEmpty(); // as /dangky: the row comes with the first answer
    }

    @Test
    void a_draft_saved_on_the_page_shows_in_the_chats_register_and_an_answer_given_in_chat_shows_on_the_page() {
        assertThat(saves(HOA, "title", "LDTT", "form", null, "initiative", "no").status()).isEqualTo(200);
        WebApp.Response saved = saves(HOA, "target:pass-rate", "85,5");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(target(saved, "target:pass-rate").get("value").asString()).isEqualTo("85,5");
        assertThat(target(saved, "target:pass-rate").get("shown").asString()).isEqualTo("85,5%");
        assertThat(answersOf(hoaId)).containsExactly("pass-rate=85.5");

        chat.says(HOA, "/dangky");
        assertThat(chat.lastText(HOA)).contains("Danh hiệu đăng ký: Lao động tiên tiến", "Hình thức khen thưởng: không đăng ký", ": 85,5%")
                .endsWith(vi("registration.resume.ask"));
        chat.presses(HOA, vi("registration.resume.continue"));
        assertThat(chat.lastText(HOA)).startsWith("Chỉ tiêu 2/5");
        chat.says(HOA, "3");

        WebApp.Response now = page(HOA);
        assertThat(target(now, "target:good-students").get("value").asString()).isEqualTo("3");
        assertThat(now.json().get("title").asString()).isEqualTo("LDTT");
        assertThat(now.json().get("formAnswered").asBoolean()).isTrue();
        assertThat(now.json().get("form").isNull()).isTrue();
        assertThat(now.json().get("missing").asString()).isEqualTo("target:good-lessons");
        assertThat(historyOf(hoaId)).containsExactly("CREATED");
    }

    @Test
    void an_invalid_target_gets_422_with_the_chats_own_sentence_under_its_field_and_nothing_of_the_request_is_saved() {
        saves(HOA, "title", "LDTT");
        WebApp.Response r = saves(HOA, "form", "GK_HT", "target:pass-rate", "120");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.message()).isEqualTo(vi("registration.input.percent-range", "120"));
        assertThat(r.json().get("key").asString()).isEqualTo("registration.input.percent-range");
        assertThat(r.json().get("field").asString()).isEqualTo("target:pass-rate");
        assertThat(registrationOf(hoaId)).containsEntry("title_code", "LDTT").containsEntry("form_code", null);
        assertThat(answersOf(hoaId)).isEmpty();

        // every refused field of one request, each with the sentence the chat gives for it
        WebApp.Response two = saves(HOA, "target:good-lessons", "8 tiết", "target:research", "y".repeat(501));
        assertThat(two.status()).isEqualTo(422);
        assertThat(two.json().get("fields").get("target:good-lessons").asString()).isEqualTo(vi("registration.input.number", "8 tiết"));
        assertThat(two.json().get("fields").get("target:research").asString()).isEqualTo(vi("registration.input.text-too-long", "501", "500"));

        // the same typing in the chat gets the same sentence
        chat.says(HOA, "/dangky");
        chat.presses(HOA, vi("registration.resume.continue"));
        chat.presses(HOA, "Giấy khen của Hiệu trưởng");
        chat.presses(HOA, vi("registration.initiative.no"));
        chat.says(HOA, "120");
        assertThat(chat.previousText(HOA)).isEqualTo(r.message());

        // a required target cannot be skipped, and a title the campaign does not offer is refused
        assertThat(saves(HOA, "target:good-lessons", null).message()).isEqualTo(vi("registration.input.required"));
        assertThat(saves(HOA, "title", "TTLDXS").message()).isEqualTo(vi("registration.input.choice"));
        assertThat(registrationOf(hoaId)).containsEntry("title_code", "LDTT");
        assertThat(answersOf(hoaId)).isEmpty();
    }

    @Test
    void sending_on_the_deadline_day_works_until_midnight_and_after_15_9_the_page_gets_the_chats_refusal() {
        clock.set(Instant.parse("2023-09-15T16:59:00Z")); // 23:59 on 15/09 in Vietnam
        hoaFillsInEverythingOnThePage();

        clock.set(Instant.parse("2023-09-15T17:00:00Z")); // 00:00 on 16/09
        String closed = vi("registration.deadline-passed", "2023-2024", "15/09/2023", "Hà Văn Minh");
        WebApp.Response late = sends(HOA);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.message()).isEqualTo(closed);
        assertThat(saves(HOA, "target:good-lessons", "11").message()).isEqualTo(closed);
        assertThat(registrationOf(hoaId)).containsEntry("status", "DRAFT");
        assertThat(answersOf(hoaId)).contains("good-lessons=10");
        chat.says(HOA, "/dangky");
        assertThat(chat.lastText(HOA)).isEqualTo(closed);

        // her draft stays readable, with the same sentence; someone with none gets only the sentence
        WebApp.Response mine = page(HOA);
        assertThat(mine.json().get("editable").asBoolean()).isFalse();
        assertThat(mine.json().get("notice").asString()).isEqualTo(closed);
        WebApp.Response none = web.get("registration", web.initData(MINH));
        assertThat(none.status()).isEqualTo(409);
        assertThat(none.message()).isEqualTo(closed);
    }

    @Test
    void sent_at_2359_on_15_9_it_is_sent() {
        clock.set(Instant.parse("2023-09-15T16:59:00Z"));
        hoaFillsInEverythingOnThePage();
        WebApp.Response sent = sends(HOA);
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.json().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(sent.json().get("statusText").asString()).isEqualTo(vi("registration.summary.status-submitted", "15/09/2023"));
    }

    @Test
    void an_incomplete_form_cannot_be_sent_and_the_page_is_told_which_question_is_missing() {
        saves(HOA, "title", "LDTT", "form", "GK_HT", "initiative", "yes", "initiative-title", "Dạy học dự án");
        WebApp.Response r = sends(HOA);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("field").asString()).isEqualTo("initiative-subject");
        assertThat(r.message()).isEqualTo(vi("registration.submit.incomplete"));
        assertThat(registrationOf(hoaId)).containsEntry("status", "DRAFT");
    }

    @Test
    void a_sent_registration_cannot_be_changed_from_the_page_as_in_the_chat_until_she_takes_it_back_to_edit() {
        hoaFillsInEverythingOnThePage();
        WebApp.Response sent = sends(HOA);
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.json().get("editable").asBoolean()).isFalse();
        assertThat(sent.json().get("changeable").asBoolean()).isTrue();

        WebApp.Response change = saves(HOA, "title", "CSTDCS");
        assertThat(change.status()).isEqualTo(409);
        assertThat(change.message()).isEqualTo(vi("registration.already-submitted"));
        assertThat(sends(HOA).message()).isEqualTo(vi("registration.already-submitted"));
        assertThat(registrationOf(hoaId)).containsEntry("title_code", "LDTT").containsEntry("status", "SUBMITTED");

        // "edit", as the chat's button: a draft again, to change and send again
        WebApp.Response edit = web.post("registration/edit", web.initData(HOA), Map.of());
        assertThat(edit.json().get("status").asString()).isEqualTo("DRAFT");
        assertThat(saves(HOA, "title", "CSTDCS").status()).isEqualTo(200);
        assertThat(sends(HOA).status()).isEqualTo(200);
        assertThat(historyOf(hoaId)).containsExactly("CREATED", "SUBMITTED", "EDITED", "SUBMITTED");
    }

    @Test
    void a_teacher_cannot_reach_another_teachers_registration_whatever_the_body_says() {
        saves(MAI, "title", "CSTDCS");
        long maiRegistration = ((Number) registrationOf(maiId).get("id")).longValue();

        Map<String, Object> forged = new LinkedHashMap<>();
        forged.put("staffId", maiId);
        forged.put("registrationId", maiRegistration);
        forged.put("answers", Map.of("title", "LDTT"));
        WebApp.Response r = web.put("registration", web.initData(HOA), forged);
        assertThat(r.status()).isEqualTo(200);
        assertThat(registrationOf(maiId)).containsEntry("title_code", "CSTDCS");
        assertThat(registrationOf(hoaId)).containsEntry("title_code", "LDTT"); // it went where it always goes: her own

        WebApp.Response asField = saves(HOA, "staffId", String.valueOf(maiId));
        assertThat(asField.status()).isEqualTo(422);
        assertThat(web.get("registration/" + maiRegistration, web.initData(HOA)).status()).isEqualTo(404);
        assertThat(web.put("registration/" + maiRegistration, web.initData(HOA), Map.of("answers", Map.of("title", "LDTT"))).status())
                .isIn(404, 405);
        assertThat(web.get("registration", null).status()).isEqualTo(401);
        assertThat(registrationOf(maiId)).containsEntry("title_code", "CSTDCS").containsEntry("status", "DRAFT");
    }

    @Test
    void sending_from_the_page_records_it_and_queues_the_same_receipt_in_her_chat_as_sending_from_the_chat() {
        hoaFillsInEverythingOnThePage();
        int before = chat.sent(HOA).size();
        assertThat(sends(HOA).status()).isEqualTo(200);
        assertThat(chat.sent(HOA)).hasSize(before + 1);
        assertThat(chat.lastText(HOA)).isEqualTo(vi("registration.submitted", "15/09/2023"));
        assertThat(historyOf(hoaId)).containsExactly("CREATED", "SUBMITTED");
        assertThat(registrationOf(hoaId)).containsEntry("status", "SUBMITTED");

        // and /dangky shows it sent, with the chat's edit button
        chat.says(HOA, "/dangky");
        assertThat(chat.lastText(HOA)).contains("Trạng thái: đã gửi ngày 08/09/2023", vi("registration.editable-until", "15/09/2023"));
    }

    @Test
    void the_initiatives_title_waits_for_a_yes_and_a_no_clears_it_as_in_the_chat() {
        WebApp.Response early = saves(HOA, "title", "LDTT", "initiative-title", "Dạy học dự án");
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().get("field").asString()).isEqualTo("initiative-title");
        assertThat(early.message()).isEqualTo(vi("registration.input.initiative-first"));
        assertThat(registrationOf(hoaId)).isEmpty();

        assertThat(saves(HOA, "title", "LDTT", "initiative", "yes", "initiative-title", "Dạy học dự án").status()).isEqualTo(200);
        assertThat(registrationOf(hoaId)).containsEntry("initiative_title", "Dạy học dự án");
        assertThat(saves(HOA, "initiative", "no").status()).isEqualTo(200);
        assertThat(registrationOf(hoaId)).containsEntry("initiative_title", null);
    }

    @Test
    void a_teacher_who_reads_english_gets_the_chats_english_sentence() {
        people.changeLanguage(hoaId, java.util.Locale.ENGLISH);
        WebApp.Response r = saves(HOA, "target:good-lessons", "-3");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.message()).isEqualTo(texts.get(Texts.ENGLISH, "registration.input.number", "-3"));
    }

    @Test
    void a_team_leader_who_sent_his_own_is_reminded_of_his_teams_registration_as_in_the_chat() {
        fillsInEverythingOnThePage(SON);
        WebApp.Response sent = sends(SON);
        assertThat(sent.json().get("teamHint").asString()).isEqualTo(vi("registration.submitted.leader-hint", "Toán - Tin"));
        hoaFillsInEverythingOnThePage();
        assertThat(sends(HOA).json().get("teamHint").isNull()).isTrue();
    }
}
