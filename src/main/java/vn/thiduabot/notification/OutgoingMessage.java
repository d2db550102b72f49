package vn.thiduabot.notification;

import java.util.List;

/**
 * A message to one chat, already rendered in the recipient's language. Stored as JSON in the outbox.
 *
 * @param inlineButtons rows of inline buttons (callback data is a short server-side token)
 * @param keyboard      reply keyboard change, or null to leave it alone
 * @param editOfKey     when set, this replaces the text and buttons of the earlier outbox message with
 *                      that idempotency key (edited in place, e.g. an approval card showing the decision)
 * @param editMessageId the platform's id of that earlier message; filled in by the sender, never stored
 * @param file          a photo or document to send, with {@code text} as its caption
 */
public record OutgoingMessage(long chatId, String text, List<List<InlineButton>> inlineButtons,
                              ReplyKeyboard keyboard, String editOfKey, Long editMessageId, FileRef file) {

    public OutgoingMessage {
        inlineButtons = inlineButtons == null ? List.of() : List.copyOf(inlineButtons.stream().map(List::copyOf).toList());
    }

    public OutgoingMessage(long chatId, String text, List<List<InlineButton>> inlineButtons, ReplyKeyboard keyboard) {
        this(chatId, text, inlineButtons, keyboard, null, null, null);
    }

    OutgoingMessage editing(Long messageId) {
        return new OutgoingMessage(chatId, text, inlineButtons, keyboard, editOfKey, messageId, file);
    }

    OutgoingMessage asNewMessage() {
        return new OutgoingMessage(chatId, text, inlineButtons, keyboard, null, null, file);
    }

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

    public record InlineButton(String label, String callbackData) { }

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
