package vn.thiduabot.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What an inline button means. The button carries only {@link #token}; the action, its payload and
 * the one user allowed to press it stay on the server, so forged callback data finds nothing.
 */
@Entity
@Table(name = "callback_token")
class CallbackToken {

    @Id
    private String token;

    @Column(name = "chat_id", nullable = false)
    private long chatId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false)
    private String action;

    private String payload;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected CallbackToken() {
    }

    CallbackToken(String token, long chatId, long userId, String action, String payload, Instant createdAt, Instant expiresAt) {
        this.token = token;
        this.chatId = chatId;
        this.userId = userId;
        this.action = action;
        this.payload = payload;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    String token() { return token; }
    long userId() { return userId; }
    String action() { return action; }
    String payload() { return payload; }
    Instant expiresAt() { return expiresAt; }
}
