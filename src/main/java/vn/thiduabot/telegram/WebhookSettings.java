package vn.thiduabot.telegram;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.core.env.PropertyResolver;

/**
 * Webhook mode's settings ({@code thidua.telegram.webhook.*}), checked when read, each mistake told in
 * one plain sentence naming the setting:
 * <pre>
 *  public-url      the HTTPS address Telegram posts to (the reverse proxy), e.g. https://bot.school.edu.vn/telegram/webhook
 *  secret-token    TELEGRAM_WEBHOOK_SECRET: Telegram sends it back in X-Telegram-Bot-Api-Secret-Token
 *  path            where this instance listens for the proxy's requests (default /telegram/webhook)
 *  max-connections how many requests Telegram may have open at once (1..100, default 20)
 *  max-body-bytes  a larger request is refused unread (default 1 MiB; an update is a few KB)
 * </pre>
 * The listen address and port are Spring Boot's {@code server.address}/{@code server.port}, set from
 * {@code thidua.telegram.webhook.listen-address}/{@code listen-port} in application.yml.
 */
record WebhookSettings(URI publicUrl, String secretToken, String path, int maxConnections, int maxBodyBytes) {

    static final String PREFIX = "thidua.telegram.webhook.";
    /** What Telegram accepts as secret_token: 1-256 of these characters; we ask for at least 16. */
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{16,256}");

    WebhookSettings {
        if (secretToken == null || secretToken.isBlank()) {
            throw new IllegalStateException("Webhook mode needs a secret: set TELEGRAM_WEBHOOK_SECRET in the environment"
                    + " (16 to 256 letters, digits, _ or -, e.g. the output of: openssl rand -hex 32).");
        }
        if (!SECRET.matcher(secretToken).matches()) {
            throw new IllegalStateException("TELEGRAM_WEBHOOK_SECRET must be 16 to 256 letters, digits, _ or - (Telegram's rule);"
                    + " make one with: openssl rand -hex 32");
        }
        if (path == null || !path.startsWith("/") || path.contains("*") || path.contains("{")) {
            throw new IllegalStateException(PREFIX + "path must be a plain path starting with /, e.g. /telegram/webhook; was: " + path);
        }
        if (maxConnections < 1 || maxConnections > 100) {
            throw new IllegalStateException(PREFIX + "max-connections must be between 1 and 100 (Telegram's limits), was " + maxConnections);
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalStateException(PREFIX + "max-body-bytes must be at least 1024, was " + maxBodyBytes);
        }
    }

    static WebhookSettings from(PropertyResolver env) {
        String secret = env.getProperty(PREFIX + "secret-token", "");
        return new WebhookSettings(parsePublicUrl(env.getProperty(PREFIX + "public-url", "")), secret.trim(),
                env.getProperty(PREFIX + "path", "/telegram/webhook").trim(),
                integer(env, "max-connections", 20), integer(env, "max-body-bytes", 1_048_576));
    }

    /** Telegram posts only to HTTPS; plain http is accepted for a loopback host (a local Bot API server, the tests). */
    static URI parsePublicUrl(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalStateException("Webhook mode needs " + PREFIX + "public-url: the HTTPS address Telegram posts updates to,"
                    + " e.g. https://bot.school.edu.vn/telegram/webhook (the reverse proxy in front of the bot).");
        }
        URI uri;
        try {
            uri = URI.create(raw.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(PREFIX + "public-url is not a URL: " + raw);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !scheme.equals("https") && !(scheme.equals("http") && isLoopback(uri.getHost()))) {
            throw new IllegalStateException(PREFIX + "public-url must be an https:// address (Telegram posts only over HTTPS), was: " + raw);
        }
        return uri;
    }

    private static boolean isLoopback(String host) {
        try {
            return host.equalsIgnoreCase("localhost") || host.matches("[0-9.:\\[\\]]+") && InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static int integer(PropertyResolver env, String key, int fallback) {
        String v = env.getProperty(PREFIX + key, "").trim();
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(PREFIX + key + " must be a whole number, was: " + v);
        }
    }

    /** For logs: never the secret. */
    @Override
    public String toString() {
        return "WebhookSettings[" + publicUrl + ", path " + path + ", max connections " + maxConnections + "]";
    }
}
