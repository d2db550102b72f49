package vn.thiduabot.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thiduabot.e2e.BotApp;
import vn.thiduabot.telegram.Await;

/**
 * Whoever watches the school's server asks {@code GET http://127.0.0.1:PORT/actuator/health} and reads
 * whether the bot delivers messages and hears Telegram. The whole bot runs against the fake Bot API,
 * with the health endpoint switched on at a free port.
 */
class HealthEndpointTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    record Answer(int code, JsonNode body) { }

    Answer health(int port) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), JSON.readTree(r.body()));
    }

    Answer healthQuietly(int port) {
        try {
            return health(port);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void shows_the_sender_and_the_poller_a_conflict_and_a_dead_sender_thread() throws Exception {
        try (BotApp app = BotApp.startWithOwnFake("--thidua.health.enabled=true", "--thidua.health.port=0")) {
            int port = app.bean(HealthServer.class).port();
            assertThat(port).isPositive();

            Await.until(Duration.ofSeconds(60), () -> "all UP, saw " + healthQuietly(port).body(),
                    () -> healthQuietly(port).code() == 200 && "UP".equals(healthQuietly(port).body().path("status").asString()));
            Answer up = health(port);
            JsonNode sender = up.body().path("components").path("sender");
            assertThat(sender.path("status").asString()).isEqualTo("UP");
            assertThat(sender.path("details").path("running").asBoolean()).isTrue();
            assertThat(sender.path("details").path("lastRound").asString()).isNotEqualTo("never");
            assertThat(sender.path("details").has("pending")).isTrue();
            assertThat(sender.path("details").has("failed")).isTrue();
            JsonNode poller = up.body().path("components").path("poller");
            assertThat(poller.path("status").asString()).isEqualTo("UP");
            assertThat(poller.path("details").path("polling").asBoolean()).isTrue();
            assertThat(poller.path("details").path("conflict").asBoolean()).isFalse();
            assertThat(poller.path("details").path("lastSuccess").asString()).isNotEqualTo("never");

            // a second instance is started with the same token: Telegram answers 409 Conflict for a while
            app.fake().answerNextGetUpdatesWith409(3);
            Await.until(Duration.ofSeconds(60), "the poller reports the conflict",
                    () -> healthQuietly(port).body().path("components").path("poller").path("details").path("conflict").asBoolean());
            Answer conflict = health(port);
            assertThat(conflict.code()).isEqualTo(503);
            assertThat(conflict.body().path("components").path("poller").path("status").asString()).isEqualTo("DOWN");
            assertThat(conflict.body().path("components").path("poller").path("details").path("problem").asString())
                    .contains("another instance");
            Await.until(Duration.ofSeconds(60), "polling works again",
                    () -> "UP".equals(healthQuietly(port).body().path("components").path("poller").path("status").asString()));

            // the sender's thread dies (here: interrupted from outside)
            Thread worker = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().equals("outbox-sender")).findFirst().orElseThrow();
            worker.interrupt();
            worker.join(10_000);

            Answer down = health(port);
            assertThat(down.code()).isEqualTo(503);
            assertThat(down.body().path("status").asString()).isEqualTo("DOWN");
            assertThat(down.body().path("components").path("sender").path("status").asString()).isEqualTo("DOWN");
            assertThat(down.body().path("components").path("sender").path("details").path("running").asBoolean()).isFalse();
            assertThat(down.body().path("components").path("poller").path("status").asString()).isEqualTo("UP");
        }
    }

    @Test
    void a_busy_port_does_not_stop_the_bot_the_endpoint_opens_once_the_port_is_free() throws Exception {
        java.net.ServerSocket previousInstance = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
        int port = previousInstance.getLocalPort();
        try (BotApp app = BotApp.startWithOwnFake("--thidua.health.enabled=true", "--thidua.health.port=" + port,
                "--thidua.health.bind-retry=200ms")) {
            HealthServer server = app.bean(HealthServer.class);
            assertThat(server.port()).as("port still taken").isEqualTo(-1);
            previousInstance.close();
            Await.until(Duration.ofSeconds(60), "the endpoint opens on the freed port", () -> server.port() == port);
            assertThat(health(port).body().path("components").has("sender")).isTrue();
        } finally {
            previousInstance.close();
        }
    }
}
