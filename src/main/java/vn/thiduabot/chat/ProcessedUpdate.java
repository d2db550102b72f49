package vn.thiduabot.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An update already handled; a re-delivered update with the same id is ignored. */
@Entity
@Table(name = "processed_update")
class ProcessedUpdate {

    @Id
    @Column(name = "update_id")
    private Long updateId;

    @Column(name = "processed_at", nullable = false)
    private Instant processedAt;

    protected ProcessedUpdate() {
    }

    ProcessedUpdate(long updateId, Instant processedAt) {
        this.updateId = updateId;
        this.processedAt = processedAt;
    }
}
