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
 * Hands each getUpdates batch to the intake through {@link UpdateHandoff}, in order, on the polling
 * thread: a group of updates in one transaction when it can, one update at a time when that fails.
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

    /**
     * Updates committed together at most ({@code thidua.intake.group-size}); 100, TelegramBots' getUpdates
     * limit, means a whole batch. Measured in IntakeThroughputBenchmark (same run, warm JVM): groups of 16
     * answered 499/s in the closed loop and 587/s in a burst, whole batches 801/s and 1,199/s; a smaller
     * group lets the outbox sender at the one connection sooner, but costs more disk syncs than it saves.
     */
    static final int DEFAULT_GROUP_SIZE = 100;

    private final UpdateHandoff handoff;
    private final int groupSize;
    private final ReentrantLock handling = new ReentrantLock();
    private final AtomicInteger lastHandled = new AtomicInteger();
    private volatile boolean stopping;

    TelegramUpdateConsumer(UpdateHandoff handoff) {
        this(handoff, DEFAULT_GROUP_SIZE);
    }

    TelegramUpdateConsumer(UpdateHandoff handoff, int groupSize) {
        this.handoff = handoff;
        this.groupSize = Math.max(1, groupSize);
    }

    /**
     * The batch in groups of {@code groupSize}, each group in one transaction
     * ({@link UpdateIntake#processTogether}) and confirmed (offset moved past it) only after that commit.
     * If a group fails, nothing of it was saved, and its updates go one at a time as before: a bad one gets
     * its apology, the others their answers.
     */
    @Override
    public void consume(List<Update> updates) {
        for (int from = 0; from < updates.size(); from += groupSize) {
            if (!consumeGroup(updates.subList(from, Math.min(updates.size(), from + groupSize)))) {
                return;
            }
        }
    }

    /** False if the bot began stopping: this group (or its rest) and the groups after it stay unconfirmed. */
    private boolean consumeGroup(List<Update> group) {
        if (stopping) {
            return false;
        }
        handling.lock();
        try {
            if (stopping) {
                return false;
            }
            if (handleTogether(group)) {
                return true;
            }
        } catch (RuntimeException | Error e) {
            if (stopping) {
                log.info("A group of {} updates was cut short by the shutdown ({}); left unconfirmed, it comes again",
                        group.size(), e.toString());
                return false;
            }
            log.error("A group of {} updates could not be handled together; one at a time instead", group.size(), e);
        } finally {
            handling.unlock();
        }
        for (Update update : group) {
            if (stopping) {
                return false;
            }
            handling.lock();
            try {
                if (stopping || !handleUntilSaved(update)) {
                    return false;
                }
            } finally {
                handling.unlock();
            }
        }
        return true;
    }

    /**
     * Handles ONE update to its end: saved (or skipped after a bug), and only then confirmed. For any
     * transport that receives updates one by one.
     *
     * @return false if the bot began stopping before it could be saved (it stays unconfirmed and comes again)
     */
    boolean handleUntilSaved(Update update) {
        try {
            while (!handoff.handOver(update)) {
                // The database stayed busy through the intake's retries and nothing was saved. TelegramBots
                // never hands an update id twice to one session, so keep it here, unconfirmed, and try again;
                // the updates after it wait. If the bot stops meanwhile, it comes again after the restart.
                if (stopping || !pauseBeforeRetry(update)) {
                    return false;
                }
            }
            lastHandled.accumulateAndGet(update.getUpdateId(), Math::max);
        } catch (RuntimeException | Error e) {
            log.error("Update {} could not be handled; skipped", update.getUpdateId(), e);
            lastHandled.accumulateAndGet(update.getUpdateId(), Math::max);
        }
        return true;
    }

    /** True if the whole batch committed together (and is confirmed); false if nothing of it was saved. */
    private boolean handleTogether(List<Update> updates) {
        if (!handoff.handOverTogether(updates)) {
            return false;
        }
        updates.forEach(u -> lastHandled.accumulateAndGet(u.getUpdateId(), Math::max));
        return true;
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
