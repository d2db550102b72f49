package vn.thiduabot.telegram;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageCaption;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboard;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.thiduabot.notification.MessageGateway;
import vn.thiduabot.notification.OutgoingMessage;
import vn.thiduabot.notification.SendResult;

/**
 * Delivers outbox messages (sendMessage; sendPhoto/sendDocument for a file, the text as caption;
 * editMessageText/editMessageCaption for an edit in place) and says what Telegram thought of each attempt.
 * A text over Telegram's limit goes out as several messages in order ({@link TextParts}), the buttons
 * or keyboard on the last part; a caption over its limit continues in text messages after the file.
 * Attempts are classified:
 * 429 → wait retry_after; 5xx, timeouts, network errors, unreadable answers → try again later;
 * other 4xx (bad request, bot blocked by the user) → give up.
 */
final class TelegramGateway implements MessageGateway {

    private static final Logger log = LoggerFactory.getLogger(TelegramGateway.class);
    /** Telegram always sends retry_after with a 429; if a proxy does not, wait a little anyway. */
    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(3);
    static final int MAX_CAPTION = TextParts.MAX_CAPTION;

    private final TelegramClient client;
    private final TextParts.Progress progress = new TextParts.Progress();

    TelegramGateway(TelegramClient client) {
        this.client = client;
    }

    @Override
    public SendResult send(OutgoingMessage message) {
        try {
            if (message.editMessageId() != null) {
                return edit(message);
            }
            Message sent = message.file() != null ? sendFile(message) : sendText(message);
            return new SendResult.Delivered(sent == null || sent.getMessageId() == null ? null : sent.getMessageId().longValue());
        } catch (TelegramApiException e) {
            SendResult result = classify(e);
            if (result instanceof SendResult.Permanent) {
                progress.forget(progressKey(message)); // not retried: a later message of the same text starts afresh
            }
            return result;
        } catch (RuntimeException e) {
            return new SendResult.Transient(e.toString());
        }
    }

    private Message sendText(OutgoingMessage message) throws TelegramApiException {
        return sendParts(message, TextParts.split(message.text(), TextParts.MAX_MESSAGE), 0);
    }

    /**
     * Sends the parts in order as text messages, the reply markup on the last; {@code first} is the
     * number of steps of this message before them (a file, an edit). Returns the last part sent.
     */
    private Message sendParts(OutgoingMessage message, List<String> parts, int first) throws TelegramApiException {
        String key = progressKey(message);
        Message last = null;
        for (int i = Math.max(0, progress.done(key) - first); i < parts.size(); i++) {
            SendMessage request = new SendMessage(String.valueOf(message.chatId()), parts.get(i));
            if (i == parts.size() - 1) {
                request.setReplyMarkup(ReplyMarkups.of(message));
            }
            last = client.execute(request);
            progress.record(key, first + i + 1);
        }
        progress.forget(key);
        return last;
    }

    private static String progressKey(OutgoingMessage message) {
        String text = message.text() == null ? "" : message.text();
        return message.chatId() + "|" + message.editMessageId() + "|" + text.length() + "|" + text.hashCode();
    }

    /**
     * A photo or document, with the message's text as its caption; a text too long for a caption
     * continues in messages after the file, which then carry the buttons.
     */
    private Message sendFile(OutgoingMessage message) throws TelegramApiException {
        String text = message.text() == null ? "" : message.text();
        String[] caption = TextParts.head(text, MAX_CAPTION);
        boolean continued = !caption[1].isBlank();
        String key = progressKey(message);
        Message sent = null;
        if (progress.done(key) == 0) {
            sent = sendFile(message, caption[0], continued ? null : ReplyMarkups.of(message));
            if (!continued) {
                return sent;
            }
            progress.record(key, 1);
        }
        return sendParts(message, TextParts.split(caption[1], TextParts.MAX_MESSAGE), 1);
    }

    private Message sendFile(OutgoingMessage message, String caption, ReplyKeyboard markup) throws TelegramApiException {
        OutgoingMessage.FileRef file = message.file();
        InputFile input = file.fileId() != null ? new InputFile(file.fileId())
                : new InputFile(new ByteArrayInputStream(Base64.getDecoder().decode(file.base64Content())),
                        file.fileName() == null ? "file" : file.fileName());
        String chat = String.valueOf(message.chatId());
        if (file.kind() == OutgoingMessage.FileRef.Kind.PHOTO) {
            SendPhoto photo = new SendPhoto(chat, input);
            photo.setCaption(caption.isEmpty() ? null : caption);
            photo.setReplyMarkup(markup);
            return client.execute(photo);
        }
        SendDocument document = new SendDocument(chat, input);
        document.setCaption(caption.isEmpty() ? null : caption);
        document.setReplyMarkup(markup);
        return client.execute(document);
    }

    /**
     * Replaces the text (or a file's caption) and the buttons of a delivered message. "Not modified" is
     * success; a message Telegram no longer lets us edit is sent again as a new message, so the change
     * is not lost. A new text too long for one message: the message keeps the first part (without
     * buttons) and the rest follows as new messages, the buttons on the last.
     */
    private SendResult edit(OutgoingMessage message) throws TelegramApiException {
        int messageId = message.editMessageId().intValue();
        String chat = String.valueOf(message.chatId());
        String[] head = TextParts.head(message.text() == null ? "" : message.text(),
                message.file() != null ? MAX_CAPTION : TextParts.MAX_MESSAGE);
        boolean continued = !head[1].isBlank();
        InlineKeyboardMarkup buttons = message.inlineButtons().isEmpty() || continued ? null : (InlineKeyboardMarkup) ReplyMarkups.of(message);
        String key = progressKey(message);
        try {
            if (progress.done(key) == 0) {
                if (message.file() != null) {
                    client.execute(EditMessageCaption.builder().chatId(chat).messageId(messageId)
                            .caption(head[0]).replyMarkup(buttons).build());
                } else {
                    EditMessageText edit = new EditMessageText(head[0]);
                    edit.setChatId(chat);
                    edit.setMessageId(messageId);
                    edit.setReplyMarkup(buttons);
                    client.execute(edit);
                }
            }
        } catch (TelegramApiRequestException e) {
            String description = e.getApiResponse() == null ? "" : e.getApiResponse().toLowerCase(java.util.Locale.ROOT);
            if (e.getErrorCode() == null || e.getErrorCode() != 400) {
                throw e;
            }
            if (!description.contains("not modified")) {
                log.info("Telegram refused to edit message {} ({}); sending it as a new message", messageId, e.getApiResponse());
                OutgoingMessage fresh = new OutgoingMessage(message.chatId(), message.text(), message.inlineButtons(),
                        message.keyboard(), null, null, message.file());
                return send(fresh);
            }
        }
        if (!continued) {
            return new SendResult.Delivered(message.editMessageId());
        }
        progress.record(key, Math.max(1, progress.done(key)));
        sendParts(message, TextParts.split(head[1], TextParts.MAX_MESSAGE), 1);
        return new SendResult.Delivered(message.editMessageId());
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
