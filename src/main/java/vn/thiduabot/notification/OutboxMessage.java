package vn.thiduabot.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One message waiting to be delivered, delivered, or given up on (kept for admins to see). */
@Entity
@Table(name = "outbox_message")
class OutboxMessage {

    public enum Status { PENDING, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "idempotency_key", nullable = false, unique = true)
    private String idempotencyKey;

    @Column(name = "chat_id", nullable = false)
    private long chatId;

    @Column(nullable = false)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    private int attempts;

    @Column(name = "not_before", nullable = false)
    private Instant notBefore;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "sent_message_id")
    private Long sentMessageId;

    /** Its payload is replaced by a placeholder once delivered (see {@link OutgoingMessage#sensitive()}). */
    private boolean sensitive;
    /** Lower goes first: {@link Outbox.Priority}. */
    private int priority;
    /** The sender instance sending it now, until {@link #claimedUntil} ({@link OutboxClaims}); null when free. */
    @Column(name = "claimed_by")
    private String claimedBy;
    @Column(name = "claimed_until")
    private Instant claimedUntil;

    protected OutboxMessage() {
    }

    OutboxMessage(String idempotencyKey, long chatId, String payload, Instant now) {
        this(idempotencyKey, chatId, payload, now, Outbox.Priority.INTERACTIVE, false);
    }

    OutboxMessage(String idempotencyKey, long chatId, String payload, Instant now, boolean sensitive) {
        this(idempotencyKey, chatId, payload, now, Outbox.Priority.INTERACTIVE, sensitive);
    }

    OutboxMessage(String idempotencyKey, long chatId, String payload, Instant now, Outbox.Priority priority,
                  boolean sensitive) {
        this.priority = priority.rank();
        this.sensitive = sensitive;
        this.idempotencyKey = idempotencyKey;
        this.chatId = chatId;
        this.payload = payload;
        this.status = Status.PENDING;
        this.notBefore = now;
        this.createdAt = now;
    }

    void delivered(Instant now, Long messageId) {
        status = Status.SENT;
        sentAt = now;
        sentMessageId = messageId;
        lastError = null;
        release();
        if (sensitive) {
            payload = Outbox.JSON.writeValueAsString(OutgoingMessage.redacted(chatId));
        }
    }

    void postpone(Instant until) {
        notBefore = until;
        release();
    }

    /** Its send is over (whatever came of it): free for the next claim once due. */
    private void release() {
        claimedBy = null;
        claimedUntil = null;
    }

    void failedAttempt(String error, Instant retryAt, int maxAttempts, boolean permanent) {
        attempts++;
        release();
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
        if (permanent || attempts >= maxAttempts) {
            status = Status.FAILED;
        } else {
            notBefore = retryAt;
        }
    }

    public Long getId() { return id; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public long getChatId() { return chatId; }
    public String getPayload() { return payload; }
    public Status getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public Instant getNotBefore() { return notBefore; }
    public String getLastError() { return lastError; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSentAt() { return sentAt; }
    public Long getSentMessageId() { return sentMessageId; }
    public boolean isSensitive() { return sensitive; }
    public int getPriority() { return priority; }
    public String getClaimedBy() { return claimedBy; }
    public Instant getClaimedUntil() { return claimedUntil; }
}
