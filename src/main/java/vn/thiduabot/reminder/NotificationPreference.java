package vn.thiduabot.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person's choice to mute notices (never deadline reminders). */
@Entity
@Table(name = "notification_preference")
class NotificationPreference {

    @Id
    @Column(name = "staff_id")
    private Long staffId;

    @Column(name = "mute_notices", nullable = false)
    private boolean muteNotices;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected NotificationPreference() {
    }

    NotificationPreference(long staffId, boolean muteNotices, Instant now) {
        this.staffId = staffId;
        this.muteNotices = muteNotices;
        this.updatedAt = now;
    }

    boolean isMuteNotices() {
        return muteNotices;
    }

    void setMuteNotices(boolean mute, Instant now) {
        this.muteNotices = mute;
        this.updatedAt = now;
    }
}
