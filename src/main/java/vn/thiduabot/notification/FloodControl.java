package vn.thiduabot.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Tells a chat's 429 from the whole bot's, and pauses the whole sender for the latter.
 *
 * <p>The rule: the bot as a whole is over Telegram's limit when, within the last {@link #WINDOW} (one
 * second, Telegram's own unit for its 30 messages a second), 429s came back for at least
 * {@link #MIN_CHATS} different chats <em>and</em> they are at least half of all the answers of that
 * second. Why both: a 429 for one chat (too many messages to that person) holds back that chat only,
 * and with many sends in flight a few such 429s for different chats are ordinary (measured against a
 * fake that refuses 5% of sends at random: about one or two a second at 30 a second). Telegram's
 * bot-wide flood control refuses nearly every send, whatever the chat, so a high share of 429s across
 * chats is its mark. Then the whole sender waits for the longest retry_after of those 429s, counted from
 * the latest of them: every further send would be refused, and each refusal prolongs the ban.
 *
 * <p>Fed with every answer by the sender's threads; asked before each claim. All by the injected clock.
 */
final class FloodControl {

    static final Duration WINDOW = Duration.ofSeconds(1);
    static final int MIN_CHATS = 2;

    private record Answer(Instant at, long chatId, Duration retryAfter) {
        boolean refused() {
            return retryAfter != null;
        }
    }

    private final Deque<Answer> recent = new ArrayDeque<>();
    private Instant pausedUntil = Instant.MIN;

    /** Notes one answer of the platform for a chat; starts a whole-bot pause if the rule says so. */
    synchronized void answered(long chatId, SendResult result, Instant at) {
        Duration retryAfter = result instanceof SendResult.RetryAfter r ? r.delay() : null;
        recent.addLast(new Answer(at, chatId, retryAfter));
        while (!recent.isEmpty() && !recent.peekFirst().at().isAfter(at.minus(WINDOW))) {
            recent.removeFirst(); // one second or more before this answer: outside the window
        }
        if (retryAfter == null) {
            return;
        }
        Set<Long> refusedChats = new HashSet<>();
        int refused = 0;
        Duration longest = Duration.ZERO;
        for (Answer a : recent) {
            if (a.refused()) {
                refused++;
                refusedChats.add(a.chatId());
                longest = a.retryAfter().compareTo(longest) > 0 ? a.retryAfter() : longest;
            }
        }
        if (refusedChats.size() >= MIN_CHATS && refused * 2 >= recent.size()) {
            Instant until = at.plus(longest);
            if (until.isAfter(pausedUntil)) {
                pausedUntil = until;
            }
        }
    }

    /** Whether the whole sender waits at this instant. */
    synchronized boolean paused(Instant now) {
        return now.isBefore(pausedUntil);
    }

    /** When the current whole-bot pause ends, or null if there is none at {@code now}. */
    synchronized Instant pausedUntil(Instant now) {
        return paused(now) ? pausedUntil : null;
    }
}
