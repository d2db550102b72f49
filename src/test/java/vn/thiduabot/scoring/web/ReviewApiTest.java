package vn.thiduabot.scoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.chat.UpdateIntake;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.people.PersonDirectory;
import vn.thiduabot.people.Role;
import vn.thiduabot.scoring.Actor;
import vn.thiduabot.scoring.Adjustment;
import vn.thiduabot.scoring.AssessmentQueries;
import vn.thiduabot.scoring.AssessmentService;
import vn.thiduabot.staff.StaffMember;
import vn.thiduabot.staff.Team;
import vn.thiduabot.support.BotWebTest;
import vn.thiduabot.support.ChatDriver;
import vn.thiduabot.support.ClockAt;
import vn.thiduabot.support.MutableClock;
import vn.thiduabot.support.SchoolFixture;
import vn.thiduabot.support.TypedText;
import vn.thiduabot.support.WebApp;

/**
 * The council's and the team leader's review in the Mini App, in the 2023-2024 year of the test school: Lò Thị Hoa
 * (Toán - Tin) submits her self-assessment; her team leader Vì Văn Sơn reviews it first, then council members Hà Văn
 * Minh and Cầm Thị Yến (of Ngữ văn, whose team leader is Quàng Văn Đức), one at a time, whether they open it on the page or with /duyet in the chat; the principal Đinh
 * Công Tuấn receives it. Sa Văn Tài is a plain teacher and sees nothing of it.
 */
@BotWebTest
@ClockAt("2024-05-06T01:00:00Z")
class ReviewApiTest {

    /** Monday 6 May 2024, 08:00 in Vietnam: inside the self-assessment window (03/05 to 20/05/2024). */
    static final Instant MONDAY = Instant.parse("2024-05-06T01:00:00Z");

    static final long HOA = 9_201;   // teacher, Toán - Tin
    static final long SON = 9_202;   // team leader of Toán - Tin
    static final long MINH = 9_203;  // council member and secretary
    static final long YEN = 9_204;   // council member, teacher of Ngữ văn
    static final long TUAN = 9_205;  // principal
    static final long TAI = 9_206;   // teacher, Toán - Tin
    static final long LAN = 9_207;   // teacher, Ngữ văn
    static final long DUC = 9_208;   // team leader of Ngữ văn

    @LocalServerPort int port;
    @Autowired MutableClock clock;
    @Autowired SchoolFixture school;
    @Autowired PersonDirectory people;
    @Autowired Campaigns campaigns;
    @Autowired AssessmentService workflow;
    @Autowired AssessmentQueries queries;
    @Autowired UpdateIntake intake;
    @Autowired Outbox outbox;
    @Autowired JdbcTemplate jdbc;
    @Autowired Texts texts;
    WebApp web;
    ChatDriver chat;
    final Map<Long, Long> staffIds = new java.util.HashMap<>();

    @BeforeEach
    void school() {
        school.reset();
        clock.set(MONDAY);
        Team toan = school.team("Toán - Tin");
        Team van = school.team("Ngữ văn");
        Team vp = school.team("Văn phòng");
        person(HOA, "Lò Thị Hoa", "+84912000201", toan, Role.TEACHER);
        person(SON, "Vì Văn Sơn", "+84912000202", toan, Role.TEACHER, Role.TEAM_LEADER);
        person(MINH, "Hà Văn Minh", "+84912000203", vp, Role.COUNCIL, Role.SECRETARY);
        person(YEN, "Cầm Thị Yến", "+84912000204", van, Role.TEACHER, Role.COUNCIL);
        person(TUAN, "Đinh Công Tuấn", "+84912000205", vp, Role.PRINCIPAL);
        person(TAI, "Sa Văn Tài", "+84912000206", toan, Role.TEACHER);
        person(LAN, "Lường Thị Lan", "+84912000207", van, Role.TEACHER);
        person(DUC, "Quàng Văn Đức", "+84912000208", van, Role.TEACHER, Role.TEAM_LEADER);
        web = new WebApp(port, clock);
        chat = new ChatDriver(intake, outbox);
    }

    private void person(long telegram, String name, String phone, Team team, Role... roles) {
        StaffMember m = school.linked(name, phone, team, telegram, roles);
        staffIds.put(telegram, m.getId());
    }

