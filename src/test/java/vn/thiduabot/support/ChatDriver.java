package vn.thiduabot.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import vn.thiduabot.chat.Incoming;
import vn.thiduabot.chat.UpdateIntake;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.notification.OutgoingMessage;

/**
 * Drives the bot at intake level the way a person in a private chat would: sends texts, files, photos and
 * contacts through {@link UpdateIntake#process}, presses inline buttons by their label, and reads back what
 * the bot queued for a chat from the {@link Outbox}. In a private chat the chat id is the user id.
 */
public final class ChatDriver {

    /** Update ids for the whole JVM, so two drivers (or two test classes) never reuse one. */
    private static final AtomicLong UPDATES = new AtomicLong(1_000_000);

    private final UpdateIntake intake;
    private final Outbox outbox;

    public ChatDriver(UpdateIntake intake, Outbox outbox) {
        this.intake = intake;
        this.outbox = outbox;
    }

    /** A fresh update id, for a test that builds its own {@link Incoming}. */
    public static long nextUpdateId() {
        return UPDATES.incrementAndGet();
    }

    // --- what the user does -------------------------------------------------------------------------

    /** Hands any update to the intake. */
    public UpdateIntake.Outcome process(Incoming incoming) {
        return intake.process(incoming);
    }

    /** The user types this text (or command) in the private chat. */
    public UpdateIntake.Outcome says(long user, String text) {
        return intake.process(Incoming.text(nextUpdateId(), user, user, text));
    }

    /** The user sends a document; its bytes, if any are fetched, are the test's {@code FileFetcher}'s business. */
    public UpdateIntake.Outcome sendsDocument(long user, String caption, String fileId, String fileName, String mime, long size) {
        return intake.process(new Incoming(nextUpdateId(), user, user, true, null, null, null, Incoming.Kind.DOCUMENT,
                caption, null, new Incoming.Attachment(fileId, fileName, mime, size), null));
    }

    /** The user sends a photo (no caption, no file name). */
    public UpdateIntake.Outcome sendsPhoto(long user, String fileId, String mime, long size) {
        return intake.process(new Incoming(nextUpdateId(), user, user, true, null, null, null, Incoming.Kind.PHOTO,
                null, null, new Incoming.Attachment(fileId, null, mime, size), null));
    }

    /** The user presses the button with this label on the latest message that has one; returns the callback answer. */
    public String presses(long user, String label) {
        return pressToken(user, token(latestWith(user, label), label));
    }

    /**
     * The user presses the first button matching {@code which} on the latest message that has one;
     * {@code what} names the button in the failure message. Returns the callback answer.
     */
    public String pressesFirst(long user, Predicate<OutgoingMessage.InlineButton> which, String what) {
        OutgoingMessage m = latestWith(user, which, what);
        return pressToken(user, buttons(m).stream().filter(which).findFirst().orElseThrow().callbackData());
    }

    /** The user presses a button carrying this callback token, on message id 1; returns the callback answer. */
    public String pressToken(long user, String token) {
        return pressToken(user, token, 1);
    }

    /** The user presses a button carrying this callback token on the given message id (may be null); returns the answer. */
    public String pressToken(long user, String token, Integer messageId) {
        long update = nextUpdateId();
        return intake.process(new Incoming(update, user, user, true, null, null, null, Incoming.Kind.CALLBACK,
                null, null, null, new Incoming.Callback("cb" + update, token, messageId))).callbackAnswer();
    }

    // --- what the bot sent --------------------------------------------------------------------------

    /** Everything queued for this chat, oldest first. */
    public List<OutgoingMessage> sent(long chat) {
        return outbox.queuedFor(chat);
    }

    /** The newest message queued for this chat; fails if there is none. */
    public OutgoingMessage last(long chat) {
        List<OutgoingMessage> all = sent(chat);
        assertThat(all).as("messages to " + chat).isNotEmpty();
        return all.get(all.size() - 1);
    }

    /** The text of {@link #last}. */
    public String lastText(long chat) {
        return last(chat).text();
    }

    /** The text of the message before the newest one. */
    public String previousText(long chat) {
        List<OutgoingMessage> all = sent(chat);
        return all.get(all.size() - 2).text();
    }

    /** The newest message to this chat with a button of this label; fails, listing the texts sent, if none has. */
    public OutgoingMessage latestWith(long chat, String label) {
        return latestWith(chat, b -> b.label().equals(label), label);
    }

    private OutgoingMessage latestWith(long chat, Predicate<OutgoingMessage.InlineButton> which, String what) {
        List<OutgoingMessage> all = sent(chat);
        return all.stream().filter(m -> buttons(m).stream().anyMatch(which)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no button " + what + " for " + chat + " in "
                        + all.stream().map(OutgoingMessage::text).toList()));
    }

    /** The labels of a message's inline buttons, row by row. */
    public static List<String> labels(OutgoingMessage m) {
        return buttons(m).stream().map(OutgoingMessage.InlineButton::label).toList();
    }

    /** The callback token of the first button with this label on the message. */
    public static String token(OutgoingMessage m, String label) {
        return buttons(m).stream().filter(b -> b.label().equals(label)).findFirst().orElseThrow().callbackData();
    }

    private static List<OutgoingMessage.InlineButton> buttons(OutgoingMessage m) {
        return m.inlineButtons().stream().flatMap(List::stream).toList();
    }
}
