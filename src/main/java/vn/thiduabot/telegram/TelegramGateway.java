package vn.thiduabot.telegram;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboard;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardRemove;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.thiduabot.notification.MessageGateway;
import vn.thiduabot.notification.OutgoingMessage;
import vn.thiduabot.notification.SendResult;

/**
 * Delivers outbox messages with sendMessage and says what Telegram thought of each attempt:
 * 429 → wait retry_after; 5xx, timeouts, network errors, unreadable answers → try again later;
 * other 4xx (bad request, bot blocked by the user) → give up.
 */
final class TelegramGateway implements MessageGateway {

    private static final Logger log = LoggerFactory.getLogger(TelegramGateway.class);
    /** Telegram always sends retry_after with a 429; if a proxy does not, wait a little anyway. */
    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(3);

    private final TelegramClient client;

    TelegramGateway(TelegramClient client) {
        this.client = client;
    }

    @Override
    public SendResult send(OutgoingMessage message) {
        SendMessage request = new SendMessage(String.valueOf(message.chatId()), message.text());
        request.setReplyMarkup(markup(message));
        try {
            client.execute(request);
            return SendResult.DELIVERED;
        } catch (TelegramApiException e) {
            return classify(e);
        } catch (RuntimeException e) {
            return new SendResult.Transient(e.toString());
        }
    }

    /**
     * Telegram allows one reply_markup per message. Inline buttons win over a reply-keyboard change:
     * the buttons are the message's point, and no dialog asks for both.
     */
    static ReplyKeyboard markup(OutgoingMessage message) {
        if (!message.inlineButtons().isEmpty()) {
            List<InlineKeyboardRow> rows = new ArrayList<>();
            for (List<OutgoingMessage.InlineButton> row : message.inlineButtons()) {
                InlineKeyboardRow r = new InlineKeyboardRow();
                for (OutgoingMessage.InlineButton b : row) {
                    InlineKeyboardButton button = new InlineKeyboardButton(b.label());
                    button.setCallbackData(b.callbackData());
                    r.add(button);
                }
                if (!r.isEmpty()) {
                    rows.add(r);
                }
            }
            if (message.keyboard() != null) {
                log.debug("Message to chat has inline buttons; its reply-keyboard change is not sent");
            }
            return new InlineKeyboardMarkup(rows);
        }
        OutgoingMessage.ReplyKeyboard keyboard = message.keyboard();
        if (keyboard == null) {
            return null;
        }
        if (keyboard.contactButtonLabel() != null) {
            KeyboardButton share = new KeyboardButton(keyboard.contactButtonLabel());
            share.setRequestContact(true);
            ReplyKeyboardMarkup markup = new ReplyKeyboardMarkup(List.of(new KeyboardRow(share)));
            markup.setResizeKeyboard(true);
            markup.setOneTimeKeyboard(true);
            return markup;
        }
        if (keyboard.remove()) {
            return new ReplyKeyboardRemove(true);
        }
        return null;
    }

    static SendResult classify(TelegramApiException e) {
        if (e instanceof TelegramApiRequestException r && r.getErrorCode() != null && r.getErrorCode() > 0) {
            int code = r.getErrorCode();
            String error = code + " " + (r.getApiResponse() == null ? "" : r.getApiResponse());
            if (code == 429) {
                Integer seconds = r.getParameters() == null ? null : r.getParameters().getRetryAfter();
                return new SendResult.RetryAfter(seconds == null || seconds < 1 ? DEFAULT_RETRY_AFTER : Duration.ofSeconds(seconds));
            }
            if (code >= 500) {
                return new SendResult.Transient(error);
            }
            return new SendResult.Permanent(error);
        }
        if (e instanceof TelegramApiValidationException) {
            return new SendResult.Permanent("invalid message: " + e.getMessage());
        }
        // no error code: network error, timeout, or an answer that was not Telegram's JSON (a proxy's 502 page)
        Throwable cause = e.getCause();
        if (cause instanceof com.fasterxml.jackson.core.JsonProcessingException) {
            return new SendResult.Transient("the answer was not Telegram's JSON (a proxy's error page?)");
        }
        String what = cause instanceof IOException ? cause.toString() : e.getMessage() + (cause == null ? "" : " / " + cause);
        return new SendResult.Transient(what);
    }
}
