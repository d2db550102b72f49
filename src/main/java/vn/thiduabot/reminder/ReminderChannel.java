package vn.thiduabot.reminder;

import java.util.List;
import vn.thiduabot.chat.ButtonPayload;
import vn.thiduabot.people.Person;

/**
 * How a reminder reaches a person. The reminder root decides who gets what (and records it); the chat
 * side puts the messages in the outbox, in the firing's transaction, at bulk priority.
 */
public interface ReminderChannel {

    /** A button under a reminder: its label's message key and what a press does. */
    record Button(String labelKey, ButtonPayload payload) { }

    /** A message from a key and its arguments, in the person's language; {@code dedupKey} makes it once only. */
    void send(Person to, String dedupKey, String key, Object... args);

    /**
     * Already composed texts (in the person's language), in order: the first under {@code dedupKey}, the
     * next ones under {@code dedupKey:2}, {@code :3}…; the button, if any, under the last.
     */
    void sendTexts(Person to, String dedupKey, List<String> texts, Button button);

    /**
     * A digest's messages in order (texts, and a photo with its caption), keyed as {@link #sendTexts} keys them.
     */
    void sendPost(Person to, String dedupKey, DigestPost post);
}
