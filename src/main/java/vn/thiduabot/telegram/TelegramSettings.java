package vn.thiduabot.telegram;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * Where the Bot API is and how to talk to it: the token (secret, never logged), the base URL
 * (the public Bot API, an on-premise Bot API server, or the fake one in tests) and the long-poll timeout.
 */
record TelegramSettings(String token, TelegramUrl url, int longPollSeconds) {

    TelegramSettings {
        if (token == null || token.isBlank()) {
            throw new IllegalStateException("thidua.telegram.token is empty: set TELEGRAM_BOT_TOKEN to the token BotFather gave you"
                    + " (or start the bot with --console to try it without Telegram)");
        }
        if (longPollSeconds < 0 || longPollSeconds > 100) {
            throw new IllegalStateException("thidua.telegram.long-poll-seconds must be between 0 and 100, was " + longPollSeconds);
        }
    }

    static TelegramSettings of(String token, String apiUrl, int longPollSeconds) {
        return new TelegramSettings(token == null ? null : token.trim(), parseUrl(apiUrl), longPollSeconds);
    }

    /** "https://api.telegram.org", "http://127.0.0.1:8081" ... A path is not supported by TelegramBots' TelegramUrl. */
    static TelegramUrl parseUrl(String apiUrl) {
        String raw = apiUrl == null || apiUrl.isBlank() ? "https://api.telegram.org" : apiUrl.trim();
        URI uri;
        try {
            uri = URI.create(raw);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("thidua.telegram.api-url (TELEGRAM_API_URL) is not a URL: " + raw, e);
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
            throw new IllegalStateException("thidua.telegram.api-url (TELEGRAM_API_URL) must look like https://host[:port], was: " + raw);
        }
        String path = uri.getPath();
        if (path != null && !path.isEmpty() && !path.equals("/")) {
            throw new IllegalStateException("thidua.telegram.api-url (TELEGRAM_API_URL) must not have a path (" + path
                    + "): the Bot API is expected at the server's root, e.g. https://host:8081");
        }
        int port = uri.getPort() > 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return new TelegramUrl(scheme, uri.getHost(), port, false);
    }

    /** How long a getUpdates call may take before the client gives up on it: the long poll plus a margin. */
    Duration pollReadTimeout() {
        return Duration.ofSeconds(longPollSeconds + 15L);
    }

    /** For logs: the server, never the token. */
    String describeServer() {
        return url.getSchema() + "://" + url.getHost() + ":" + url.getPort();
    }

    @Override
    public String toString() {
        return "TelegramSettings[" + describeServer() + ", long poll " + longPollSeconds + " s]";
    }
}
