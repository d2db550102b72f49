package vn.thiduabot.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.thiduabot.chat.MiniAppLinks;

/**
 * The console demo's way into the Mini App from a desktop browser, where no Telegram signs an initData: the
 * console prints a local address with a one-time code ({@link #link}); the page trades the code, once, within
 * ten minutes, for an initData this process signs for the console's own Telegram user. After that the page is
 * exactly what Telegram would show: the same checks, the same person. Only in the console demo, whose web
 * server listens on the loopback address.
 */
@RestController
@Conditional(DemoLogin.ConsoleDemo.class)
public class DemoLogin {

    static final String PATH = "/api/app/demo-login";
    static final Duration CODE_LIFETIME = Duration.ofMinutes(10);

    private final WebSettings settings;
    private final InitDataVerifier signer;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Pending> codes = new ConcurrentHashMap<>();
    private volatile int port;

    private final MiniAppLinks links;

    DemoLogin(WebSettings settings, InitDataVerifier signer, Clock clock, MiniAppLinks links) {
        this.settings = settings;
        this.signer = signer;
        this.clock = clock;
        this.links = links;
    }

    /** In the console demo the chat's "open the form" buttons point at this machine's page. */
    @EventListener
    void serverStarted(WebServerInitializedEvent event) {
        port = event.getWebServer().getPort();
        if (settings.consoleDemo()) {
            links.useLocalAddress(localBase());
        }
    }

    /** The page's local address (http://127.0.0.1:PORT), once the server listens; empty outside the console demo. */
    public String localBase() {
        return settings.consoleDemo() && port > 0 ? "http://127.0.0.1:" + port : "";
    }

    /** A one-time address that opens the Mini App as this Telegram user (the console's); empty outside the console demo. */
    public String link(long telegramUserId, String screen) {
        if (localBase().isEmpty()) {
            return "";
        }
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String code = HexFormat.of().formatHex(bytes);
        codes.put(code, new Pending(telegramUserId, clock.instant().plus(CODE_LIFETIME)));
        return localBase() + WebConfig.PAGE + "?screen=" + screen + "&demo=" + code;
    }

    @PostMapping(PATH)
    Signed redeem(@RequestBody Code body) {
        Pending pending = settings.consoleDemo() && body != null && body.code() != null ? codes.remove(body.code()) : null;
        if (pending == null || clock.instant().isAfter(pending.until())) {
            throw new WebRefusal(401, "web.error.demo-code");
        }
        String user = "{\"id\":" + pending.telegramUserId() + ",\"first_name\":\"Demo\",\"language_code\":\"vi\"}";
        return new Signed(signer.sign(Map.of("auth_date", Long.toString(clock.instant().getEpochSecond()), "user", user)));
    }

    /** Only the console demo has this login; on a school's server the endpoint does not exist. */
    static final class ConsoleDemo implements org.springframework.context.annotation.Condition {
        @Override
        public boolean matches(org.springframework.context.annotation.ConditionContext context,
                               org.springframework.core.type.AnnotatedTypeMetadata metadata) {
            return MiniAppWebServer.consoleDemo(context.getEnvironment());
        }
    }

    record Code(String code) { }

    record Signed(String initData) { }

    private record Pending(long telegramUserId, Instant until) { }
}
