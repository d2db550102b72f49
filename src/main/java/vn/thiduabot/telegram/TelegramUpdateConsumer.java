package vn.thiduabot.telegram;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Hands each update of a getUpdates batch to {@link UpdateHandoff} (the intake, and the answer to a
 * pressed button), one at a time and in order, on the polling thread.
 *
 * <p>Its {@link #lastHandled()} decides the getUpdates offset: only updates handled here are
 * confirmed to Telegram. An update the intake could not save (the database stayed busy through every
 * retry) is handed to it again, and stays unconfirmed until it is saved; the ones after it wait. Updates skipped while shutting down stay unconfirmed and come back after the
 * restart; those already handled are then recognised by the intake's dedupe.
 *
 * <p>Never throws: in TelegramBots 9.5.0 an exception escaping {@link #consume} cancels the polling
 * task for good (it runs under {@code scheduleAtFixedRate}).
 */
final class TelegramUpdateConsumer implements LongPollingUpdateConsumer {

    private static final Logger log = LoggerFactory.getLogger(TelegramUpdateConsumer.class);
    /** Between two rounds of the intake's own retries for an update it could not save. */
    private static final long RETRY_PAUSE_MILLIS = 500;

    private final UpdateHandoff handoff;
    private final ReentrantLock handling = new ReentrantLock();
    private final AtomicInteger lastHandled = new AtomicInteger();
    private volatile boolean stopping;

    TelegramUpdateConsumer(UpdateHandoff handoff) {
        this.handoff = handoff;
    }

    @Override
    public void consume(List<Update> updates) {
        for (Update update : updates) {
            if (stopping) {
                return;
            }
            handling.lock();
            try {
                if (stopping) {
                    return;
                }
                while (!handoff.handOver(update)) {
                    // The database stayed busy through the intake's retries and nothing was saved. TelegramBots
                    // never hands an update id twice to one session, so keep it here, unconfirmed, and try again;
                    // the updates after it wait. If the bot stops meanwhile, it comes again after the restart.
                    if (stopping || !pauseBeforeRetry(update)) {
                        return;
                    }
                }
                lastHandled.accumulateAndGet(update.getUpdateId(), Math::max);
            } finally {
                handling.unlock();
            }
        }
    }
    private boolean pauseBeforeRetry(Update update) {
        log.warn("Update {} is still waiting for the database; trying again", update.getUpdateId());
        try {
            Thread.sleep(RETRY_PAUSE_MILLIS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The id of the last update handled here (0 before the first). */
    int lastHandled() {
        return lastHandled.get();
    }

    /** Stops taking updates and waits for the one being handled, so that shutdown never cuts a transaction short. */
    void stop() {
        stopping = true;
        try {
            if (handling.tryLock(30, TimeUnit.SECONDS)) {
                handling.unlock();
            } else {
                log.warn("An update was still being handled after 30 s; stopping anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean isStopping() {
        return stopping;
    }
}
