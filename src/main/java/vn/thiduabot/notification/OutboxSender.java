package vn.thiduabot.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox after commit, several sends at once ({@code thidua.outbox.in-flight}, 16 by
 * default: a round trip to api.telegram.org takes ~150 ms, so one send at a time managed 5 a second).
 * One thread claims ({@link OutboxClaims}: each chat's oldest pending message only, chats with an
 * answer to someone's own action first, broadcasts after), takes the permits of {@link DeliveryLimits}
 * and hands each claimed message to a sender thread; as soon as one comes back it claims again, so an
 * answer queued during a broadcast goes out at the next free slot. At most one message of a chat is in
 * flight, so each chat keeps its order. A 429 holds the chat back for retry_after, and several across
 * chats pause the whole sender ({@link FloodControl}); a 5xx or timeout is retried with exponential
 * backoff; after {@code max-attempts} the row is kept as FAILED for admins ({@link DeliveryRecords}).
 * The loop survives anything thrown in it ({@link SenderTrouble}).
 */
@Component
class OutboxSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final ObjectProvider<MessageGateway> gateway;
    private final Clock clock;
    private final OutboxWakeUp wakeUp;
    private final DeliveryRecords records;
    private final SenderTrouble trouble;
    private final OutboxClaims claims;
    private final DeliveryRounds rounds;
    private final String instanceId;
    private final long pollMillis;
    private Pause pause = Pause.SLEEP;

    private volatile Thread worker;
    private volatile boolean running;
    private volatile Instant lastRound;

    OutboxSender(OutboxRepository repository, ObjectProvider<MessageGateway> gateway, TransactionTemplate tx, Clock clock,
                 OutboxWakeUp wakeUp, ApplicationEventPublisher events, OutboxClaims claims, GlobalBudget budget,
                 @Value("${thidua.outbox.global-per-second:30}") int globalPerSecond,
                 @Value("${thidua.outbox.per-chat-per-second:1}") int perChatPerSecond,
                 @Value("${thidua.outbox.per-chat-burst:3}") int perChatBurst,
                 @Value("${thidua.outbox.max-attempts:8}") int maxAttempts,
                 @Value("${thidua.outbox.poll-millis:1000}") long pollMillis,
                 @Value("${thidua.outbox.in-flight:16}") int inFlight,
                 @Value("${thidua.outbox.claim-lease:120s}") Duration lease,
                 @Value("${thidua.outbox.instance-id:}") String instanceId) {
        this.gateway = gateway;
        this.clock = clock;
        this.wakeUp = wakeUp;
        this.claims = claims;
        var time = DeliveryLimits.timeOf(clock);
        DeliveryLimits limits = new DeliveryLimits(budget.bucket(globalPerSecond, time), perChatPerSecond, perChatBurst, time);
        this.records = new DeliveryRecords(repository, tx, clock, maxAttempts);
        this.trouble = new SenderTrouble(clock, events, Duration.ofMillis(pollMillis));
        this.pollMillis = pollMillis;
        this.instanceId = instanceId == null || instanceId.isBlank() ? InstanceId.ofThisMachine() : instanceId;
        this.rounds = new DeliveryRounds(repository, tx, clock, wakeUp, claims, limits, records,
                Math.max(1, inFlight), lease, this.instanceId);
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
        try {
            int freed = claims.releaseAllOf(instanceId);
            if (freed > 0) {
                log.warn("{} message(s) were being sent when this instance ({}) stopped; they go again now", freed, instanceId);
            }
        } catch (RuntimeException e) { // their leases run out by themselves
            log.info("Could not free this instance's earlier claims now: {}", e.toString());
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
                    wakeUp.await(rounds.due() ? DeliveryRounds.WAIT_MILLIS : pollMillis);
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

    /** One round (see {@link DeliveryRounds#run}); package-visible: tests drive rounds themselves. */
    int deliverDue(MessageGateway gw) throws InterruptedException {
        return rounds.run(gw, () -> running || worker == null);
    }

    /** What the health endpoint shows about the loop. */
    Status status() {
        Thread w = worker;
        return new Status(w != null, w != null && w.isAlive(), lastRound, trouble.failingRounds(), trouble.lastError(),
                records.unrecordedCount(), rounds.inFlight(), rounds.pausedUntil(clock.instant()));
    }

    /**
     * @param started      a transport gave the sender a gateway and the loop was started
     * @param alive        the loop's thread is running
     * @param failingRounds rounds failed in a row (0 when working)
     * @param unrecorded   messages delivered whose "sent" mark the database has not taken yet
     * @param inFlight     messages being sent at this moment
     * @param pausedUntil  Telegram refused the whole bot: nothing goes until then (null if not paused)
     */
    record Status(boolean started, boolean alive, Instant lastRound, int failingRounds, String lastError, int unrecorded,
                  int inFlight, Instant pausedUntil) { }

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
