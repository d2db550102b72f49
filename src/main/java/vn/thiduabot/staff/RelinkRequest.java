package vn.thiduabot.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The secretary asks for a code that moves an already linked person to a new Telegram account. A
 * second person decides: the principal or an admin, never the one who asked and never the person concerned.
 */
@Entity
@Table(name = "relink_request")
class RelinkRequest {

    enum Status { PENDING, APPROVED, DECLINED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "staff_id", nullable = false)
    private long staffId;

    @Column(name = "requested_by_staff_id", nullable = false)
    private long requestedByStaffId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PENDING;

    @Column(name = "decided_by_staff_id")
    private Long decidedByStaffId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected RelinkRequest() {
    }

    RelinkRequest(long staffId, long requestedByStaffId, Instant now) {
        this.staffId = staffId;
        this.requestedByStaffId = requestedByStaffId;
        this.createdAt = now;
    }

    /** Whether this person may decide: someone other than the one who asked and the one concerned. */
    boolean mayBeDecidedBy(StaffMember decider) {
        return decider.maySecondOthers() && decider.getId() != requestedByStaffId && decider.getId() != staffId;
    }

    /** @return false if it was decided before (by someone else, or by an earlier press) */
    boolean decide(boolean approve, long deciderStaffId, Instant now) {
        if (status != Status.PENDING) {
            return false;
        }
        this.status = approve ? Status.APPROVED : Status.DECLINED;
        this.decidedByStaffId = deciderStaffId;
        this.decidedAt = now;
        return true;
    }

    Long id() { return id; }
    long staffId() { return staffId; }
    long requestedByStaffId() { return requestedByStaffId; }
    Status status() { return status; }
}
