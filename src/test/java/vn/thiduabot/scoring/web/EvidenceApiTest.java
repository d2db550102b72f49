package vn.thiduabot.scoring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thiduabot.scoring.web.SelfAssessmentSchool.HOA;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.people.PersonDirectory;
import vn.thiduabot.scoring.AssessmentService;
import vn.thiduabot.scoring.Evidence;
import vn.thiduabot.scoring.EvidenceRules;
import vn.thiduabot.scoring.Snapshots;
import vn.thiduabot.support.BotWebTest;
import vn.thiduabot.support.ClockAt;
import vn.thiduabot.support.MutableClock;
import vn.thiduabot.support.RecordingFileUploader;
import vn.thiduabot.support.SchoolFixture;
import vn.thiduabot.support.WebApp;

/**
 * Lò Thị Hoa attaches evidence on the Mini App: the file goes to her own Telegram chat and the bot keeps its file id, as
 * if she had sent it in /tucham. The chat's rules hold before anything is sent: a type it does not take, an eleventh
 * file, a file over 20 MB, a penalty line; a body far too large is stopped by the server itself. Telegram failing
 * stores nothing. Every refusal is a polite sentence.
 */
@BotWebTest
@ClockAt(SelfAssessmentSchool.MONDAY)
class EvidenceApiTest {

    static final String PDF = "application/pdf";

    @LocalServerPort int port;
    @Autowired Clock clock;
    @Autowired SchoolFixture fixture;
    @Autowired Texts texts;
    @Autowired RecordingFileUploader uploads;
    @Autowired AssessmentService service;
    @Autowired Snapshots snapshots;
    @Autowired Campaigns campaigns;
    @Autowired PersonDirectory people;
    SelfAssessmentSchool school;

    @BeforeEach
    void school() {
        ((MutableClock) clock).set(Instant.parse(SelfAssessmentSchool.MONDAY));
        school = new SelfAssessmentSchool(fixture, port, clock);
        uploads.clear();
    }

    @Test
    void a_file_goes_to_the_teachers_own_chat_and_the_bot_keeps_its_telegram_id() {
        WebApp.Response r = school.attach(HOA, "II.1", "Kế hoạch bài dạy HK2.pdf", PDF, new byte[4096]);
        assertThat(r.status()).as(r.body()).isEqualTo(200);

        assertThat(uploads.sent()).singleElement().satisfies(f -> {
            assertThat(f.chatId()).isEqualTo(HOA);
            assertThat(f.fileName()).isEqualTo("Kế hoạch bài dạy HK2.pdf");
            assertThat(f.bytes()).isEqualTo(4096);
            assertThat(f.caption()).contains("II.1").contains("Kế hoạch bài dạy, hồ sơ chuyên môn");
        });
        assertThat(stored()).singleElement().satisfies(e -> {
            assertThat(e.getItemCode()).isEqualTo("II.1");
            assertThat(e.getFileId()).isEqualTo(uploads.sent().get(0).fileId());
            assertThat(e.getKind()).isEqualTo(Evidence.Kind.DOCUMENT);
        });
        JsonNode line = line(r, "II.1");
        assertThat(line.get("evidence").get(0).get("name").asString()).isEqualTo("Kế hoạch bài dạy HK2.pdf");

        // the chat's clear
        WebApp.Response cleared = school.clear(HOA, "II.1", "");
        assertThat(line(cleared, "II.1").get("evidence").size()).isZero();
        assertThat(stored()).isEmpty();
    }

