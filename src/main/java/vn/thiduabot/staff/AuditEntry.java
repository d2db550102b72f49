package vn.thiduabot.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of linking or roles: who did it, when, to whom, and what it was before and after. Never changed. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    /** What changed. */
    public enum Action { LINKED, UNLINKED, ROLES_CHANGED, ADDED, DEACTIVATED, REACTIVATED, INVITE_ISSUED, RELINK_APPROVED, RELINK_DECLINED }

    /** Who did it: a staff member through the bot, the server operator's command line, or the bot on its own. */
    public enum ActorKind { STAFF, COMMAND_LINE, SYSTEM }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_kind", nullable = false)
    private ActorKind actorKind;

    @Column(name = "actor_staff_id")
    private Long actorStaffId;

    @Column(name = "subject_staff_id")
    private Long subjectStaffId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Action action;

    @Column(name = "old_value")
    private String oldValue;

    @Column(name = "new_value")
    private String newValue;

    protected AuditEntry() {
    }

    AuditEntry(Instant at, AuditLog.Actor actor, Long subjectStaffId, Action action, String oldValue, String newValue) {
        this.at = at;
        this.actorKind = actor.kind();
        this.actorStaffId = actor.staffId();
        this.subjectStaffId = subjectStaffId;
        this.action = action;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    public Long id() { return id; }
    public Instant at() { return at; }
    public ActorKind actorKind() { return actorKind; }
    public Long actorStaffId() { return actorStaffId; }
    public Long subjectStaffId() { return subjectStaffId; }
    public Action action() { return action; }
    public String oldValue() { return oldValue; }
    public String newValue() { return newValue; }
}
