package vn.thiduabot.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import org.springframework.data.domain.Persistable;

/**
 * An update already handled; a re-delivered update with the same id is ignored.
 *
 * <p>{@link Persistable}: the intake asks whether the id exists before it creates one, so a new record
 * is inserted at once instead of merged (a merge of an assigned id first SELECTs it again: one query
 * per update for nothing, about a tenth of the batch's time in the polling thread's profile).
 */
@Entity
@Table(name = "processed_update")
class ProcessedUpdate implements Persistable<Long> {

    @Id
    @Column(name = "update_id")
    private Long updateId;

    @Column(name = "processed_at", nullable = false)
    private Instant processedAt;

    @Transient
    private boolean fresh;

    protected ProcessedUpdate() {
    }

    ProcessedUpdate(long updateId, Instant processedAt) {
        this.updateId = updateId;
        this.processedAt = processedAt;
        this.fresh = true;
    }

    @Override
    public Long getId() {
        return updateId;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostPersist
    @PostLoad
    void stored() {
        fresh = false;
    }
}
