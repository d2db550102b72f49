package vn.thiduabot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.IndicatedHealthDescriptor;
import org.springframework.boot.health.contributor.Status;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.StaffMember;
import vn.thiduabot.telegram.Await;
import vn.thiduabot.telegram.FakeBotApi;
import vn.thiduabot.telegram.FakeBotApi.RecordedMessage;
import vn.thiduabot.telegram.FakeBotApi.WebhookDelivery;
import vn.thiduabot.telegram.FakeBotApi.WebhookRegistration;
import vn.thiduabot.telegram.FakeUser;

/**
 * Webhook mode end to end: the whole application with {@code thidua.telegram.mode=webhook}, its own
 * web server on 127.0.0.1, the real TelegramBots client, and a {@link FakeBotApi} that posts each update
 * to the registered URL with the secret header, as Telegram does. School year 2026–2027, Trường THCS
 * Nậm Nhùn (fictional); the people are made up.
 */
@EndToEndTest.OwnApp
class WebhookE2eTest extends EndToEndTest {

    private static final String SECRET = "e2e-webhook-secret-0123456789abcdef";
    private static final String MINI_APP = "https://thidua.example.edu.vn";
    private static BotApp webhookApp;
    private static int port;

    @BeforeAll
    static void startInWebhookMode() {
        port = freePort();
        webhookApp = BotApp.startWithOwnFake("--thidua.telegram.mode=webhook",
                "--thidua.telegram.webhook.public-url=" + url("/telegram/webhook"),
                "--thidua.telegram.webhook.secret-token=" + SECRET,
                "--thidua.telegram.webhook.listen-port=" + port,
                "--thidua.web.public-url=" + MINI_APP);
    }

    @AfterAll
    static void stop() {
        if (webhookApp != null) {
            webhookApp.close();
        }
    }

    @BeforeEach
    void useWebhookApp() {
        useApp(webhookApp);
    }

    @Test
    void the_bot_registers_its_webhook_with_the_secret_and_the_update_kinds_it_uses_and_never_polls() {
        WebhookRegistration hook = fake.awaitWebhook(TIMEOUT);

        assertThat(hook.url()).isEqualTo(url("/telegram/webhook"));
        assertThat(hook.secretToken()).isEqualTo(SECRET);
        assertThat(hook.allowedUpdates()).containsExactly("message", "callback_query");
        assertThat(hook.maxConnections()).isEqualTo(20);
        assertThat(fake.getUpdatesCalls()).as("no getUpdates loop in webhook mode").isZero();
        assertThat(fake.deleteWebhookCalls()).isZero();
        assertThat(fake.awaitCommandMenu("", TIMEOUT).names()).contains("trogiup");
    }

    @Test
    void a_teacher_links_her_account_and_asks_for_her_status() {
        StaffMember lan = seedStaff("Lò Thị Lan", "Tổ Khoa học Tự nhiên", Role.TEACHER);
        FakeUser user = newUser("Lan");

        fake.userSends(user, "/start");
        assertThat(awaitReply(user, vi("link.welcome")).requestsContact()).isTrue();
        fake.userSharesContact(user, lan.getPhone().substring(1), user.id());
        assertThat(awaitReply(user).text()).startsWith("Xin chào Lò Thị Lan!");

        int status = fake.userSends(user, "/trangthai");

        assertThat(awaitReply(user).text()).startsWith(vi("status.header", "").strip());
        fake.awaitWebhookAccepted(status, TIMEOUT);
        assertThat(reload(lan).getTelegramUserId()).isEqualTo(user.id());
        assertThat(fake.getUpdatesCalls()).isZero();
    }

    @Test
    void a_button_press_through_the_webhook_is_answered_and_takes_effect() {
        FakeUser tien = newUser("Tiến");
        StaffMember member = seedLinked(tien, "Lường Văn Tiến", Role.TEACHER);
        fake.userSends(tien, "/ngonngu");
        RecordedMessage choose = awaitReply(tien);

        String press = fake.userPresses(tien, choose, vi("language.en"));

        assertThat(fake.awaitCallbackAnswer(press, TIMEOUT).text()).isEqualTo(en("language.changed"));
        awaitReply(tien, en("language.changed"));
        assertThat(reload(member).getLanguage()).isEqualTo("en");
    }

    @Test
    void a_request_without_the_secret_or_with_a_wrong_one_is_refused_and_saves_nothing() {
        FakeUser cuong = newUser("Cường");
        seedLinked(cuong, "Quàng Văn Cường", Role.TEACHER);
        fake.holdUpdates(); // the fake keeps this update; only the forged requests below reach the bot for now
        int id = fake.userSends(cuong, "/trogiup");
        byte[] body = fake.updateJson(id);

        assertThat(fake.postToWebhook(body, null)).isEqualTo(401);
        assertThat(fake.postToWebhook(body, "wrong-secret-0123456789abcdef")).isEqualTo(401);
        assertThat(fake.postToWebhook(body, SECRET.substring(0, SECRET.length() - 1))).isEqualTo(401);
        awaitOutboxDrained(cuong.chatId()); // the refusals were synchronous: nothing reached the intake
        fake.assertNoMoreMessagesTo(cuong.chatId(), Duration.ZERO);

        // not even the dedupe record was written: the genuine delivery is answered
        fake.releaseUpdates();
        assertThat(awaitReply(cuong).text()).startsWith(vi("help.header", "Quàng Văn Cường"));
        assertNoMoreReplies(cuong);
    }

