package vn.thiduabot.reminder.chat;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.Messenger;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.people.Person;
import vn.thiduabot.reminder.DigestPost;
import vn.thiduabot.reminder.ReminderChannel;

/** Reminders as Telegram messages: queued in the outbox at bulk priority, in the firing's transaction. */
@Component
class ReminderMessages implements ReminderChannel {

    private final Messenger messenger;

    ReminderMessages(Messenger messenger) {
        this.messenger = messenger;
    }

    @Override
    public void send(Person to, String dedupKey, String key, Object... args) {
        messenger.to(to, key, args).key(dedupKey).bulk().send();
    }

    @Override
    public void sendTexts(Person to, String dedupKey, List<String> texts, Button button) {
        Reply.Recipient recipient = new Reply.Recipient(to.chatId(), to.telegramUserId(), to.locale());
        for (int i = 0; i < texts.size(); i++) {
            Reply reply = messenger.toLiteral(recipient, texts.get(i)).key(i == 0 ? dedupKey : dedupKey + ":" + (i + 1)).bulk();
            if (button != null && i == texts.size() - 1) {
                reply.buttonKey(button.labelKey(), button.payload());
            }
            reply.send();
        }
    }

    @Override
    public void sendPost(Person to, String dedupKey, DigestPost post) {
        Reply.Recipient recipient = new Reply.Recipient(to.chatId(), to.telegramUserId(), to.locale());
        List<DigestPost.Part> parts = post.parts();
        for (int i = 0; i < parts.size(); i++) {
            DigestPost.Part part = parts.get(i);
            Reply reply = messenger.toLiteral(recipient, part.text()).key(i == 0 ? dedupKey : dedupKey + ":" + (i + 1)).bulk();
            if (part.photo() != null) {
                reply.attachNewPhoto(part.photo().fileName(), part.photo().png());
            }
            reply.send();
        }
    }
}
