package vn.thiduabot.notification;

import java.util.List;

/**
 * A message to one chat, already rendered in the recipient's language. Stored as JSON in the outbox.
 *
 * @param inlineButtons rows of inline buttons (callback data is a short server-side token)
 * @param keyboard      reply keyboard change, or null to leave it alone
 */
public record OutgoingMessage(long chatId, String text, List<List<InlineButton>> inlineButtons,
                              ReplyKeyboard keyboard) {

    public OutgoingMessage {
        inlineButtons = inlineButtons == null ? List.of() : List.copyOf(inlineButtons.stream().map(List::copyOf).toList());
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
