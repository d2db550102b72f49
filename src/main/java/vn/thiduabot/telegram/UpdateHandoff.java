package vn.thiduabot.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.thiduabot.chat.Incoming;
import vn.thiduabot.chat.UpdateIntake;

/**
 * Hands one Telegram update to {@link UpdateIntake} and answers a pressed button; both transports
 * (long polling: {@link TelegramUpdateConsumer}, webhook: {@link TelegramWebhookEndpoint}) use it.
 *
 * <p>A pressed button is always answered (answerCallbackQuery, sent asynchronously), even for a
 * duplicate or a failure, so the user's button never keeps spinning; except when nothing was saved for
 * it: the press comes again and is answered then (a query can be answered only once).
 */
final class UpdateHandoff {

    private static final Logger log = LoggerFactory.getLogger(UpdateHandoff.class);
    /** Telegram shows at most 200 characters in a callback answer. */
    private static final int MAX_CALLBACK_TEXT = 200;

    private final UpdateIntake intake;
    private final TelegramClient client;

    UpdateHandoff(UpdateIntake intake, TelegramClient client) {
        this.intake = intake;
        this.client = client;
    }

    /**
     * @return true when the bot is done with the update (saved, a duplicate, of a kind it ignores, or
     *         skipped after a bug, which is logged); false when the intake saved nothing for it (the database
     *         stayed busy through every retry, or the bot is shutting down): it must come again.
     */
    boolean handOver(Update update) {
        try {
            return handle(update);
        } catch (RuntimeException | Error e) {
            log.error("Update {} could not be handled; skipped", update.getUpdateId(), e);
            return true;
        }
    }

    /**
     * Several updates in ONE transaction ({@link UpdateIntake#processTogether}), their button presses
     * answered after the commit. False if nothing of them was saved (something failed and all was rolled
     * back): the caller then hands them over one at a time.
     */
    boolean handOverTogether(List<Update> updates) {
        List<Incoming> batch = new ArrayList<>(updates.size());
        for (Update update : updates) {
            UpdateMapper.map(update).ifPresent(batch::add);
        }
        Optional<List<UpdateIntake.Outcome>> outcomes = intake.processTogether(batch);
        if (outcomes.isEmpty()) {
            return false;
        }
        for (int i = 0; i < batch.size(); i++) {
            Incoming in = batch.get(i);
            if (in.kind() == Incoming.Kind.CALLBACK) {
                UpdateIntake.Outcome outcome = outcomes.get().get(i);
                answerCallback(in, outcome.callbackAnswer(), outcome.alert());
            }
        }
        return true;
    }

    private boolean handle(Update update) {
        Optional<Incoming> mapped = UpdateMapper.map(update);
        if (mapped.isEmpty()) {
            log.debug("Update {} ({}) is of a kind the bot ignores", update.getUpdateId(), UpdateMapper.kindOf(update));
            return true;
        }
        Incoming in = mapped.get();
        UpdateIntake.Outcome outcome = null;
        try {
            outcome = intake.process(in);
            return outcome.handled();
        } finally {
            if (in.kind() == Incoming.Kind.CALLBACK && (outcome == null || outcome.handled())) {
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
