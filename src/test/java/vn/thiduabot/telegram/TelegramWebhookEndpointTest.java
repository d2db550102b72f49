package vn.thiduabot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.verifyNoInteractions;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.function.ServerRequest;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.thiduabot.chat.Incoming;
import vn.thiduabot.chat.UpdateIntake;

/**
 * The webhook endpoint's answers, which decide whether Telegram sends an update again: 200 only after
 * the intake saved it, 503 when it saved nothing, 401 without the secret (nothing handed over).
 */
class TelegramWebhookEndpointTest {

    private static final String SECRET = "unit-test-secret-0123456789";
    private static final String TEXT_UPDATE = """
            {"update_id": 41, "message": {"message_id": 7, "date": 1790000000, "text": "/trogiup",
             "chat": {"id": 4242, "type": "private", "first_name": "Hoa"},
             "from": {"id": 4242, "is_bot": false, "first_name": "Hoa"}}}""";

    private final UpdateIntake intake = mock(UpdateIntake.class);
    private final TelegramClient client = mock(TelegramClient.class);
    private final WebhookSettings settings = new WebhookSettings(URI.create("https://bot.school.edu.vn/telegram/webhook"), SECRET,
            "/telegram/webhook", 20, 4096);
    private final WebhookMonitor monitor = new WebhookMonitor(Clock.systemUTC());
    private final TelegramWebhookEndpoint endpoint = new TelegramWebhookEndpoint(settings, new UpdateHandoff(intake, client), monitor);

    private int post(String body, String secret) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/telegram/webhook");
        request.setContentType("application/json");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        if (secret != null) {
            request.addHeader(TelegramWebhookEndpoint.SECRET_HEADER, secret);
        }
        return endpoint.handle(ServerRequest.create(request, List.of())).statusCode().value();
    }

    @Test
    void a_saved_update_is_answered_200_and_reaches_the_intake_once() {
        when(intake.process(any())).thenReturn(new UpdateIntake.Outcome(false, null));

        assertThat(post(TEXT_UPDATE, SECRET)).isEqualTo(200);

        verify(intake).process(any(Incoming.class));
        assertThat(monitor.state().received()).isEqualTo(1);
    }

    @Test
    void an_update_the_busy_database_could_not_save_gets_503_so_telegram_sends_it_again() {
        when(intake.process(any())).thenReturn(new UpdateIntake.Outcome(false, null, false, false));

        assertThat(post(TEXT_UPDATE, SECRET)).isEqualTo(503);
    }

    @Test
    void without_the_secret_or_with_a_wrong_one_nothing_is_handed_over() {
        assertThat(post(TEXT_UPDATE, null)).isEqualTo(401);
        assertThat(post(TEXT_UPDATE, "")).isEqualTo(401);
        assertThat(post(TEXT_UPDATE, SECRET + "x")).isEqualTo(401);
        assertThat(post(TEXT_UPDATE, SECRET.substring(1))).isEqualTo(401);
        assertThat(post(TEXT_UPDATE, SECRET.toUpperCase())).isEqualTo(401);

        verifyNoInteractions(intake, client);
        assertThat(monitor.state().refused()).isEqualTo(5);
    }

    @Test
    void a_body_over_the_limit_is_refused_unread_and_a_malformed_one_gets_400() {
        assertThat(post("{\"update_id\": 1, \"x\": \"" + "a".repeat(5000) + "\"}", SECRET)).isEqualTo(413);
        assertThat(post("not json", SECRET)).isEqualTo(400);
        assertThat(post("[1, 2]", SECRET)).isEqualTo(400);
        assertThat(post("{\"update_id\": \"forty-one\"}", SECRET)).isEqualTo(400);

        verifyNoInteractions(intake);
    }

    @Test
    void an_update_telegrambots_cannot_read_is_skipped_with_200_as_polling_skips_it() {
        assertThat(post("{\"update_id\": 42, \"message\": \"not an object\"}", SECRET)).isEqualTo(200);

        verify(intake, never()).process(any());
    }

    @Test
    void once_stopping_new_updates_get_503_and_are_not_handled() {
        endpoint.stop();

        assertThat(post(TEXT_UPDATE, SECRET)).isEqualTo(503);
        verifyNoInteractions(intake);
    }
}
