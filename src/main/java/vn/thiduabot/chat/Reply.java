package vn.thiduabot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.notification.OutgoingMessage;
import vn.thiduabot.notification.OutgoingMessage.InlineButton;
import vn.thiduabot.notification.OutgoingMessage.ReplyKeyboard;

/** A message being composed for one recipient; {@link #send()} queues it in the outbox. */
public class Reply {

    private final Messenger messenger;
    private final Recipient to;
    private final String text;
    private final List<List<InlineButton>> rows = new ArrayList<>();
    private List<InlineButton> row = new ArrayList<>();
    private ReplyKeyboard keyboard;
    private String idempotencyKey;
    private String editOfKey;
    private OutgoingMessage.FileRef file;
    private boolean sensitive;
    private Outbox.Priority priority = Outbox.Priority.INTERACTIVE;

    Reply(Messenger messenger, Recipient to, String text) {
        this.messenger = messenger;
        this.to = to;
        this.text = text;
    }

    /** An inline button with a literal label; pressing it runs the action that handles the payload's record. */
    public Reply button(String label, ButtonPayload payload) {
        row.add(new InlineButton(label, messenger.issueToken(to, payload)));
        return this;
    }

    /** An inline button whose label is a message key in the recipient's language. */
    public Reply buttonKey(String labelKey, ButtonPayload payload) {
        return button(messenger.texts().get(to.locale(), labelKey), payload);
    }

    /**
     * A button that opens the Mini App at {@code url} inside the chat (a web_app button: no callback comes
     * back to the bot); its label is a message key in the recipient's language. See {@link MiniAppLinks}.
     */
    public Reply webApp(String labelKey, String url) {
        row.add(InlineButton.webApp(messenger.texts().get(to.locale(), labelKey), url));
        return this;
    }

    /** Starts a new row of buttons. */
    public Reply row() {
        if (!row.isEmpty()) {
            rows.add(row);
            row = new ArrayList<>();
        }
        return this;
    }

    /** Shows the one-tap "share my phone number" keyboard. */
    public Reply askContact(String labelKey) {
        keyboard = ReplyKeyboard.requestContact(messenger.texts().get(to.locale(), labelKey));
        return this;
    }

    public Reply removeKeyboard() {
        keyboard = ReplyKeyboard.removeKeyboard();
        return this;
    }

    /** Makes the message idempotent across retries of whatever produced it (e.g. a reminder occurrence). */
    public Reply key(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
        return this;
    }

    /**
     * Replaces the earlier message sent with this idempotency key (its text and buttons) instead of
     * sending a new one, e.g. an approval card that now shows the decision. Give the earlier message
     * a stable {@link #key(String)} when you send it.
     */
    public Reply replacing(String earlierKey) {
        this.editOfKey = earlierKey;
        return this;
    }

    /** Re-sends a file the platform already has (evidence), with this message's text as the caption. */
    public Reply attachExisting(boolean photo, String fileId, String fileName) {
        this.file = new OutgoingMessage.FileRef(photo ? OutgoingMessage.FileRef.Kind.PHOTO : OutgoingMessage.FileRef.Kind.DOCUMENT,
                fileId, fileName, null);
        return this;
    }

    /** Sends a file the bot made (an .xlsx or .docx), with this message's text as the caption. */
    public Reply attachNew(String fileName, byte[] content) {
        this.file = new OutgoingMessage.FileRef(OutgoingMessage.FileRef.Kind.DOCUMENT, null, fileName,
                java.util.Base64.getEncoder().encodeToString(content));
        return this;
    }

    /** Sends a picture the bot drew (a chart, as PNG) as a photo, with this message's text as the caption. */
    public Reply attachNewPhoto(String fileName, byte[] png) {
        this.file = new OutgoingMessage.FileRef(OutgoingMessage.FileRef.Kind.PHOTO, null, fileName,
                java.util.Base64.getEncoder().encodeToString(png));
        return this;
    }

    /**
     * Marks the message as secret (a ballot and the choices on it): once sent, the outbox keeps only a
     * placeholder instead of its text.
     */
    public Reply sensitive() {
        this.sensitive = true;
        return this;
    }

    /**
     * Marks this message as part of a broadcast (a reminder or digest to many people): it waits while
     * answers to people's own actions go out first.
     */
    public Reply bulk() {
        this.priority = Outbox.Priority.BULK;
        return this;
    }

    public Reply with(Consumer<Reply> more) {
        more.accept(this);
        return this;
    }

    /** @return true if queued, false if a message with the same key was queued before */
    public boolean send() {
        row();
        return messenger.enqueue(idempotencyKey, new OutgoingMessage(to.chatId(), text, rows, keyboard, editOfKey, null, file, sensitive),
                priority);
    }

    /** Who a message goes to: the chat, the one user allowed to press its buttons, and their language. */
    public record Recipient(long chatId, long userId, java.util.Locale locale) { }
}
