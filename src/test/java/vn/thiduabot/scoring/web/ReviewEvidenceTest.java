package vn.thiduabot.scoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.chat.FileFetcher;
import vn.thiduabot.people.PersonDirectory;
import vn.thiduabot.people.Role;
import vn.thiduabot.scoring.Actor;
import vn.thiduabot.scoring.AssessmentService;
import vn.thiduabot.scoring.ReviewService;
import vn.thiduabot.scoring.Stage;
import vn.thiduabot.staff.Team;
import vn.thiduabot.support.BotWebTest;
import vn.thiduabot.support.ClockAt;
import vn.thiduabot.support.MutableClock;
import vn.thiduabot.support.SchoolFixture;
import vn.thiduabot.support.WebApp;

/**
 * Hà Văn Minh opens the PDF Lò Thị Hoa attached to criterion II.1 from his review page: the bytes come from Telegram
 * (here a stand-in for its getFile) through the server, under her file name, shown inline; what Telegram cannot give
 * is answered politely. Its own application (a file fetcher the other web tests have not), closed after the class.
 */
@BotWebTest
@ClockAt("2024-05-06T01:00:00Z")
@Import(ReviewEvidenceTest.Telegram.class)
@DirtiesContext
class ReviewEvidenceTest {

    static final Instant MONDAY = Instant.parse("2024-05-06T01:00:00Z");
    static final long HOA = 9_401;
    static final long SON = 9_402;
    static final long MINH = 9_403;
    static final byte[] PDF = "%PDF-1.7 giấy khen".getBytes(StandardCharsets.UTF_8);

    /** Telegram's files as getFile would give them: by file id; any other id fails as a download does. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Telegram {
        static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();
        static volatile long lastCap;

        @Bean
        FileFetcher telegramFiles() {
            return (fileId, maxBytes) -> {
                lastCap = maxBytes;
                byte[] bytes = FILES.get(fileId);
                if (bytes == null) {
                    throw new IOException("Downloading the file failed: HTTP 400");
                }
                return bytes;
            };
        }
    }

    @LocalServerPort int port;
    @Autowired MutableClock clock;
    @Autowired SchoolFixture school;
    @Autowired PersonDirectory people;
    @Autowired Campaigns campaigns;
    @Autowired AssessmentService workflow;
    @Autowired ReviewService reviews;
    WebApp web;
    long id;

    @BeforeEach
    void school() {
        school.reset();
        clock.set(MONDAY);
        Team toan = school.team("Toán - Tin");
        school.linked("Lò Thị Hoa", "+84912000401", toan, HOA, Role.TEACHER);
        school.linked("Vì Văn Sơn", "+84912000402", toan, SON, Role.TEACHER, Role.TEAM_LEADER);
        school.linked("Hà Văn Minh", "+84912000403", school.team("Văn phòng"), MINH, Role.COUNCIL);
        web = new WebApp(port, clock);
        id = SubmittedSheets.submit(workflow, campaigns, actor(HOA));
        reviews.open(actor(SON), id, Stage.TEAM);
        reviews.teamReviewed(actor(SON), id);
        Telegram.FILES.clear();
    }

    private Actor actor(long telegram) {
        return Actor.of(people.findByTelegramUser(telegram).orElseThrow());
    }

    private long evidenceOf(String code) {
        JsonNode review = web.get("review/" + id, web.initData(MINH)).json();
        for (JsonNode part : review.get("sheet").get("parts")) {
            for (JsonNode line : part.get("lines")) {
                if (line.get("code").asString().equals(code)) {
                    return line.get("evidence").get(0).get("id").asLong();
                }
            }
        }
        throw new AssertionError("no evidence on " + code);
    }

    @Test
    void the_reviewer_gets_the_file_inline_under_its_name_and_nothing_of_telegrams_address() {
        Telegram.FILES.put("doc-II.1", PDF);
        WebApp.Response r = web.get("review/" + id + "/evidence/" + evidenceOf("II.1"), web.initData(MINH));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().getBytes(StandardCharsets.UTF_8)).isEqualTo(PDF);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(r.headers().firstValue("Content-Disposition")).hasValue("inline; filename*=UTF-8''II.1.pdf");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(r.headers().map().toString()).doesNotContain(WebApp.TOKEN).doesNotContain("/file/bot");
        assertThat(Telegram.lastCap).isEqualTo(20L * 1024 * 1024);
    }

    @Test
    void a_file_telegram_cannot_give_is_answered_politely() {
        WebApp.Response r = web.get("review/" + id + "/evidence/" + evidenceOf("II.3"), web.initData(MINH));
        assertThat(r.status()).isEqualTo(502);
        assertThat(r.message()).startsWith("Chưa tải được tệp minh chứng từ Telegram").doesNotContain("HTTP 400");
    }
}
