package vn.thiduabot.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sender's rounds: one thread claims ({@link OutboxClaims}) what may go now, with its permits
 * ({@link DeliveryLimits}), and hands each message to one of {@code inFlight} sender threads; whenever
 * one comes back it claims again. A chat with a message in flight is never claimed again until that
 * message's result is written, so at most one message of a chat is in flight and each chat keeps its
 * order; across instances the claim's "head only" rule does the same.
 */
final class DeliveryRounds {

    /** Heads read per claim; a claim ends early when the bot-wide limit or the free slots are used up. */
    private static final int BATCH = 200;
    /** How long the claiming thread waits for a send to come back before it looks for more to send. */
    static final long WAIT_MILLIS = 50;
    /** An edit whose original message is still on its way waits this long before it is tried again. */
    private static final Duration EDIT_WAIT = Duration.ofSeconds(1);

    private final OutboxRepository repository;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final OutboxWakeUp wakeUp;
    private final OutboxClaims claims;
    private final DeliveryLimits limits;
    private final DeliveryRecords records;
    private final FloodControl flood = new FloodControl();
    private final int inFlight;
    private final Duration lease;
    private final String instanceId;
    /** A claim (a transaction) is made once this many slots are free, unless nothing is in flight or an answer waits. */
    private final int claimAtLeast;
    private final ThreadPoolExecutor senders;
    /** Chats with a message in flight now: never a second one of the same chat at once. */
    private final Set<Long> busyChats = ConcurrentHashMap.newKeySet();
    private volatile boolean due;

