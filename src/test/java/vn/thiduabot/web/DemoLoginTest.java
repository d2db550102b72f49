package vn.thiduabot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import vn.thiduabot.chat.MiniAppLinks;
import vn.thiduabot.support.MutableClock;

/**
 * The console demo's one-time login: the printed address opens the Mini App once, within ten minutes, as the
 * console's own Telegram user; a code copied a second time, or late, or guessed, opens nothing. Outside the console
 * demo there is no such login at all.
 */
class DemoLoginTest {

    static final long CONSOLE_USER = 777_000_001L;
    MutableClock clock = new MutableClock(Instant.parse("2026-11-30T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    WebSettings console = new WebSettings("", Duration.ofHours(1), "", "console:0123456789abcdef", true);
    InitDataVerifier verifier = new InitDataVerifier(console.signingToken(), Duration.ofHours(1), clock);
    MiniAppLinks links = new MiniAppLinks("");
    DemoLogin login;

    @BeforeEach
    void listening() {
        login = started(console);
    }

    @Test
    void the_printed_address_logs_in_once_as_the_console_user() {
        String link = login.link(CONSOLE_USER, "home");
        assertThat(link).startsWith("http://127.0.0.1:40123/app/?screen=home&demo=");
        // the chat's buttons in the console open this machine's page
        assertThat(links.url("assessment")).isEqualTo("http://127.0.0.1:40123/app/?screen=assessment");
        String code = URI.create(link).getQuery().replaceAll(".*demo=", "");

        String initData = login.redeem(new DemoLogin.Code(code)).initData();
        assertThat(verifier.verify(initData)).map(InitDataVerifier.TelegramUser::id).hasValue(CONSOLE_USER);

        assertThatThrownBy(() -> login.redeem(new DemoLogin.Code(code)))
                .isInstanceOfSatisfying(WebRefusal.class, r -> assertThat(r.status()).isEqualTo(401));
    }

    @Test
    void a_code_is_good_for_ten_minutes_and_a_guess_for_nothing() {
        String late = code(login.link(CONSOLE_USER, "home"));
        String onTime = code(login.link(CONSOLE_USER, "assessment"));
        clock.advance(Duration.ofMinutes(10));
        assertThat(login.redeem(new DemoLogin.Code(onTime)).initData()).contains("hash=");
        clock.advance(Duration.ofSeconds(1));
        assertThatThrownBy(() -> login.redeem(new DemoLogin.Code(late))).isInstanceOf(WebRefusal.class);
        assertThatThrownBy(() -> login.redeem(new DemoLogin.Code("00000000000000000000000000000000"))).isInstanceOf(WebRefusal.class);
        assertThatThrownBy(() -> login.redeem(new DemoLogin.Code(null))).isInstanceOf(WebRefusal.class);
    }

    @Test
    void outside_the_console_demo_no_address_is_printed_and_no_code_opens_anything() {
        DemoLogin real = started(new WebSettings("https://thidua.example.edu.vn", Duration.ofHours(1), "", "123:abc", false));
        assertThat(real.link(CONSOLE_USER, "home")).isEmpty();
        assertThatThrownBy(() -> real.redeem(new DemoLogin.Code("anything"))).isInstanceOf(WebRefusal.class);
    }

    private DemoLogin started(WebSettings settings) {
        DemoLogin d = new DemoLogin(settings, new InitDataVerifier(settings.signingToken(), Duration.ofHours(1), clock), clock, links);
        WebServer server = mock(WebServer.class);
        when(server.getPort()).thenReturn(40123);
        WebServerInitializedEvent event = mock(WebServerInitializedEvent.class);
        when(event.getWebServer()).thenReturn(server);
        d.serverStarted(event);
        return d;
    }

    private static String code(String link) {
        return link.replaceAll(".*demo=", "");
    }
}
