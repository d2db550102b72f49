package vn.thiduabot.reminder;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.thiduabot.people.Person;

/**
 * Sends one occurrence's messages, each person at most once, in the firing transaction: the
 * delivery row and the outbox row commit together. Notices skip people who muted them. Every message
 * is a broadcast ({@link Reply#bulk()}): answers to people's own actions go out before it.
 *
 * <p>A reminder to the whole school is thousands of rows in one transaction, which holds SQLite's
 * only write lock meanwhile. Who already had the occurrence and who muted notices are read once, and
 * the persistence context is flushed and cleared every {@link #FLUSH_EVERY} people: otherwise every
 * query would dirty-check every row written so far (quadratic: 40 s for 2,000 people instead of 2).
 */
public final class Deliveries {

    static final int FLUSH_EVERY = 100;

    private final ReminderOccurrence occurrence;
    private final NotificationPreferences preferences;
    private final ReminderChannel channel;
    private final EntityManager em;
    private final Instant now;
    /** Staff who have had this occurrence, before or during this firing. */
    private final Set<Long> done;
    private Set<Long> muted;
    private int sent;
    private int claimed;

    Deliveries(ReminderOccurrence occurrence, ReminderDeliveryRepository deliveries, NotificationPreferences preferences,
               ReminderChannel channel, EntityManager em, Instant now) {
        this.occurrence = occurrence;
        this.preferences = preferences;
        this.channel = channel;
        this.em = em;
        this.now = now;
        this.done = new HashSet<>(deliveries.staffIdsFor(occurrence.id()));
    }

    /** Records that this person gets this occurrence now; false if they had it (or muted a notice). */
    private boolean claim(Person to) {
        if (to.chatId() == null || to.telegramUserId() == null) {
            return false;
        }
        if (!occurrence.kind().isDeadline()) {
            if (muted == null) {
                muted = preferences.mutedStaffIds();
            }
            if (muted.contains(to.staffId())) {
                return false;
            }
        }
        if (!done.add(to.staffId())) {
            return false;
        }
        if (++claimed % FLUSH_EVERY == 0) {
            em.flush();
            em.clear();
        }
        em.persist(new ReminderDelivery(new ReminderDelivery.Key(occurrence.id(), to.staffId()), now));
        return true;
    }

    private String key(Person to) {
        return "reminder:" + occurrence.id() + ":" + to.staffId();
    }

    /** Sends to this person unless they already had this occurrence (or muted a notice). */
    public boolean send(Person to, String key, Object... args) {
        if (!claim(to)) {
            return false;
        }
        channel.send(to, key(to), key, args);
        sent++;
        return true;
    }

    /**
     * Several already rendered messages (in the person's language) to one person as one delivery,
     * e.g. a summary too long for one Telegram message: all of them, unless this person already had
     * this occurrence (or muted a notice). The {@code button}, if any, goes on the last message.
     */
    public boolean sendTexts(Person to, List<String> texts, ReminderChannel.Button button) {
        if (texts.isEmpty() || !claim(to)) {
            return false;
        }
        channel.sendTexts(to, key(to), texts, button);
        sent++;
        return true;
    }

    /** A digest with its chart to one person as one delivery (see {@link #sendTexts}). */
    public boolean sendPost(Person to, DigestPost post) {
        if (post.parts().isEmpty() || !claim(to)) {
            return false;
        }
        channel.sendPost(to, key(to), post);
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
