package vn.thiduabot.notification;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A message to one chat, already rendered in the recipient's language. Stored as JSON in the outbox.
 *
 * @param inlineButtons rows of inline buttons (callback data is a short server-side token; a web_app button opens
 *                      the Mini App at its URL instead)
 * @param keyboard      reply keyboard change, or null to leave it alone
 * @param editOfKey     when set, this replaces the text and buttons of the earlier outbox message with
 *                      that idempotency key (edited in place, e.g. an approval card showing the decision)
 * @param editMessageId the platform's id of that earlier message; filled in by the sender, never stored
 * @param file          a photo or document to send, with {@code text} as its caption
 * @param sensitive     its text must not stay in the outbox once sent (a secret ballot): the stored row
 *                      keeps only a placeholder after delivery
 */
public record OutgoingMessage(long chatId, String text, List<List<InlineButton>> inlineButtons,
                              ReplyKeyboard keyboard, String editOfKey, Long editMessageId, FileRef file, boolean sensitive) {

    public OutgoingMessage {
        inlineButtons = inlineButtons == null ? List.of() : List.copyOf(inlineButtons.stream().map(List::copyOf).toList());
    }

    public OutgoingMessage(long chatId, String text, List<List<InlineButton>> inlineButtons, ReplyKeyboard keyboard) {
        this(chatId, text, inlineButtons, keyboard, null, null, null, false);
    }

    public OutgoingMessage(long chatId, String text, List<List<InlineButton>> inlineButtons,
                           ReplyKeyboard keyboard, String editOfKey, Long editMessageId, FileRef file) {
        this(chatId, text, inlineButtons, keyboard, editOfKey, editMessageId, file, false);
    }

    OutgoingMessage editing(Long messageId) {
        return new OutgoingMessage(chatId, text, inlineButtons, keyboard, editOfKey, messageId, file, sensitive);
    }

    OutgoingMessage asNewMessage() {
        return new OutgoingMessage(chatId, text, inlineButtons, keyboard, null, null, file, sensitive);
    }

    /** What a sensitive message's row keeps once sent: the chat, and a placeholder instead of its text and buttons. */
    static OutgoingMessage redacted(long chatId) {
        return new OutgoingMessage(chatId, REDACTED, List.of(), null, null, null, null, true);
    }

    /** The placeholder text of a sent sensitive message (never shown to anyone). */
    public static final String REDACTED = "[redacted after delivery]";

    /**
     * A file to send: one the platform already has ({@code fileId}, e.g. evidence re-sent to a reviewer),
     * or one the bot made ({@code base64Content}, e.g. an .xlsx report).
     */
    public record FileRef(Kind kind, String fileId, String fileName, String base64Content) {
        public enum Kind { PHOTO, DOCUMENT }
    }

    public static OutgoingMessage text(long chatId, String text) {
        return new OutgoingMessage(chatId, text, List.of(), null);
    }

    /**
     * An inline button: either a callback button ({@code callbackData}, a short server-side token) or a
     * web_app button ({@code webAppUrl}: Telegram opens the Mini App at this HTTPS address inside the chat).
     * Outbox rows written before web_app buttons existed have no {@code webAppUrl} and read as callback buttons;
     * a callback button's JSON still has no such field.
     */
    public record InlineButton(String label, String callbackData,
                               @JsonInclude(JsonInclude.Include.NON_NULL) String webAppUrl) {

        public InlineButton(String label, String callbackData) {
            this(label, callbackData, null);
        }

        /** A button that opens the Mini App at this address. */
        public static InlineButton webApp(String label, String url) {
            return new InlineButton(label, null, url);
        }

        /** True if pressing it opens the Mini App rather than sending a callback to the bot. */
        public boolean opensWebApp() {
            return webAppUrl != null;
        }
    }

    /** A reply keyboard: a one-tap "share my phone number" button, or removal of the keyboard. */
    public record ReplyKeyboard(String contactButtonLabel, boolean remove) {
        public static ReplyKeyboard requestContact(String label) {
            return new ReplyKeyboard(label, false);
        }

        public static ReplyKeyboard removeKeyboard() {
            return new ReplyKeyboard(null, true);
        }
    }
}
