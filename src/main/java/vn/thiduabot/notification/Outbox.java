package vn.thiduabot.notification;

import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Queues messages in the caller's transaction, so a message exists exactly when the change that
 * caused it was committed. {@link OutboxSender} delivers after commit.
 */
@Service
public class Outbox {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final OutboxRepository repository;
    private final Clock clock;
    private final OutboxWakeUp wakeUp;
    private final OutboxClaims claims;

    Outbox(OutboxRepository repository, Clock clock, OutboxWakeUp wakeUp, OutboxClaims claims) {
        this.repository = repository;
        this.claims = claims;
        this.clock = clock;
        this.wakeUp = wakeUp;
    }

    /**
     * Queues a message unless one with the same idempotency key was ever queued.
     *
     * @return true if queued now, false if the key was already used
     */
    @Transactional
    public boolean enqueue(String idempotencyKey, OutgoingMessage message) {
        return enqueue(idempotencyKey, message, Priority.INTERACTIVE);
    }

    /**
     * Queues a message with a priority: {@link Priority#BULK} for broadcasts (reminders, digests), so
     * that answers to what someone just did are not held up behind them.
     *
     * @return true if queued now, false if the key was already used
     */
    @Transactional
    public boolean enqueue(String idempotencyKey, OutgoingMessage message, Priority priority) {
        if (repository.existsByIdempotencyKey(idempotencyKey)) {
            return false;
        }
        repository.save(new OutboxMessage(idempotencyKey, message.chatId(), JSON.writeValueAsString(message), clock.instant(),
                priority, message.sensitive()));
        boolean urgent = priority == Priority.INTERACTIVE;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wakeUp.signal(urgent);
                }
            });
        } else {
            wakeUp.signal(urgent);
        }
        return true;
    }

    /**
     * Which messages go first when many wait. Within one chat, messages always go in the order they
     * were queued; a chat with an interactive message waiting is served before chats with only
     * broadcasts waiting.
     */
    public enum Priority {
        /** An answer to a person's own action (a command, a button, a file they sent), or a notice it causes. */
        INTERACTIVE(0),
        /** A broadcast: reminders and digests to many people at once. */
        BULK(10);

        private final int rank;

        Priority(int rank) {
            this.rank = rank;
        }

        int rank() {
            return rank;
        }
    }

    /** Every message queued for a chat, oldest first, whatever its delivery state (for tests and admins). */
    @Transactional(readOnly = true)
    public List<OutgoingMessage> queuedFor(long chatId) {
        return repository.findByChatIdOrderByIdAsc(chatId).stream().map(Outbox::read).toList();
    }

    /** True while something for this chat still waits to be delivered. */
    @Transactional(readOnly = true)
    public boolean hasPendingFor(long chatId) {
        return repository.existsByChatIdAndStatus(chatId, OutboxMessage.Status.PENDING);
    }

    @Transactional(readOnly = true)
    public Health health() {
        List<String> recent = repository.findByStatusOrderByIdDesc(OutboxMessage.Status.FAILED, Limit.of(5)).stream()
                .map(m -> "#" + m.getId() + " chat " + m.getChatId() + ": " + m.getLastError())
                .toList();
        return new Health(repository.countByStatus(OutboxMessage.Status.PENDING),
                repository.countByStatus(OutboxMessage.Status.SENT),
                repository.countByStatus(OutboxMessage.Status.FAILED), recent);
    }

    /**
     * Forgets messages delivered at or before {@code sentUpTo} (their text and any file they carried).
     * Pending and failed messages stay: failed ones are kept for admins ({@code /guitin}).
     *
     * @return how many were forgotten
     */
    @Transactional
    public int purgeSentUpTo(java.time.Instant sentUpTo) {
        return claims.deleteSentUpTo(sentUpTo);
    }

    /** Counts for admins: what waits, what went, what was given up on (with the latest errors). */
    public record Health(long pending, long sent, long failed, List<String> recentFailures) { }

    static OutgoingMessage read(OutboxMessage row) {
        return JSON.readValue(row.getPayload(), OutgoingMessage.class);
    }
}
