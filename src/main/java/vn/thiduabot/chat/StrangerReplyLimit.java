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
        Map<Long, Integer> uncommitted = uncommittedAnswers();
        int pending = uncommitted == null ? 0 : uncommitted.getOrDefault(userId, 0);
        synchronized (this) {
            long[] entry = answered.get(userId);
            long counted = entry != null && entry[0] == minute ? entry[1] : 0;
            if (counted + pending >= perMinute) {
                return false;
            }
        }
        if (uncommitted != null) {
            uncommitted.merge(userId, 1, Integer::sum);
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

    /**
     * The answers promised in the current transaction and not yet committed, per stranger (null outside
     * a transaction). Several updates share one transaction when a batch is committed together
     * ({@link UpdateIntake#processTogether}): a stranger's tenth message in one batch must see the nine before it.
     */
    @SuppressWarnings("unchecked")
    private Map<Long, Integer> uncommittedAnswers() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Object bound = TransactionSynchronizationManager.getResource(this);
        if (bound != null) {
            return (Map<Long, Integer>) bound;
        }
        Map<Long, Integer> fresh = new HashMap<>();
        TransactionSynchronizationManager.bindResource(this, fresh);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(StrangerReplyLimit.this);
            }
        });
        return fresh;
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
