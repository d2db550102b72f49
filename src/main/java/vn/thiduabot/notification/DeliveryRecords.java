package vn.thiduabot.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes down what the platform said about each send, in a short transaction of its own, and keeps
 * the per-chat holds that follow from it (a 429 or a failure holds the chat, so its order holds).
 *
 * <p>A message that went out must never go out again because the database was busy at that moment:
 * marking it sent is retried with backoff on a transient database error (SQLite busy or locked, the
 * pool timing out). If the database stays busy beyond that, the delivery is remembered here, the row
 * is not sent again, and the mark is written first thing in every following round until it sticks.
 */
final class DeliveryRecords {

    private static final Logger log = LoggerFactory.getLogger(DeliveryRecords.class);

    /** 50 ms, 100 ms ... 1.6 s: about 3 s in all before the round gives up (and the loop backs off). */
    static final int TRIES = 6;
    static final Duration FIRST_WAIT = Duration.ofMillis(50);

    private final OutboxRepository repository;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int maxAttempts;
    /** Concurrent: written by the threads that send (several in flight), read by the one that claims. */
    private final Map<Long, Instant> chatHeldUntil = new ConcurrentHashMap<>();
    /** Delivered (outbox id: the platform's message id and when), but not yet marked sent in the database. */
    private final Map<Long, Unrecorded> unrecorded = new ConcurrentHashMap<>();
    private volatile Pause pause = Pause.SLEEP;

    private record Unrecorded(SendResult.Delivered result, Instant at) { }

    DeliveryRecords(OutboxRepository repository, TransactionTemplate tx, Clock clock, int maxAttempts) {
        this.repository = repository;
        this.tx = tx;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
    }

    void usePause(Pause pause) {
        this.pause = pause;
    }

    /** Whether this chat waits (after a 429 or a failure) at this instant. */
    boolean held(long chatId, Instant now) {
        Instant until = chatHeldUntil.get(chatId);
        return until != null && until.isAfter(now);
    }

    /** Holds a chat back until then without touching its rows (e.g. an edit whose original is still on its way). */
    void hold(long chatId, Instant until) {
        chatHeldUntil.merge(chatId, until, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** Delivered already, waiting only for its mark: must not be sent again. */
    boolean isUnrecorded(long outboxId) {
        return unrecorded.containsKey(outboxId);
    }

    int unrecordedCount() {
        return unrecorded.size();
    }

    /** Writes the marks the database refused earlier; throws if it still refuses. */
    void writeUnrecorded() throws InterruptedException {
        var it = unrecorded.entrySet().iterator();
        while (it.hasNext()) {
            var e = it.next();
            long id = e.getKey();
            retrying(() -> apply(id, e.getValue().result(), e.getValue().at()));
            it.remove();
            log.info("Outbox #{} marked sent after the database was busy (it was not sent twice)", id);
        }
    }

    /** Records one send's result, retrying while the database is busy; throws if it stays busy. */
    void record(long id, SendResult result) throws InterruptedException {
        record(Map.of(id, result));
    }

    /**
     * Records several sends' results in one transaction (one commit), retrying while the database is
     * busy; if it stays busy, the deliveries among them are remembered (never sent again) and it throws.
     */
    void record(Map<Long, SendResult> results) throws InterruptedException {
        if (results.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        try {
            retrying(() -> tx.executeWithoutResult(s -> results.forEach((id, result) -> apply(id, result, now))));
        } catch (RuntimeException e) {
            results.forEach((id, result) -> {
                if (result instanceof SendResult.Delivered d) {
                    unrecorded.put(id, new Unrecorded(d, now));
                }
            });
            throw e;
        }
    }

    private void retrying(Runnable work) throws InterruptedException {
        Duration wait = FIRST_WAIT;
        for (int attempt = 1; ; attempt++) {
            try {
                work.run();
                return;
            } catch (RuntimeException e) {
                if (attempt >= TRIES || !TransientDatabaseErrors.isTransient(e)) {
                    throw e;
                }
                log.debug("Database busy while recording a delivery (attempt {}), trying again in {} ms", attempt, wait.toMillis());
                pause.sleep(wait);
                wait = wait.multipliedBy(2);
            }
        }
    }

    private void apply(long id, SendResult result, Instant now) {
        tx.executeWithoutResult(s -> repository.findById(id).ifPresent(row -> {
            if (result instanceof SendResult.Delivered d) {
                row.delivered(now, d.messageId());
                chatHeldUntil.remove(row.getChatId());
            } else if (result instanceof SendResult.RetryAfter r) {
                Instant until = now.plus(r.delay());
                row.postpone(until);
                chatHeldUntil.put(row.getChatId(), until);
                log.info("Telegram asked to slow down: holding chat messages for {} s (outbox #{})",
                        r.delay().toSeconds(), id);
            } else if (result instanceof SendResult.Transient t) {
                Instant retry = now.plus(backoff(row.getAttempts() + 1));
                row.failedAttempt(t.error(), retry, maxAttempts, false);
                chatHeldUntil.put(row.getChatId(), retry);
                logFailure(row, t.error());
            } else if (result instanceof SendResult.Permanent p) {
                row.failedAttempt(p.error(), now, maxAttempts, true);
                logFailure(row, p.error());
            }
        }));
    }

    private static void logFailure(OutboxMessage row, String error) {
        if (row.getStatus() == OutboxMessage.Status.FAILED) {
            log.warn("Outbox #{} given up after {} attempt(s): {}", row.getId(), row.getAttempts(), error);
        } else {
            log.info("Outbox #{} attempt {} failed, will retry: {}", row.getId(), row.getAttempts(), error);
        }
    }

    /** 1 s, 2 s, 4 s ... capped at 5 minutes. */
    static Duration backoff(int attempt) {
        long seconds = 1L << Math.min(Math.max(attempt - 1, 0), 20);
        return Duration.ofSeconds(Math.min(seconds, 300));
    }
}