    private Actor actor(long telegram) {
        return Actor.of(people.findByTelegramUser(telegram).orElseThrow());
    }

    private long submitted(long telegram) {
        return SubmittedSheets.submit(workflow, campaigns, actor(telegram));
    }

    /** Submitted and passed by the team leader on the page: now the council's. */
    private long atCouncil(long telegram) {
        return atCouncil(telegram, SON);
    }

    private long atCouncil(long telegram, long leader) {
        long id = submitted(telegram);
        assertThat(web.get("review/" + id, as(leader)).status()).isEqualTo(200);
        assertThat(web.post("review/" + id + "/pass", as(leader), Map.of()).status()).isEqualTo(200);
        return id;
    }

    private String as(long telegram) {
        return web.initData(telegram);
    }

    private String vi(String key, Object... args) {
        return texts.get(Texts.VIETNAMESE, key, args);
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from self_assessment where id = ?", String.class, id);
    }

    private static JsonNode line(JsonNode review, String code) {
        for (JsonNode part : review.get("sheet").get("parts")) {
            for (JsonNode line : part.get("lines")) {
                if (line.get("code").asString().equals(code)) {
                    return line;
                }
            }
        }
        throw new AssertionError("no line " + code);
    }

    private static long firstEvidence(JsonNode review) {
        return StreamSupport.stream(review.get("sheet").get("parts").spliterator(), false)
                .flatMap(p -> StreamSupport.stream(p.get("lines").spliterator(), false))
                .flatMap(l -> StreamSupport.stream(l.get("evidence").spliterator(), false))
                .findFirst().orElseThrow().get("id").asLong();
    }

    // --- who may review ------------------------------------------------------------------------------------------------

    @Test
    void a_teacher_with_no_reviewing_role_is_refused_every_review_request_as_in_the_chat_and_nothing_changes() {
        long id = atCouncil(HOA);
        long evidence = firstEvidence(web.get("review/" + id, as(MINH)).json());
        web.post("review/" + id + "/release", as(MINH), Map.of());

        WebApp.Response list = web.get("review", as(TAI));
        assertThat(list.status()).isEqualTo(403);
        assertThat(list.message()).isEqualTo(vi("error.forbidden"));
        assertThat(web.get("review/" + id, as(TAI)).status()).isEqualTo(403);
        assertThat(web.put("review/" + id + "/items/II.2", as(TAI), Map.of("score", "0", "reason", "Tôi chấm lại")).status())
                .isEqualTo(403);
        assertThat(web.post("review/" + id + "/pass", as(TAI), Map.of()).status()).isEqualTo(403);
        assertThat(web.post("review/" + id + "/return", as(TAI), Map.of("comment", "Làm lại đi")).status()).isEqualTo(403);
        WebApp.Response file = web.get("review/" + id + "/evidence/" + evidence, as(TAI));
        assertThat(file.status()).isEqualTo(403);
        assertThat(file.message()).isEqualTo(vi("error.forbidden"));

        assertThat(status(id)).isEqualTo("TEAM_REVIEWED");
        assertThat(queries.adjustments(id)).isEmpty();
        chat.says(TAI, "/duyet");
        assertThat(chat.lastText(TAI)).as("the same answer as the chat's").isEqualTo(list.message());
    }

