package vn.thiduabot.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox after commit, on one thread, oldest first, in order per chat. Respects
 * {@link DeliveryLimits}; a 429 holds the chat back for retry_after; a 5xx or timeout is retried
 * with exponential backoff; after {@code max-attempts} the row is kept as FAILED for admins.
 */
@Component
class OutboxSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 200;

    private final OutboxRepository repository;
    private final ObjectProvider<MessageGateway> gateway;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final OutboxWakeUp wakeUp;
    private final DeliveryLimits limits;
    private final int maxAttempts;
    private final long pollMillis;
    /** A chat whose delivery failed or was throttled waits until then, so its messages stay in order. */
    private final Map<Long, Instant> chatHeldUntil = new HashMap<>();

    private volatile Thread worker;
    private volatile boolean running;

    OutboxSender(OutboxRepository repository, ObjectProvider<MessageGateway> gateway, TransactionTemplate tx, Clock clock,
                 OutboxWakeUp wakeUp,
                 @Value("${thidua.outbox.global-per-second:30}") int globalPerSecond,
                 @Value("${thidua.outbox.per-chat-per-second:1}") int perChatPerSecond,
                 @Value("${thidua.outbox.per-chat-burst:3}") int perChatBurst,
                 @Value("${thidua.outbox.max-attempts:8}") int maxAttempts,
                 @Value("${thidua.outbox.poll-millis:1000}") long pollMillis) {
        this.repository = repository;
        this.gateway = gateway;
        this.tx = tx;
        this.clock = clock;
        this.wakeUp = wakeUp;
        this.limits = new DeliveryLimits(globalPerSecond, perChatPerSecond, perChatBurst, DeliveryLimits.timeOf(clock));
        this.maxAttempts = maxAttempts;
        this.pollMillis = pollMillis;
    }

    /** Starts only once the application is ready and a transport provides a gateway. */
    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (gateway.getIfAvailable() == null || worker != null) {
            return;
        }
        running = true;
        worker = new Thread(this::loop, "outbox-sender");
        worker.setDaemon(true);
        worker.start();
    }

    private void loop() {
        MessageGateway gw = gateway.getObject();
        while (running) {
            try {
                int delivered = deliverDue(gw);
                if (delivered == 0) {
                    wakeUp.await(hasDueNow() ? 50 : pollMillis);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Outbox round failed, trying again shortly: {}", e.toString());
                sleepQuietly(pollMillis);
            }
        }
    }

    private boolean due;

    private boolean hasDueNow() {
        return due;
    }

    /** One pass over what is due; returns how many messages went out. Package-visible for tests. */
    int deliverDue(MessageGateway gw) {
        Instant now = clock.instant();
        List<OutboxMessage> rows = tx.execute(s ->
                repository.findByStatusAndNotBeforeLessThanEqualOrderByIdAsc(OutboxMessage.Status.PENDING, now, Limit.of(BATCH)));
        due = false;
        int delivered = 0;
        java.util.Set<Long> skippedChats = new java.util.HashSet<>();
        for (OutboxMessage row : rows) {
            if (!running && worker != null) {
                break;
            }
            long chat = row.getChatId();
            Instant held = chatHeldUntil.get(chat);
            if (skippedChats.contains(chat) || (held != null && held.isAfter(clock.instant()))) {
                skippedChats.add(chat);
                continue;
            }
            if (!limits.tryAcquire(chat)) {
                skippedChats.add(chat);
                due = true;
                continue;
            }
            OutgoingMessage message = Outbox.read(row);
            if (message.editOfKey() != null) {
                Optional<OutgoingMessage> resolved = resolveEdit(message);
                if (resolved.isEmpty()) {
                    skippedChats.add(chat); // the message to edit is still on its way
                    continue;
                }
                message = resolved.get();
            }
            SendResult result;
            try {
                result = gw.send(message);
            } catch (RuntimeException e) {
                result = new SendResult.Transient(e.toString());
            }
            record(row.getId(), result);
            if (result instanceof SendResult.Delivered) {
                delivered++;
            } else {
                skippedChats.add(chat);
            }
        }
        return delivered;
    }

    /**
     * An edit needs the platform's id of the message it replaces. If that message could not be
     * delivered (or was never queued), the edit goes out as a new message so nothing is lost.
     */
    private Optional<OutgoingMessage> resolveEdit(OutgoingMessage message) {
        Optional<OutboxMessage> original = tx.execute(s -> repository.findByIdempotencyKey(message.editOfKey()));
        if (original.isEmpty() || original.get().getStatus() == OutboxMessage.Status.FAILED
                || (original.get().getStatus() == OutboxMessage.Status.SENT && original.get().getSentMessageId() == null)) {
            return Optional.of(message.asNewMessage());
        }
        if (original.get().getStatus() == OutboxMessage.Status.PENDING) {
            return Optional.empty();
        }
        return Optional.of(message.editing(original.get().getSentMessageId()));
    }

    private void record(long id, SendResult result) {
        Instant now = clock.instant();
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

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        // started by onReady(): the transport must be up first
    }

    @Override
    public void stop() {
        running = false;
        Thread w = worker;
        if (w != null) {
            wakeUp.signal();
            try {
                w.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        worker = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // stop before the transports and the database go away
        return Integer.MAX_VALUE - 10;
    }
}