    @Test
    void the_same_update_posted_twice_is_answered_once() {
        FakeUser hang = newUser("Hằng");
        seedLinked(hang, "Điêu Thị Hằng", Role.TEACHER);
        int id = fake.userSends(hang, "/trogiup");
        assertThat(awaitReply(hang).text()).startsWith(vi("help.header", "Điêu Thị Hằng"));
        fake.awaitWebhookAccepted(id, TIMEOUT);

        fake.redeliver(id); // as Telegram does when it did not get the 200 in time

        Await.until(TIMEOUT, "the second delivery to be accepted",
                () -> fake.webhookDeliveries().stream().filter(d -> d.updateId() == id && d.status() == 200).count() == 2);
        assertNoMoreReplies(hang);
    }

    @Test
    void a_malformed_or_oversized_body_is_refused_with_a_plain_log_line() {
        fake.awaitWebhook(TIMEOUT);
        try (LogCapture log = LogCapture.of("vn.thiduabot")) {
            assertThat(fake.postToWebhook("{\"update_id\": 12, \"message\": ".getBytes(StandardCharsets.UTF_8), SECRET)).isEqualTo(400);
            assertThat(fake.postToWebhook("{\"hello\": \"thầy cô\"}".getBytes(StandardCharsets.UTF_8), SECRET)).isEqualTo(400);
            assertThat(fake.postToWebhook(new byte[0], SECRET)).isEqualTo(400);
            assertThat(fake.postToWebhook(new byte[2 * 1024 * 1024], SECRET)).isEqualTo(413);

            assertThat(log.messages(Level.ERROR)).isEmpty();
            assertThat(log.events()).allSatisfy(e -> assertThat(e.getThrowableProxy()).isNull());
            assertThat(log.messages(Level.WARN)).anyMatch(m -> m.contains("not a Telegram update"));
        }
    }

    @Test
    void an_update_sent_while_the_instance_is_down_arrives_once_it_is_back_and_stopping_keeps_the_webhook() {
        FakeUser nam = newUser("Nam");
        seedLinked(nam, "Lò Văn Nam", Role.TEACHER);
        fake.awaitWebhook(TIMEOUT);

        webhookApp.stop(); // a redeploy: the other instances behind the proxy would keep serving
        assertThat(fake.deleteWebhookCalls()).isZero();
        assertThat(fake.currentWebhook()).isNotNull();
        int id = fake.userSends(nam, "/trogiup");
        Await.until(TIMEOUT, "a delivery to fail while the bot is down",
                () -> fake.webhookDeliveries().stream().anyMatch(d -> d.updateId() == id && d.status() != 200));

        webhookApp.start();
        useApp(webhookApp);

        assertThat(awaitReply(nam).text()).startsWith(vi("help.header", "Lò Văn Nam"));
        assertNoMoreReplies(nam);
    }

    @Test
    void health_shows_the_webhook_instead_of_polling_and_the_web_server_serves_nothing_but_the_webhook_and_the_mini_app() throws Exception {
        fake.awaitWebhook(TIMEOUT);
        HealthEndpoint health = app.bean(HealthEndpoint.class);
        Await.until(TIMEOUT, "the webhook to be UP", () -> Status.UP.equals(health.healthForPath("webhook").getStatus()));

        IndicatedHealthDescriptor webhook = (IndicatedHealthDescriptor) health.healthForPath("webhook");
        assertThat(webhook.getDetails()).containsEntry("url", url("/telegram/webhook")).containsEntry("registered", true)
                .doesNotContainValue(SECRET);
        assertThat(health.healthForPath("poller")).isNull();

        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of("/actuator/health", "/", "/error")) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
        }
        // the Mini App shares the web server: its page and API answer, its API only with Telegram's initData
        assertThat(http.send(HttpRequest.newBuilder(URI.create(url("/app/"))).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(200);
        assertThat(http.send(HttpRequest.newBuilder(URI.create(url("/api/app/me"))).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(401);
        assertThat(fake.awaitDefaultMenuButton(TIMEOUT).webAppUrl()).isEqualTo(MINI_APP + "/app/?screen=home");
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(url("/telegram/webhook")))
                .header(FakeBotApi.SECRET_HEADER, SECRET).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(fake.webhookDeliveries()).extracting(WebhookDelivery::status).doesNotContain(500);
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
