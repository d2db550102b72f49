package vn.thiduabot.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A one-time code the secretary gives to someone who will not share their phone number. */
@Entity
@Table(name = "invite_code")
class InviteCode {

    @Id
    private String code;

    @Column(name = "staff_id", nullable = false)
    private long staffId;

    @Column(name = "created_by_staff_id")
    private Long createdByStaffId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "used_by_telegram_user_id")
    private Long usedByTelegramUserId;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    /** The code moves an already linked person to a new Telegram account (a second person confirmed it). */
    @Column(name = "replaces_link", nullable = false)
    private boolean replacesLink;

    protected InviteCode() {
    }

    InviteCode(String code, long staffId, Long createdByStaffId, Instant createdAt, Instant expiresAt, boolean replacesLink) {
        this.code = code;
        this.replacesLink = replacesLink;
        this.staffId = staffId;
        this.createdByStaffId = createdByStaffId;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean usableAt(Instant now) {
        return usedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }

    /** A newer code was issued, or the person linked another way: this one no longer works. */
    void revoke(Instant now) {
        if (usedAt == null && revokedAt == null) {
            this.revokedAt = now;
        }
    }

    boolean replacesLink() { return replacesLink; }

    void use(long telegramUserId, Instant now) {
        this.usedAt = now;
        this.usedByTelegramUserId = telegramUserId;
    }

    String code() { return code; }
    long staffId() { return staffId; }
    Instant expiresAt() { return expiresAt; }
}
