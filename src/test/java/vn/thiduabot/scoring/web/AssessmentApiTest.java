package vn.thiduabot.scoring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thiduabot.scoring.web.SelfAssessmentSchool.HOA;
import static vn.thiduabot.scoring.web.SelfAssessmentSchool.SON;
import static vn.thiduabot.scoring.web.SelfAssessmentSchool.TAI;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.chat.UpdateIntake;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.support.BotWebTest;
import vn.thiduabot.support.ChatDriver;
import vn.thiduabot.support.ClockAt;
import vn.thiduabot.support.MutableClock;
import vn.thiduabot.support.RecordingFileUploader;
import vn.thiduabot.support.SchoolFixture;
import vn.thiduabot.support.WebApp;

/**
 * Lò Thị Hoa fills her self-assessment on the Mini App: what she saves there is what /tucham shows and the other way
 * round; a score the chat would refuse is refused with the chat's sentence and nothing changes; the totals, the bonus
 * cap, the penalties and the band come from the server at their exact boundaries; her colleague cannot reach her sheet;
 * the window and the evidence rules hold for a submission as in the chat.
 */
@BotWebTest
@ClockAt(SelfAssessmentSchool.MONDAY)
class AssessmentApiTest {

    @LocalServerPort int port;
    @Autowired Clock clock;
    @Autowired SchoolFixture fixture;
    @Autowired UpdateIntake intake;
    @Autowired Outbox outbox;
    @Autowired Texts texts;
    @Autowired RecordingFileUploader uploads;
    SelfAssessmentSchool school;
    ChatDriver chat;

    @BeforeEach
    void school() {
        ((MutableClock) clock).set(Instant.parse(SelfAssessmentSchool.MONDAY));
        school = new SelfAssessmentSchool(fixture, port, clock);
        chat = new ChatDriver(intake, outbox);
        uploads.clear();
    }

    @Test
    void a_score_saved_on_the_page_shows_in_the_chat_and_a_score_typed_in_the_chat_shows_on_the_page() {
        WebApp.Response opened = school.sheet(HOA);
        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.json().get("editable").asBoolean()).isTrue();
        assertThat(opened.json().get("closes").asString()).isEqualTo("20/05/2024");
        assertThat(sheet(opened).get("status").asString()).isEqualTo("DRAFT");

        assertThat(school.score(HOA, "I.1", "4,5").status()).isEqualTo(200);

        chat.says(HOA, "/tucham");
        assertThat(chat.lastText(HOA)).contains("I.1").contains(vi("scoring.self.current", "4,5"));

