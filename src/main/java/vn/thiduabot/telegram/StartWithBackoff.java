package vn.thiduabot.telegram;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Tries a transport's start-up step (registering the poller, setting the webhook) until it succeeds or
 * the bot stops: Telegram or the network may be down when the bot starts, and the bot must come up
 * by itself once they are back. The pause doubles from 1 s up to a minute; the trouble is logged once
 * per start, not at every attempt.
 */
final class StartWithBackoff {

    static final long FIRST_PAUSE_MILLIS = 1000;
    static final long MAX_PAUSE_MILLIS = 60_000;

    /** One attempt; throws if it did not succeed. */
    interface Step {
        void attempt() throws TelegramApiException;
    }

    private StartWithBackoff() {
    }

    /**
     * @param what     what is being started, for the log ("start polling Telegram", "set the webhook")
     * @param server   the Bot API server, for the log
     * @param failed   told of every failed attempt (to undo a half-done registration, or for the health check)
     */
    static void run(Logger log, String what, String server, BooleanSupplier stopping, Step step, Consumer<Exception> failed) {
        long pause = FIRST_PAUSE_MILLIS;
        boolean reported = false;
        while (!stopping.getAsBoolean()) {
            try {
                step.attempt();
                return;
            } catch (TelegramApiException | RuntimeException e) {
                failed.accept(e);
                if (stopping.getAsBoolean()) {
                    return;
                }
                if (!reported) {
                    reported = true;
                    log.warn("Could not {} at {} ({}); retrying with backoff", what, server, e.getMessage());
                }
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
                pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
            }
        }
    }
}