    @Test
    void nobody_reviews_their_own_sheet_not_even_a_council_member() {
        long own = atCouncil(YEN, DUC);
        WebApp.Response r = web.get("review/" + own, as(YEN));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.message()).isEqualTo(vi("scoring.refused.own"));
        assertThat(web.post("review/" + own + "/pass", as(YEN), Map.of()).status()).isEqualTo(403);
        assertThat(web.get("review", as(YEN)).json().get("items").toString()).doesNotContain("Cầm Thị Yến");
    }

    @Test
    void a_team_leader_sees_and_opens_only_his_own_teams_sheets_at_the_team_stage() {
        long hoa = submitted(HOA);
        long lan = submitted(LAN);
        JsonNode queue = web.get("review", as(SON)).json();
        assertThat(queue.get("items")).hasSize(1);
        JsonNode first = queue.get("items").get(0);
        assertThat(first.get("owner").asString()).isEqualTo("Lò Thị Hoa");
        assertThat(first.get("stage").asString()).isEqualTo("TEAM");
        assertThat(first.get("submitted").asString()).isEqualTo("06/05/2024 08:00");

        WebApp.Response other = web.get("review/" + lan, as(SON));
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.message()).isEqualTo(vi("scoring.refused.not-team-leader"));

        JsonNode review = web.get("review/" + hoa, as(SON)).json();
        assertThat(review.get("stage").asString()).isEqualTo("TEAM");
        assertThat(review.get("column").asString()).isEqualTo("team");
        assertThat(review.get("sheet").get("showTeam").asBoolean()).isTrue();
        assertThat(review.get("sheet").get("showCouncil").asBoolean()).isFalse();

        WebApp.Response done = web.post("review/" + hoa + "/pass", as(SON), Map.of());
        assertThat(done.json().get("message").asString()).isEqualTo(vi("web.review.team-done", "Lò Thị Hoa", "81"));
        assertThat(status(hoa)).isEqualTo("TEAM_REVIEWED");
        assertThat(chat.lastText(MINH)).contains("Tổ trưởng Vì Văn Sơn đã đánh giá xong phiếu của Lò Thị Hoa");
        WebApp.Response later = web.get("review/" + hoa, as(SON));
        assertThat(later.status()).as("now the council's: the team leader is not on it").isEqualTo(403);
        assertThat(later.message()).isEqualTo(vi("scoring.refused.not-council"));
        assertThat(web.get("review", as(SON)).json().get("items")).isEmpty();
    }

    // --- one reviewer at a time, page or chat ------------------------------------------------------------------------

    @Test
    void a_council_member_who_opens_it_on_the_page_holds_it_against_a_colleague_in_the_chat_and_on_the_page() {
        long id = atCouncil(HOA);
        WebApp.Response minh = web.get("review/" + id, as(MINH));
        assertThat(minh.status()).isEqualTo(200);
        assertThat(minh.json().get("stage").asString()).isEqualTo("COUNCIL");
        assertThat(minh.json().get("sheet").get("owner").asString()).isEqualTo("Lò Thị Hoa");

        WebApp.Response yen = web.get("review/" + id, as(YEN));
        assertThat(yen.status()).isEqualTo(409);
        assertThat(yen.message()).startsWith("Phiếu này đang được Hà Văn Minh thẩm định (mở lúc 06/05/2024 08:00)");
        assertThat(web.get("review", as(YEN)).json().get("items").get(0).get("claimedBy").asString()).isEqualTo("Hà Văn Minh");
        assertThat(web.put("review/" + id + "/items/II.2", as(YEN), Map.of("score", "5", "reason", "Thiếu hồ sơ")).status())
                .isEqualTo(409);

        chat.says(YEN, "/duyet");
        assertThat(chat.lastText(YEN)).contains("🔒 đang được Hà Văn Minh xem");
        String answer = chat.pressesFirst(YEN, b -> b.label().startsWith("Lò Thị Hoa"), "Lò Thị Hoa");
        assertThat(answer).isEqualTo(yen.message());
        assertThat(queries.adjustments(id)).isEmpty();
    }

    @Test
    void a_council_member_who_opens_it_in_the_chat_holds_it_against_a_colleague_on_the_page_until_he_lets_go() {
        long id = atCouncil(HOA);
        chat.says(MINH, "/duyet");
        chat.pressesFirst(MINH, b -> b.label().startsWith("Lò Thị Hoa"), "Lò Thị Hoa");

        WebApp.Response yen = web.get("review/" + id, as(YEN));
        assertThat(yen.status()).isEqualTo(409);
        assertThat(yen.json().get("key").asString()).isEqualTo("scoring.review.claimed");
        assertThat(yen.message()).startsWith("Phiếu này đang được Hà Văn Minh thẩm định");

        chat.presses(MINH, vi("scoring.review.release-button"));
        assertThat(web.get("review/" + id, as(YEN)).status()).isEqualTo(200);
        String answer = chat.pressesFirst(MINH, b -> b.label().startsWith("Lò Thị Hoa"), "Lò Thị Hoa");
        assertThat(answer).startsWith("Phiếu này đang được Cầm Thị Yến thẩm định");

        WebApp.Response released = web.post("review/" + id + "/release", as(YEN), Map.of());
        assertThat(released.json().get("message").asString()).isEqualTo(vi("web.review.released"));
        assertThat(web.get("review/" + id, as(MINH)).status()).isEqualTo(200);
    }

    // --- adjusting a line -----------------------------------------------------------------------------------------------

    @Test
    void an_adjustment_needs_a_reason_and_then_changes_the_council_column_and_its_total() {
        long id = atCouncil(HOA);
        JsonNode before = web.get("review/" + id, as(MINH)).json();
        assertThat(before.get("sheet").get("council").get("total").asString()).isEqualTo("81");
        assertThat(line(before, "II.2").get("council").asString()).isEqualTo("7");

        WebApp.Response none = web.put("review/" + id + "/items/II.2", as(MINH), Map.of("score", "5", "reason", "  "));
        assertThat(none.status()).isEqualTo(409);
        assertThat(none.message()).isEqualTo(vi("scoring.refused.reason-required"));
        WebApp.Response brief = web.put("review/" + id + "/items/II.2", as(MINH), Map.of("score", "5", "reason", "ok"));
        assertThat(brief.message()).as("the chat's answer to a reason too short to mean anything")
                .isEqualTo(vi("scoring.review.reason-too-short"));
        WebApp.Response essay = web.put("review/" + id + "/items/II.2", as(MINH), Map.of("score", "5", "reason", TypedText.ofLength(1001)));
        assertThat(essay.message()).as("the chat's cap on a reason, FreeText.REASON").isEqualTo(vi("input.too-long", 1001, 1000));
        WebApp.Response word = web.put("review/" + id + "/items/II.2", as(MINH), Map.of("score", "năm", "reason", "Hai giờ dạy bị nhắc nhở"));
        assertThat(word.status()).isEqualTo(400);
        assertThat(word.message()).isEqualTo(vi("scoring.score.not-number", "năm", "8"));
        WebApp.Response tooMuch = web.put("review/" + id + "/items/II.2", as(MINH), Map.of("score", "8,5", "reason", "Hai giờ dạy bị nhắc nhở"));
        assertThat(tooMuch.message()).isEqualTo(vi("scoring.score.above-max", "8"));
        assertThat(queries.adjustments(id)).as("nothing saved").isEmpty();
        assertThat(web.get("review/" + id, as(MINH)).json().get("sheet").get("council").get("total").asString()).isEqualTo("81");

        WebApp.Response saved = web.put("review/" + id + "/items/II.2", as(MINH),
                Map.of("score", "5,5", "reason", "Hai giờ dạy bị nhắc nhở khi dự giờ đột xuất"));
        assertThat(saved.status()).isEqualTo(200);
        JsonNode after = saved.json();
        assertThat(line(after, "II.2").get("council").asString()).isEqualTo("5.5");
        assertThat(line(after, "II.2").get("self").asString()).isEqualTo("7");
        assertThat(after.get("sheet").get("council").get("total").asString()).isEqualTo("79,5");
        assertThat(after.get("sheet").get("self").get("total").asString()).isEqualTo("81");
        JsonNode change = after.get("adjustments").get(0);
        assertThat(change.get("reason").asString()).isEqualTo("Hai giờ dạy bị nhắc nhở khi dự giờ đột xuất");
        assertThat(change.get("by").asString()).isEqualTo("Hà Văn Minh");
        assertThat(change.get("from").asString() + " → " + change.get("to").asString()).isEqualTo("7 → 5,5");
        assertThat(queries.adjustments(id)).extracting(Adjustment::itemCode, Adjustment::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("II.2", "Hai giờ dạy bị nhắc nhở khi dự giờ đột xuất"));
    }

    @Test
    void a_reviewer_who_chose_english_reads_the_sheet_and_the_refusals_in_english() {
        long id = atCouncil(HOA);
        people.changeLanguage(staffIds.get(YEN), java.util.Locale.ENGLISH);
        web.get("review/" + id, as(MINH));
        WebApp.Response held = web.get("review/" + id, as(YEN));
        assertThat(held.message()).isEqualTo(texts.get(Texts.ENGLISH, "scoring.review.claimed", "Hà Văn Minh", "06/05/2024 08:00"));
        web.put("review/" + id + "/items/II.2", as(MINH), Map.of("score", "5,5", "reason", "Hai giờ dạy bị nhắc nhở"));
        web.post("review/" + id + "/release", as(MINH), Map.of());

        JsonNode review = web.get("review/" + id, as(YEN)).json();
        assertThat(review.get("stageText").asString()).isEqualTo("Council review");
        assertThat(review.get("sheet").get("council").get("total").asString()).isEqualTo("79.5");
        assertThat(review.get("adjustments").get(0).get("to").asString()).isEqualTo("5.5");
    }

    // --- passing and returning ------------------------------------------------------------------------------------------

    @Test
    void passing_it_queues_the_principals_approval_card_with_the_councils_score() {
        long id = atCouncil(HOA);
        web.get("review/" + id, as(MINH));
        web.put("review/" + id + "/items/II.2", as(MINH), Map.of("score", "5", "reason", "Hai giờ dạy bị nhắc nhở khi dự giờ đột xuất"));
        WebApp.Response passed = web.post("review/" + id + "/pass", as(MINH), Map.of());
        assertThat(passed.status()).isEqualTo(200);
        assertThat(passed.json().get("message").asString()).isEqualTo(vi("web.review.passed", "Lò Thị Hoa", "79", "B – Tốt"));
        assertThat(status(id)).isEqualTo("REVIEWED");

        String cardKey = "approval:" + id + ":1:" + staffIds.get(TUAN);
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where idempotency_key = ?", Integer.class, cardKey)).isEqualTo(1);
        assertThat(chat.lastText(TUAN)).contains("Lò Thị Hoa — Toán - Tin").contains("Hội đồng thẩm định: 79 (Hà Văn Minh)")
                .contains("7 → 5 (Hội đồng thẩm định, Hà Văn Minh): Hai giờ dạy bị nhắc nhở");

        WebApp.Response again = web.post("review/" + id + "/pass", as(YEN), Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.message()).startsWith("Phiếu này đã được Hà Văn Minh xử lý (Trình Hiệu trưởng) lúc 06/05/2024 08:00");
    }

    @Test
    void returning_it_with_a_comment_tells_the_teacher_and_without_one_changes_nothing() {
        long id = atCouncil(HOA);
        WebApp.Response bare = web.post("review/" + id + "/return", as(MINH), Map.of("comment", ""));
        assertThat(bare.status()).isEqualTo(409);
        assertThat(bare.message()).isEqualTo(vi("scoring.refused.reason-required"));
        assertThat(status(id)).isEqualTo("TEAM_REVIEWED");

        WebApp.Response back = web.post("review/" + id + "/return", as(MINH),
                Map.of("comment", "Kết quả học tập II.4 chưa khớp với chỉ tiêu đã đăng ký, cô xem lại"));
        assertThat(back.status()).isEqualTo(200);
        assertThat(back.json().get("message").asString()).isEqualTo(vi("web.review.returned", "Lò Thị Hoa"));
        assertThat(status(id)).isEqualTo("RETURNED");
        assertThat(chat.lastText(HOA)).contains("trả lại để chỉnh sửa")
                .contains("Nhận xét: Kết quả học tập II.4 chưa khớp với chỉ tiêu đã đăng ký, cô xem lại");
    }

    // --- evidence ---------------------------------------------------------------------------------------------------------

    @Test
    void evidence_goes_only_to_a_reviewer_of_the_sheet_and_where_no_file_can_be_fetched_the_answer_is_polite() {
        long id = atCouncil(HOA);
        long evidence = firstEvidence(web.get("review/" + id, as(MINH)).json());

        assertThat(web.get("review/" + id + "/evidence/" + evidence, as(TAI)).status()).isEqualTo(403);
        assertThat(web.get("review/" + id + "/evidence/" + evidence, as(SON)).status())
                .as("the team leader is done with it; the council has it now").isEqualTo(403);
        assertThat(web.get("review/" + id + "/evidence/" + evidence, as(YEN)).status()).as("Minh holds it").isEqualTo(409);
        assertThat(web.get("review/" + id + "/evidence/999999", as(MINH)).status()).isEqualTo(404);

        WebApp.Response none = web.get("review/" + id + "/evidence/" + evidence, as(MINH));
        assertThat(none.status()).as("these tests run without a transport, so without Telegram's getFile").isEqualTo(503);
        assertThat(none.message()).isEqualTo(vi("web.review.evidence-unavailable")).doesNotContain(WebApp.TOKEN);
    }
}
