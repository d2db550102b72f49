package vn.thiduabot.web;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import org.springframework.core.env.Environment;

/**
 * The Mini App's settings ({@code thidua.web.*}, application.yml explains each).
 *
 * @param signingToken the bot token (initData is signed with a key derived from it); the console demo, which
 *                     has no token, makes a random one per run, known only to this process
 */
record WebSettings(String publicUrl, Duration initDataMaxAge, String telegramScript, String signingToken, boolean consoleDemo) {

    static WebSettings from(Environment env) {
        boolean console = MiniAppWebServer.consoleDemo(env);
        String token = env.getProperty("thidua.telegram.token", "");
        if (token.isBlank() && console) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            token = "console:" + HexFormat.of().formatHex(random);
        }
        if (token.isBlank()) {
            throw new IllegalStateException("thidua.web.public-url is set, but the bot token (TELEGRAM_BOT_TOKEN) is not:"
                    + " the Mini App checks every request's initData with it");
        }
        String script = env.getProperty("thidua.web.telegram-script", "https://telegram.org/js/telegram-web-app.js");
        return new WebSettings(env.getProperty("thidua.web.public-url", "").strip(),
                env.getProperty("thidua.web.init-data-max-age", Duration.class, Duration.ofHours(1)),
                console && !env.containsProperty("thidua.web.telegram-script") ? "" : script, token, console);
    }
}
