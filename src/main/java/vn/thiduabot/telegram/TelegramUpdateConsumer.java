package vn.thiduabot.telegram;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.thiduabot.chat.Incoming;
import vn.thiduabot.chat.UpdateIntake;

/**
 * Hands each update of a getUpdates batch to {@link UpdateIntake}, one at a time and in order, on the
 * polling thread. A pressed button is always answered (answerCallbackQuery, sent asynchronously), even
 * for a duplicate or a failure, so the user's button never keeps spinning.
 *
 * <p>Its {@link #lastHandled()} decides the getUpdates offset: only updates handled here are
 * confirmed to Telegram. Updates skipped while shutting down stay unconfirmed and come back after the
 * restart; those already handled are then recognised by the intake's dedupe.
 *
 * <p>Never throws: in TelegramBots 9.5.0 an exception escaping {@link #consume} cancels the polling
 * task for good (it runs under {@code scheduleAtFixedRate}).
 */
final class TelegramUpdateConsumer implements LongPollingUpdateConsumer {

    private static final Logger log = LoggerFactory.getLogger(TelegramUpdateConsumer.class);
    /** Telegram shows at most 200 characters in a callback answer. */
    private static final int MAX_CALLBACK_TEXT = 200;

    private final UpdateIntake intake;
    private final TelegramClient client;
    private final ReentrantLock handling = new ReentrantLock();
    private final AtomicInteger lastHandled = new AtomicInteger();
    private volatile boolean stopping;

    TelegramUpdateConsumer(UpdateIntake intake, TelegramClient client) {
        this.intake = intake;
        this.client = client;
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
                handle(update);
                lastHandled.accumulateAndGet(update.getUpdateId(), Math::max);
            } catch (RuntimeException | Error e) {
                log.error("Update {} could not be handled; skipped", update.getUpdateId(), e);
                lastHandled.accumulateAndGet(update.getUpdateId(), Math::max);
            } finally {
                handling.unlock();
            }
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

    private void handle(Update update) {
        Optional<Incoming> mapped = UpdateMapper.map(update);
        if (mapped.isEmpty()) {
            log.debug("Update {} ({}) is of a kind the bot ignores", update.getUpdateId(), UpdateMapper.kindOf(update));
            return;
        }
        Incoming in = mapped.get();
        UpdateIntake.Outcome outcome = null;
        try {
            outcome = intake.process(in);
        } finally {
            if (in.kind() == Incoming.Kind.CALLBACK) {
                answerCallback(in, outcome == null ? null : outcome.callbackAnswer(), outcome != null && outcome.alert());
            }
        }
    }

    private void answerCallback(Incoming in, String text, boolean alert) {
        String id = in.callback().id();
        if (id == null) {
            return;
        }
        AnswerCallbackQuery answer = new AnswerCallbackQuery(id);
        if (text != null && !text.isBlank()) {
            answer.setText(text.length() > MAX_CALLBACK_TEXT ? text.substring(0, MAX_CALLBACK_TEXT - 1) + "…" : text);
            answer.setShowAlert(alert);
        }
        // Asynchronous: a round trip to Telegram per press must not hold up the next update.
        // Telegram refuses answers after ~15 s ("query is too old"); the user's action is done anyway.
        try {
            client.executeAsync(answer).whenComplete((ok, e) -> {
                if (e != null) {
                    log.info("Could not answer the button press of update {}: {}", in.updateId(), e.getMessage());
                }
            });
        } catch (TelegramApiException e) {
            log.info("Could not answer the button press of update {}: {}", in.updateId(), e.getMessage());
        }
    }
}