    DeliveryRounds(OutboxRepository repository, TransactionTemplate tx, Clock clock, OutboxWakeUp wakeUp, OutboxClaims claims,
                   DeliveryLimits limits, DeliveryRecords records, int inFlight, Duration lease, String instanceId) {
        this.repository = repository;
        this.tx = tx;
        this.clock = clock;
        this.wakeUp = wakeUp;
        this.claims = claims;
        this.limits = limits;
        this.records = records;
        this.inFlight = inFlight;
        this.lease = lease;
        this.instanceId = instanceId;
        this.claimAtLeast = Math.max(1, Math.min(4, inFlight / 4));
        AtomicInteger n = new AtomicInteger();
        this.senders = new ThreadPoolExecutor(inFlight, inFlight, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "outbox-send-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.senders.allowCoreThreadTimeOut(true); // idle threads go away; a test's sender leaves none behind
    }

    /** The last round left something that may go shortly (a limit or a pause held it back): look again soon. */
    boolean due() {
        return due;
    }

    int inFlight() {
        return busyChats.size();
    }

    Instant pausedUntil(Instant now) {
        return flood.pausedUntil(now);
    }

    /**
     * One round: claims and sends until nothing more may go now and every send has come back; returns
     * how many messages went out. If a send throws (an Error, a database that stays busy while its result
     * is written), nothing more is claimed, the sends in flight are waited for, and the first failure is
     * thrown.
     */
    int run(MessageGateway gw, BooleanSupplier mayClaim) throws InterruptedException {
        records.writeUnrecorded();
        due = false;
        CompletionService<Sent> done = new ExecutorCompletionService<>(senders);
        int sending = 0;
        int delivered = 0;
        Throwable failure = null;
        while (true) {
            // claim when enough slots are free to be worth a transaction, when an answer was just queued
            // (it goes at the next free slot), or when nothing is in flight
            int free = inFlight - sending;
            if (failure == null && mayClaim.getAsBoolean() && free > 0
                    && (free >= claimAtLeast || sending == 0 || wakeUp.takeUrgent())) {
                for (OutboxMessage row : claim(free)) {
                    done.submit(() -> deliverOne(gw, row));
                    sending++;
                }
            }
            if (sending == 0) {
                break;
            }
            Future<Sent> back = done.poll(WAIT_MILLIS, TimeUnit.MILLISECONDS);
            if (back == null) {
                continue;
            }
            List<Sent> batch = new ArrayList<>();
            for (; back != null; back = done.poll()) { // with whatever else has come back meanwhile
                sending--;
                try {
                    batch.add(back.get());
                } catch (ExecutionException e) { // cannot happen: deliverOne answers everything with a result
                    failure = failure == null ? e.getCause() : failure;
                }
            }
            try {
                delivered += record(batch);
            } catch (RuntimeException e) { // the database stays busy: the delivered ones are remembered
                failure = failure == null ? e : failure;
            }
            for (Sent sent : batch) {
                failure = failure == null ? sent.error() : failure;
            }
        }
        if (failure != null) {
            throw rethrow(failure);
        }
        return delivered;
    }

    /**
     * Writes the results that came back in one transaction (one commit instead of one per message),
     * and only then frees their chats for the next claim. Returns how many were delivered.
     */
    private int record(List<Sent> batch) throws InterruptedException {
        Map<Long, SendResult> results = new LinkedHashMap<>();
        batch.stream().filter(b -> b.result() != null).forEach(b -> results.put(b.id(), b.result()));
        try {
            records.record(results);
        } finally {
            batch.forEach(b -> busyChats.remove(b.chatId()));
        }
        return (int) results.values().stream().filter(r -> r instanceof SendResult.Delivered).count();
    }

    /** What came of one claimed message: its result (null if it was not sent), and an Error the send threw. */
    private record Sent(long id, long chatId, SendResult result, Error error) { }

    /** Claims what may go now, up to {@code free} messages, with their permits taken. */
    private List<OutboxMessage> claim(int free) {
        if (free <= 0) {
            return List.of();
        }
        wakeUp.takeUrgent(); // what was queued until now is in the heads read next
        Instant now = clock.instant();
        if (flood.paused(now) || !limits.globalAvailable()) {
            due = true; // Telegram refused the whole bot, or the bot-wide budget is spent: no query, look again shortly
            return List.of();
        }
        List<OutboxMessage> rows = claims.claim(instanceId, now, now.plus(lease), free, BATCH, c -> admit(c, now));
        rows.forEach(r -> busyChats.add(r.getChatId()));
        return rows;
    }

    private OutboxClaims.Admission admit(OutboxClaims.Candidate c, Instant now) {
        if (busyChats.contains(c.chatId()) || records.isUnrecorded(c.id()) || records.held(c.chatId(), now)) {
            return OutboxClaims.Admission.SKIP; // in flight, went out already (only its mark is missing), or waiting
        }
        if (!limits.globalAvailable()) {
            due = true; // the bot-wide budget is spent: no chat can go, look again shortly
            return OutboxClaims.Admission.STOP;
        }
        if (!limits.tryAcquire(c.chatId())) {
            due = true;
            return OutboxClaims.Admission.SKIP;
        }
        return OutboxClaims.Admission.TAKE;
    }

    /**
     * On a sender thread: one claimed message out; its result is written by the claiming thread. Never
     * throws: whatever goes wrong becomes this message's result, so its chat is always freed again.
     */
    private Sent deliverOne(MessageGateway gw, OutboxMessage row) {
        long chat = row.getChatId();
        try {
            OutgoingMessage message = Outbox.read(row);
            if (message.editOfKey() != null) {
                Optional<OutgoingMessage> resolved = resolveEdit(message);
                if (resolved.isEmpty()) { // the message to edit is still on its way
                    records.hold(chat, clock.instant().plus(EDIT_WAIT));
                    claims.release(row.getId());
                    return new Sent(row.getId(), chat, null, null);
                }
                message = resolved.get();
            }
            SendResult result = gw.send(message);
            flood.answered(chat, result, clock.instant());
            return new Sent(row.getId(), chat, result, null);
        } catch (tools.jackson.core.JacksonException e) { // a row no version of the bot can read: trying again cannot help
            return new Sent(row.getId(), chat, new SendResult.Permanent("unreadable message: " + e.getOriginalMessage()), null);
        } catch (RuntimeException e) { // the gateway's bug, the database busy while resolving an edit: try again later
            return new Sent(row.getId(), chat, new SendResult.Transient(e.toString()), null);
        } catch (Error e) {
            // a bug or the JVM in trouble: count it as a failed attempt of this message, then let the loop handle it
            return new Sent(row.getId(), chat, new SendResult.Transient(e.toString()), e);
        }
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

    /** A send's failure, thrown as it was (an Error stays an Error, for the loop to count it). */
    private static RuntimeException rethrow(Throwable failure) {
        if (failure instanceof Error e) {
            throw e;
        }
        return failure instanceof RuntimeException e ? e : new IllegalStateException(failure);
    }
}