    @Test
    void a_type_the_chat_refuses_is_refused_before_anything_is_sent() {
        WebApp.Response r = school.attach(HOA, "II.1", "baocao.exe", "application/octet-stream", new byte[100]);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.message()).isEqualTo(vi("scoring.evidence.wrong-type", "baocao.exe"));
        WebApp.Response penalty = school.attach(HOA, "P1", "don.pdf", PDF, new byte[100]);
        assertThat(penalty.status()).isEqualTo(422);
        assertThat(penalty.message()).isEqualTo(vi("scoring.evidence.not-for-penalty"));
        WebApp.Response empty = school.attach(HOA, "II.1", "trong.pdf", PDF, new byte[0]);
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.message()).isEqualTo(vi("scoring.evidence.unreadable"));
        assertThat(uploads.sent()).isEmpty();
        assertThat(stored()).isEmpty();
    }

    @Test
    void ten_files_per_line_and_the_eleventh_is_refused_before_it_is_sent() {
        for (int i = 1; i <= AssessmentService.MAX_FILES_PER_ITEM; i++) {
            assertThat(school.attach(HOA, "II.3", "du-gio-" + i + ".jpg", "image/jpeg", new byte[300]).status()).isEqualTo(200);
        }
        WebApp.Response r = school.attach(HOA, "II.3", "du-gio-11.jpg", "image/jpeg", new byte[300]);
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.message()).isEqualTo(vi("scoring.evidence.too-many", "10"));
        assertThat(uploads.sent()).hasSize(10);
        assertThat(stored()).hasSize(10);
    }

    @Test
    void twenty_megabytes_is_taken_one_byte_more_is_refused_and_a_huge_body_is_stopped_by_the_server() {
        int limit = 20 * 1024 * 1024;
        assertThat(school.attach(HOA, "II.4", "ket-qua.pdf", PDF, new byte[limit]).status()).isEqualTo(200);

        WebApp.Response over = school.attach(HOA, "II.4", "ket-qua-2.pdf", PDF, new byte[limit + 1]);
        assertThat(over.status()).isEqualTo(413);
        assertThat(over.message()).isEqualTo(vi("scoring.evidence.too-large", "ket-qua-2.pdf", EvidenceRules.megabytes(limit + 1L, Texts.VIETNAMESE), "20"));

        // past the server's own limit (21 MB, application.yml): the upload is cut off while it streams to disk (a little
        // past it, so that Tomcat swallows the rest and the answer can be read; a far larger body has its connection cut)
        WebApp.Response huge = school.attach(HOA, "II.4", "ket-qua-3.pdf", PDF, new byte[21 * 1024 * 1024 + 512 * 1024]);
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.message()).isEqualTo(vi("web.error.too-large"));

        // without a genuine initData the body is not even parsed (multipart resolved lazily, after the check): a cut-off
        // body gets 401, where a parse gives 400
        assertThat(brokenUpload(null).status()).isEqualTo(401);
        assertThat(brokenUpload(school.web.initData(HOA)).status()).isEqualTo(400);

        assertThat(uploads.sent()).hasSize(1);
        assertThat(stored()).hasSize(1);
    }

    @Test
    void a_teacher_reading_english_gets_the_chats_english_sentences_and_numbers_with_a_point() {
        people.changeLanguage(school.hoa.getId(), Locale.ENGLISH);
        WebApp.Response refused = school.score(HOA, "I.1", "9");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.message()).isEqualTo(texts.get(Locale.ENGLISH, "scoring.score.above-max", "5"));
        WebApp.Response saved = school.score(HOA, "I.1", "4,5");
        assertThat(saved.json().get("sheet").get("self").get("total").asString()).isEqualTo("4.5");
        WebApp.Response wrong = school.attach(HOA, "II.1", "notes.txt", "text/plain", new byte[10]);
        assertThat(wrong.message()).isEqualTo(texts.get(Locale.ENGLISH, "scoring.evidence.wrong-type", "notes.txt"));
    }

    @Test
    void telegram_failing_stores_nothing_and_says_to_try_again() {
        uploads.failNext();
        WebApp.Response r = school.attach(HOA, "II.1", "giao-an.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", new byte[500]);
        assertThat(r.status()).isEqualTo(502);
        assertThat(r.message()).isEqualTo(vi("web.assessment.upload-failed"));
        assertThat(stored()).isEmpty();
        assertThat(school.attach(HOA, "II.1", "giao-an.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", new byte[500]).status()).isEqualTo(200);
    }

    /** A multipart body that ends in the middle of its file (no closing boundary). */
    private WebApp.Response brokenUpload(String initData) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(school.web.base() + "/api/app/assessment/items/II.4/evidence"))
                .header("Content-Type", "multipart/form-data; boundary=xyz")
                .POST(HttpRequest.BodyPublishers.ofString("--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n%PDF-1.4 cut off"));
        return school.web.raw(initData == null ? b.build() : b.header("Authorization", "tma " + initData).build());
    }

    private List<Evidence> stored() {
        return service.own(school.hoa.getId(), campaigns.current().schoolYear()).map(a -> snapshots.of(a).evidence()).orElse(List.of());
    }

    private String vi(String key, Object... args) {
        return texts.get(Texts.VIETNAMESE, key, args);
    }

    private static JsonNode line(WebApp.Response r, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        for (JsonNode part : r.json().get("sheet").get("parts")) {
            for (JsonNode line : part.get("lines")) {
                if (line.get("code").asString().equals(code)) {
                    return line;
                }
            }
        }
        throw new AssertionError("no line " + code);
    }
}
