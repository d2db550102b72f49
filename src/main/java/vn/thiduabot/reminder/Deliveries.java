package vn.thiduabot.reminder;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import vn.thiduabot.chat.ChatUser;
import vn.thiduabot.chat.Messenger;
import vn.thiduabot.chat.Reply;

/**
 * Sends one occurrence's messages, each person at most once, in the firing transaction: the
 * delivery row and the outbox row commit together. Notices skip people who muted them.
 */
public final class Deliveries {

    private final ReminderOccurrence occurrence;
    private final ReminderDeliveryRepository deliveries;
    private final NotificationPreferences preferences;
    private final Messenger messenger;
    private final Instant now;
    private int sent;

    Deliveries(ReminderOccurrence occurrence, ReminderDeliveryRepository deliveries, NotificationPreferences preferences,
               Messenger messenger, Instant now) {
        this.occurrence = occurrence;
        this.deliveries = deliveries;
        this.preferences = preferences;
        this.messenger = messenger;
        this.now = now;
    }

    /** Sends to this person unless they already had this occurrence (or muted a notice). */
    public boolean send(ChatUser to, String key, Object[] args, Consumer<Reply> extras) {
        if (to.chatId() == null) {
            return false;
        }
        if (!occurrence.kind().isDeadline() && preferences.muted(to.staffId())) {
            return false;
        }
        ReminderDelivery.Key id = new ReminderDelivery.Key(occurrence.id(), to.staffId());
        if (deliveries.existsById(id)) {
            return false;
        }
        deliveries.save(new ReminderDelivery(id, now));
        Reply reply = messenger.to(to, key, args).key("reminder:" + occurrence.id() + ":" + to.staffId());
        if (extras != null) {
            extras.accept(reply);
        }
        reply.send();
        sent++;
        return true;
    }

    public boolean send(ChatUser to, String key, Object... args) {
        return send(to, key, args, null);
    }

    /**
     * Several already rendered messages (in the person's language) to one person as one delivery,
     * e.g. a summary too long for one Telegram message: all of them, unless this person already had
     * this occurrence (or muted a notice). {@code extras} (buttons) go on the last message.
     */
    public boolean sendTexts(ChatUser to, List<String> texts, Consumer<Reply> extras) {
        if (texts.isEmpty() || to.chatId() == null || to.telegramUserId() == null) {
            return false;
        }
        if (!occurrence.kind().isDeadline() && preferences.muted(to.staffId())) {
            return false;
        }
        ReminderDelivery.Key id = new ReminderDelivery.Key(occurrence.id(), to.staffId());
        if (deliveries.existsById(id)) {
            return false;
        }
        deliveries.save(new ReminderDelivery(id, now));
        Reply.Recipient recipient = new Reply.Recipient(to.chatId(), to.telegramUserId(), to.locale());
        String key = "reminder:" + occurrence.id() + ":" + to.staffId();
        for (int i = 0; i < texts.size(); i++) {
            Reply reply = messenger.toLiteral(recipient, texts.get(i)).key(i == 0 ? key : key + ":" + (i + 1));
            if (extras != null && i == texts.size() - 1) {
                extras.accept(reply);
            }
            reply.send();
        }
        sent++;
        return true;
    }

    public ReminderOccurrence occurrence() {
        return occurrence;
    }

    int sent() {
        return sent;
    }
}
