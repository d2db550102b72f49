package vn.thiduabot.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox after commit, on one thread, in order per chat and fairly between chats: each
 * round takes the oldest few pending messages of every chat (chats with an answer to someone's own
 * action first, broadcasts after), so one chat's backlog never holds back another chat. Respects
 * {@link DeliveryLimits}; a 429 holds the chat back for retry_after; a 5xx or timeout is retried
 * with exponential backoff; after {@code max-attempts} the row is kept as FAILED for admins
 * ({@link DeliveryRecords}). The loop survives anything thrown in it ({@link SenderTrouble}).
 */
@Component
class OutboxSender implements SmartLifecycle {

    /** Chats' messages read per round; a round ends early when the bot-wide limit is used up. */
    private static final int BATCH = 200;

    private final OutboxRepository repository;
    private final ObjectProvider<MessageGateway> gateway;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final OutboxWakeUp wakeUp;
    private final DeliveryLimits limits;
    private final DeliveryRecords records;
    private final SenderTrouble trouble;
    private final int perChatPerRound;
    private final long pollMillis;
    private Pause pause = Pause.SLEEP;

    private volatile Thread worker;
    private volatile boolean running;
    private volatile Instant lastRound;
    private boolean due;

    OutboxSender(OutboxRepository repository, ObjectProvider<MessageGateway> gateway, TransactionTemplate tx, Clock clock,
                 OutboxWakeUp wakeUp, ApplicationEventPublisher events,
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
        this.records = new DeliveryRecords(repository, tx, clock, maxAttempts);
        this.trouble = new SenderTrouble(clock, events, Duration.ofMillis(pollMillis));
        this.perChatPerRound = Math.max(perChatBurst, 1);
        this.pollMillis = pollMillis;
    }

    /** Starts only once the application is ready and a transport provides a gateway. */
    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        MessageGateway gw = gateway.getIfAvailable();
        if (gw != null) {
            startWith(gw);
        }
    }

    /** Starts the loop on this gateway (package-visible: tests start it on theirs). */
    synchronized void startWith(MessageGateway gw) {
        if (worker != null) {
            return;
        }
        running = true;
        worker = new Thread(() -> loop(gw), "outbox-sender");
        worker.setDaemon(true);
        worker.start();
    }

    /**
     * Round after round until stopped. Whatever a round throws (a bug in a gateway, an Error such as
     * OutOfMemoryError, a database that stays busy) ends that round only: it is logged once per
     * episode, admins are told, and the loop goes on after a growing pause.
     */
    private void loop(MessageGateway gw) {
        while (running) {
            try {
                int delivered = deliverDue(gw);
                trouble.succeeded();
                lastRound = clock.instant();
                if (delivered == 0) {
                    wakeUp.await(due ? 50 : pollMillis);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Throwable e) { // NOPMD: Errors too; this thread must not die
                if (!running) {
                    return;
                }
                try {
                    pause.sleep(trouble.failed(e));
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (Throwable ignored) { // even logging may fail under an OutOfMemoryError: go round again
                }
            }
        }
    }

    /** One pass over what is due; returns how many messages went out. Package-visible for tests. */
    int deliverDue(MessageGateway gw) throws InterruptedException {
        records.writeUnrecorded();
        wakeUp.takeUrgent(); // what was queued until now is in the rows read next
        Instant now = clock.instant();
        List<OutboxMessage> rows = tx.execute(s -> repository.findDue(now, perChatPerRound, BATCH));
        due = false;
        int delivered = 0;
        Set<Long> skippedChats = new HashSet<>();
        for (OutboxMessage row : rows) {
            if (!running && worker != null) {
                break;
            }
            if (wakeUp.takeUrgent() || !limits.globalAvailable()) {
                due = true; // an answer to someone's action was queued, or the bot-wide budget is spent: plan again
                break;
            }
            long chat = row.getChatId();
            if (records.isUnrecorded(row.getId())) {
                continue; // went out already; only its mark is missing
            }
            if (skippedChats.contains(chat) || records.held(chat, clock.instant()) || row.getNotBefore().isAfter(now)) {
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
            } catch (Error e) {
                // a bug or the JVM in trouble: count it as a failed attempt of this message, then let the loop handle it
                records.record(row.getId(), new SendResult.Transient(e.toString()));
                throw e;
            }
            records.record(row.getId(), result);
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

    /** What the health endpoint shows about the loop. */
    Status status() {
        Thread w = worker;
        return new Status(w != null, w != null && w.isAlive(), lastRound, trouble.failingRounds(), trouble.lastError(),
                records.unrecordedCount());
    }

    /**
     * @param started      a transport gave the sender a gateway and the loop was started
     * @param alive        the loop's thread is running
     * @param failingRounds rounds failed in a row (0 when working)
     * @param unrecorded   messages delivered whose "sent" mark the database has not taken yet
     */
    record Status(boolean started, boolean alive, Instant lastRound, int failingRounds, String lastError, int unrecorded) { }

    void usePause(Pause pause) {
        this.pause = pause;
        records.usePause(pause);
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
