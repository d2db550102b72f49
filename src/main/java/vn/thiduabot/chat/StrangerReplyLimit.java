package vn.thiduabot.chat;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Caps how often the bot answers a stranger (a Telegram account linked to nobody): after
 * {@code thidua.strangers.replies-per-minute} (default 5) answered updates within one minute of the
 * bot's clock, the bot stays silent to that account until the next minute begins. Someone flooding
 * the bot therefore cannot make it spend Telegram's sending limits meant for the staff. The updates
 * are still recorded as processed. Counts live in memory: a restart forgives everyone.
 */
@Component
class StrangerReplyLimit {

    private final int perMinute;
    private final Clock clock;
    private final Map<Long, long[]> answered = new HashMap<>(); // user -> {minute, count}
    private long currentMinute = Long.MIN_VALUE;

    StrangerReplyLimit(@Value("${thidua.strangers.replies-per-minute:5}") int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /**
     * Whether the bot may answer this stranger now. If so, the answer is counted once the update's
     * transaction commits (a retried or rolled-back attempt counts nothing).
     */
    boolean mayAnswer(long userId) {
        if (perMinute <= 0) {
            return true;
        }
        long minute = Math.floorDiv(clock.millis(), 60_000L);
        synchronized (this) {
            long[] entry = answered.get(userId);
            if (entry != null && entry[0] == minute && entry[1] >= perMinute) {
                return false;
            }
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    count(userId, minute);
                }
            });
        } else {
            count(userId, minute);
        }
        return true;
    }

    private synchronized void count(long userId, long minute) {
        if (minute != currentMinute) {
            currentMinute = minute;
            answered.values().removeIf(e -> e[0] < minute); // forget the minutes that are over
        }
        long[] entry = answered.computeIfAbsent(userId, k -> new long[] {minute, 0});
        if (entry[0] != minute) {
            entry[0] = minute;
            entry[1] = 0;
        }
        entry[1]++;
    }
}
