package vn.thiduabot.nomination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of a nomination's status: who, when, and the reason they gave. */
@Entity
@Table(name = "nomination_event")
public class NominationEvent {

    /** Reasons the bot records itself when a nomination skips the team leader. */
    public static final String SKIP_NO_TEAM = "skip:no-team";
    public static final String SKIP_NOMINATOR_LEADS = "skip:nominator-leads-team";
    public static final String SKIP_NO_LEADER = "skip:no-other-team-leader";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "nomination_id", nullable = false)
    private long nominationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false)
    private NominationStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private NominationStatus to;

    /** Null when the bot itself moved it (e.g. straight to the council). */
    @Column(name = "actor_staff_id")
    private Long actorStaffId;

    @Column(name = "happened_at", nullable = false)
    private Instant at;

    private String reason;

    protected NominationEvent() {
    }

    NominationEvent(long nominationId, NominationStatus from, NominationStatus to, Long actorStaffId, Instant at, String reason) {
        this.nominationId = nominationId;
        this.from = from;
        this.to = to;
        this.actorStaffId = actorStaffId;
        this.at = at;
        this.reason = reason;
    }

    public boolean automatic() {
        return reason != null && reason.startsWith("skip:");
    }

    public long getNominationId() { return nominationId; }
    public NominationStatus getFrom() { return from; }
    public NominationStatus getTo() { return to; }
    public Long getActorStaffId() { return actorStaffId; }
    public Instant getAt() { return at; }
    public String getReason() { return reason; }
}
