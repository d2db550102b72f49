package vn.thiduabot.telegram;

import java.util.Optional;
import org.springframework.core.env.PropertyResolver;

/**
 * How the Telegram transport receives updates ({@code thidua.telegram.mode}): {@code polling} (the
 * default: getUpdates, one instance) or {@code webhook} (Telegram posts each update to an HTTPS
 * reverse proxy, which may spread them over several instances). Read before Spring builds anything:
 * the launcher's start-up checks refuse a wrong setting in one plain sentence, and only webhook mode
 * starts a web server.
 */
public final class TelegramDeployment {

    static final String MODE = "thidua.telegram.mode";

    private TelegramDeployment() {
    }

    /** True if the bot runs on Telegram in webhook mode. */
    public static boolean webhookMode(PropertyResolver env) {
        return "telegram".equals(env.getProperty("thidua.transport", "")) && "webhook".equals(mode(env));
    }

    /** What is wrong with the Telegram settings, in one sentence a technician can act on; empty if nothing. */
    public static Optional<String> problem(PropertyResolver env) {
        if (!"telegram".equals(env.getProperty("thidua.transport", ""))) {
            return Optional.empty();
        }
        String mode = mode(env);
        if (!mode.equals("polling") && !mode.equals("webhook")) {
            return Optional.of(MODE + " must be polling or webhook, was: " + mode);
        }
        if (mode.equals("webhook")) {
            try {
                WebhookSettings.from(env);
            } catch (IllegalStateException e) {
                return Optional.of(e.getMessage());
            }
        }
        return Optional.empty();
    }

    private static String mode(PropertyResolver env) {
        return env.getProperty(MODE, "polling").trim();
    }
}