        chat.says(HOA, "3,5");
        assertThat(self(school.sheet(HOA), "I.1")).isEqualTo("3.5");
        assertThat(sheet(school.sheet(HOA)).get("self").get("parts").get("I").asString()).isEqualTo("3,5");
    }

    @Test
    void a_score_the_chat_would_refuse_gets_the_chats_sentence_and_nothing_changes() {
        school.score(HOA, "I.1", "4");
        JsonNode before = school.sheet(HOA).json();

        assertRefused(school.score(HOA, "I.1", "6"), vi("scoring.score.above-max", "5"));
        assertRefused(school.score(HOA, "I.1", "4,55"), vi("scoring.score.one-decimal", "4,55"));
        assertRefused(school.score(HOA, "I.1", "bốn"), vi("scoring.score.not-number", "bốn", "5"));
        assertRefused(school.score(HOA, "I.1", "-1"), vi("scoring.score.negative", "5"));
        assertRefused(school.score(HOA, "P1", "-1"), vi("scoring.score.penalty-negative", "5"));
        // as in the chat, a score is not taken back by sending nothing: the line keeps its score
        assertRefused(school.score(HOA, "I.1", " "), vi("scoring.score.empty", "5"));

        assertThat(school.sheet(HOA).json()).isEqualTo(before);
        assertThat(school.score(HOA, "XYZ", "1").status()).isEqualTo(404);
    }

    @Test
    void the_bonus_counts_up_to_its_cap_and_a_penalty_takes_the_total_across_the_band_boundary() {
        school.scoreAll(HOA, SelfAssessmentSchool.ALL_AT_MAX);
        JsonNode self = sheet(school.sheet(HOA)).get("self");
        assertThat(self.get("total").asString()).isEqualTo("100");
        assertThat(self.get("band").asString()).isEqualTo("A – Xuất sắc");

        // bonus: cap 10 (campaign-2023-2024.yml); exactly at the cap, then past it
        school.score(HOA, "B1", "5");
        self = sheet(school.score(HOA, "B2", "5")).get("self");
        assertThat(self.get("bonus").asString()).isEqualTo("10");
        assertThat(self.get("total").asString()).isEqualTo("110");
        self = sheet(school.score(HOA, "B3", "0,5")).get("self");
        assertThat(self.get("bonus").asString()).isEqualTo("10");
        assertThat(self.get("total").asString()).isEqualTo("110");
        school.score(HOA, "B1", "0");
        school.score(HOA, "B2", "0");
        self = sheet(school.score(HOA, "B3", "0")).get("self");
        assertThat(self.get("total").asString()).isEqualTo("100");

        // band A from 90 (inclusive): 100 - 9 - 1 = 90 is A, 100 - 9 - 1,5 = 89,5 is B
        school.score(HOA, "P2", "9");
        self = sheet(school.score(HOA, "P1", "1")).get("self");
        assertThat(self.get("penalty").asString()).isEqualTo("10");
        assertThat(self.get("total").asString()).isEqualTo("90");
        assertThat(self.get("band").asString()).isEqualTo("A – Xuất sắc");
        self = sheet(school.score(HOA, "P1", "1,5")).get("self");
        assertThat(self.get("total").asString()).isEqualTo("89,5");
        assertThat(self.get("band").asString()).isEqualTo("B – Tốt");
        // a penalty at its maximum is taken, one tenth more is not
        assertThat(school.score(HOA, "P1", "5").status()).isEqualTo(200);
        assertRefused(school.score(HOA, "P1", "5,1"), vi("scoring.score.penalty-above-max", "5"));
    }

    @Test
    void a_colleague_reaches_only_her_own_sheet_whatever_the_request_says() {
        school.score(HOA, "I.1", "5");
        JsonNode hoas = school.sheet(HOA).json();
        long hoaSheet = hoas.get("sheet").get("id").asLong();

        // Tài's page, with Hoa's sheet and staff id forged into the body: it reaches Tài's own sheet only
        Map<String, Object> forged = new HashMap<>();
        forged.put("score", "1");
        forged.put("id", hoaSheet);
        forged.put("assessmentId", hoaSheet);
        forged.put("staffId", school.hoa.getId());
        WebApp.Response r = school.web.put("assessment/items/I.1?id=" + hoaSheet, school.web.initData(TAI), forged);
        assertThat(r.status()).isEqualTo(200);
        assertThat(sheet(r).get("id").asLong()).isNotEqualTo(hoaSheet);
        assertThat(sheet(r).get("owner").asString()).isEqualTo("Sa Văn Tài");
        assertThat(school.clear(TAI, "I.1", "?id=" + hoaSheet).status()).isEqualTo(200);

        assertThat(school.sheet(HOA).json()).isEqualTo(hoas);
        assertThat(self(school.sheet(TAI), "I.1")).isEqualTo("1");
    }

    @Test
    void a_submission_after_the_window_gets_the_chats_refusal() {
        school.scoreAll(HOA, SelfAssessmentSchool.ALL_AT_MAX);
        ((MutableClock) clock).set(Instant.parse("2024-05-20T16:59:00Z")); // 23:59 on the last day: still open
        assertThat(school.sheet(HOA).status()).isEqualTo(200);
        ((MutableClock) clock).set(Instant.parse("2024-05-20T17:00:00Z")); // 00:00 on 21/05 in Vietnam

        chat.says(HOA, "/tucham");
        String chatSays = chat.lastText(HOA);
        assertThat(chatSays).isEqualTo(vi("scoring.self.window-closed", "03/05/2024", "20/05/2024", "2023-2024"));

        WebApp.Response r = school.submit(HOA);
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.message()).isEqualTo(chatSays);
        assertThat(school.score(HOA, "I.1", "1").message()).isEqualTo(chatSays);
        assertThat(school.sheet(HOA).message()).isEqualTo(chatSays);
    }

    @Test
    void a_sheet_without_required_evidence_is_refused_until_the_files_are_attached_then_the_team_leader_is_told() {
        school.scoreAll(HOA, SelfAssessmentSchool.ALL_AT_MAX);
        JsonNode s = sheet(school.sheet(HOA));
        assertThat(s.get("unscored").toString()).isEqualTo("[]");
        assertThat(s.get("missingEvidence").toString()).isEqualTo("[\"II.1\",\"II.3\",\"II.4\"]");

        WebApp.Response refused = school.submit(HOA);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.message()).isEqualTo(vi("scoring.refused.incomplete"));
        assertThat(sheet(school.sheet(HOA)).get("status").asString()).isEqualTo("DRAFT");

        for (String code : new String[] {"II.1", "II.3", "II.4"}) {
            assertThat(school.attach(HOA, code, code + ".pdf", "application/pdf", new byte[2048]).status()).isEqualTo(200);
        }
        int leaderBefore = chat.sent(SON).size();
        WebApp.Response done = school.submit(HOA);
        assertThat(done.status()).isEqualTo(200);
        assertThat(sheet(done).get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(done.json().get("editable").asBoolean()).isFalse();
        // the chat's notification, from the same event
        assertThat(chat.sent(SON).size()).isGreaterThan(leaderBefore);
        assertThat(chat.lastText(SON)).contains("Lò Thị Hoa");
        // and nothing can change any more
        assertThat(school.score(HOA, "I.1", "1").status()).isEqualTo(409);
        assertThat(school.submit(HOA).status()).isEqualTo(409);
    }

    private String vi(String key, Object... args) {
        return texts.get(Texts.VIETNAMESE, key, args);
    }

    private static JsonNode sheet(WebApp.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("sheet");
    }

    /** A line's own score as a plain number, or null. */
    private static String self(WebApp.Response r, String code) {
        for (JsonNode part : sheet(r).get("parts")) {
            for (JsonNode line : part.get("lines")) {
                if (line.get("code").asString().equals(code)) {
                    return line.get("self").isNull() ? null : line.get("self").asString();
                }
            }
        }
        throw new AssertionError("no line " + code);
    }

    private static void assertRefused(WebApp.Response r, String sentence) {
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.message()).isEqualTo(sentence);
    }
}
