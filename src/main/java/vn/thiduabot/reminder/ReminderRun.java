package vn.thiduabot.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An occurrence that has fired; it is not planned again after a restart. */
@Entity
@Table(name = "reminder_run")
class ReminderRun {

    @Id
    @Column(name = "occurrence_id")
    private String occurrenceId;

    @Column(name = "fired_at", nullable = false)
    private Instant firedAt;

    protected ReminderRun() {
    }

    ReminderRun(String occurrenceId, Instant firedAt) {
        this.occurrenceId = occurrenceId;
        this.firedAt = firedAt;
    }
}
