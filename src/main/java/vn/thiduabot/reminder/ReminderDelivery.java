package vn.thiduabot.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** This person has had this occurrence: never again. */
@Entity
@Table(name = "reminder_delivery")
class ReminderDelivery {

    @EmbeddedId
    private Key id;

    @Column(name = "delivered_at", nullable = false)
    private Instant deliveredAt;

    protected ReminderDelivery() {
    }

    ReminderDelivery(Key id, Instant deliveredAt) {
        this.id = id;
        this.deliveredAt = deliveredAt;
    }

    @Embeddable
    record Key(@Column(name = "occurrence_id") String occurrenceId, @Column(name = "staff_id") long staffId) implements Serializable { }
}
