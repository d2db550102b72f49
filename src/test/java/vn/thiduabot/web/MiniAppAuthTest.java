package vn.thiduabot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thiduabot.people.PersonDirectory;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.StaffMember;
import vn.thiduabot.staff.StaffRepository;
import vn.thiduabot.staff.Team;
import vn.thiduabot.support.BotWebTest;
import vn.thiduabot.support.MutableClock;
import vn.thiduabot.support.SchoolFixture;
import vn.thiduabot.support.WebApp;

/**
 * Who may use the Mini App: only a page Telegram opened for a linked member of staff. A leaked link, a copied or
 * edited initData, one signed by another bot, or one older than an hour gets 401 and learns nothing; a Telegram
 * account nobody linked, or a teacher who has left, gets 403. The server answers nothing but the Mini App.
 */
@BotWebTest
class MiniAppAuthTest {

    static final long HUONG = 9_100_001L;
    static final long STRANGER = 9_100_999L;

    @LocalServerPort int port;
    @Autowired Clock clock;
    @Autowired SchoolFixture school;
    @Autowired PersonDirectory people;
    @Autowired StaffRepository staff;
    @Autowired TransactionTemplate tx;
    WebApp web;
    StaffMember huong;

    @BeforeEach
    void school() {
        school.reset();
        Team toan = school.team("Tổ Toán - Tin");
        huong = school.linked("Bùi Thị Hương", "+84912000004", toan, HUONG, Role.TEACHER);
        web = new WebApp(port, clock);
    }

    @Test
    void a_linked_teacher_gets_her_name_roles_and_the_page_texts_in_her_language() {
        WebApp.Response me = web.get("me", web.initData(HUONG));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("name").asString()).isEqualTo("Bùi Thị Hương");
        assertThat(me.json().get("roles").toString()).isEqualTo("[\"TEACHER\"]");
        assertThat(me.json().get("language").asString()).isEqualTo("vi");
        assertThat(me.json().get("texts").get("web.home.title").asString()).isEqualTo("Phiếu thi đua");
        assertThat(me.headers().firstValue("Cache-Control")).hasValue("no-store");

        people.changeLanguage(huong.getId(), Locale.ENGLISH);
        WebApp.Response english = web.get("me", web.initData(HUONG));
        assertThat(english.json().get("language").asString()).isEqualTo("en");
        assertThat(english.json().get("texts").get("web.home.title").asString()).isEqualTo("Emulation forms");
    }

    @Test
    void no_initData_is_refused_with_a_sentence_that_says_to_open_the_page_from_telegram() {
        WebApp.Response r = web.get("me", null);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.message()).contains("Mở phiếu").contains("Telegram");
        assertThat(r.json().get("key").asString()).isEqualTo("web.error.unauthorized");
    }

    @Test
    void an_edited_initData_is_refused_whatever_was_changed() {
        String genuine = web.initData(HUONG);
        // another user's id with the genuine hash: a teacher trying to act as a colleague
        assertThat(web.get("me", genuine.replace("%3A" + HUONG, "%3A" + (HUONG + 1))).status()).isEqualTo(401);
        // one character of the hash changed
        String hash = genuine.substring(genuine.indexOf("hash=") + 5);
        String flipped = genuine.replace(hash, (hash.charAt(0) == 'a' ? "b" : "a") + hash.substring(1));
        assertThat(web.get("me", flipped).status()).isEqualTo(401);
        // no hash, a field given twice, garbage
        assertThat(web.get("me", genuine.substring(0, genuine.indexOf("&hash="))).status()).isEqualTo(401);
        assertThat(web.get("me", genuine + "&auth_date=1").status()).isEqualTo(401);
        assertThat(web.get("me", "%%%").status()).isEqualTo(401);
        // signed by another bot's token (another school's bot, or a guessed one)
        assertThat(web.get("me", web.initData(HUONG, clock.instant(), "987654:another-bot-token-of-another-school")).status())
                .isEqualTo(401);
        // the genuine one still works
        assertThat(web.get("me", genuine).status()).isEqualTo(200);
    }

    @Test
    void initData_is_good_for_one_hour_and_not_a_second_longer() {
        Instant now = Instant.parse("2026-11-30T03:00:00Z");
        ((MutableClock) clock).set(now);
        assertThat(web.get("me", web.initData(HUONG, now.minus(Duration.ofHours(1)), WebApp.TOKEN)).status()).isEqualTo(200);
        assertThat(web.get("me", web.initData(HUONG, now.minus(Duration.ofHours(1)).minusSeconds(2), WebApp.TOKEN)).status())
                .isEqualTo(401);
        // a phone clock a little ahead is fine; an auth_date far in the future is a forgery that would never expire
        assertThat(web.get("me", web.initData(HUONG, now.plus(Duration.ofMinutes(4)), WebApp.TOKEN)).status()).isEqualTo(200);
        assertThat(web.get("me", web.initData(HUONG, now.plus(Duration.ofMinutes(6)), WebApp.TOKEN)).status()).isEqualTo(401);
    }

    @Test
    void a_telegram_account_linked_to_nobody_or_a_teacher_who_left_gets_403() {
        WebApp.Response stranger = web.get("me", web.initData(STRANGER));
        assertThat(stranger.status()).isEqualTo(403);
        assertThat(stranger.message()).contains("chưa được liên kết");

        tx.executeWithoutResult(s -> staff.findById(huong.getId()).orElseThrow().deactivate(clock.instant()));
        assertThat(web.get("me", web.initData(HUONG)).status()).isEqualTo(403);
    }

    @Test
    void the_server_answers_the_mini_app_only() {
        assertThat(web.raw(get("/actuator/health")).status()).isEqualTo(404);
        assertThat(web.raw(get("/")).status()).isEqualTo(404);
        assertThat(web.raw(get("/telegram/webhook")).status()).isEqualTo(404);
        assertThat(web.get("no-such-thing", web.initData(HUONG)).status()).isEqualTo(404);

        WebApp.Response page = web.raw(get("/app/?screen=assessment"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<script src=\"" + WebApp.STUB_SCRIPT + "\"></script>").contains("app.js");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'");
        assertThat(web.raw(get("/app/app.js")).status()).isEqualTo(200);
        // on a phone's mobile data the scripts travel gzipped
        WebApp.Response zipped = web.raw(HttpRequest.newBuilder(URI.create(web.base() + "/app/app.js")).header("Accept-Encoding", "gzip").GET().build());
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }

    @Test
    void a_body_built_to_exhaust_memory_is_refused_unread_and_the_demo_login_exists_only_in_the_console() {
        String huge = "{\"score\":\"" + "9".repeat(200_000) + "\"}";
        WebApp.Response r = web.raw(HttpRequest.newBuilder(URI.create(web.base() + "/api/app/me"))
                .header("Authorization", "tma " + web.initData(HUONG)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(huge)).build());
        assertThat(r.status()).isEqualTo(413);
        // a school's server has no demo login at all: the address is just unknown
        assertThat(web.raw(HttpRequest.newBuilder(URI.create(web.base() + "/api/app/demo-login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"x\"}")).build())
                .status()).isEqualTo(404);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(web.base() + path)).GET().build();
    }
}
