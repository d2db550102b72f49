package vn.thiduabot.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a registration's history: who did what, when, and why. */
@Entity
@Table(name = "registration_history")
class RegistrationEvent {

    enum Action { CREATED, SUBMITTED, EDITED, RESTARTED, REOPENED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "registration_id")
    private Long registrationId;

    @Column(name = "collective_registration_id")
    private Long collectiveRegistrationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private RegistrationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private RegistrationStatus toStatus;

    @Column(name = "by_staff_id", nullable = false)
    private long byStaffId;

    @Column(nullable = false)
    private Instant at;

    private String reason;

    protected RegistrationEvent() {
    }

    private RegistrationEvent(Long registrationId, Long collectiveRegistrationId, Action action, RegistrationStatus from,
                              RegistrationStatus to, long byStaffId, Instant at, String reason) {
        this.registrationId = registrationId;
        this.collectiveRegistrationId = collectiveRegistrationId;
        this.action = action;
        this.fromStatus = from;
        this.toStatus = to;
        this.byStaffId = byStaffId;
        this.at = at;
        this.reason = reason;
    }

    static RegistrationEvent individual(long registrationId, Action action, RegistrationStatus from, RegistrationStatus to,
                                        long byStaffId, Instant at, String reason) {
        return new RegistrationEvent(registrationId, null, action, from, to, byStaffId, at, reason);
    }

    static RegistrationEvent collective(long collectiveId, Action action, RegistrationStatus from, RegistrationStatus to,
                                        long byStaffId, Instant at) {
        return new RegistrationEvent(null, collectiveId, action, from, to, byStaffId, at, null);
    }

    Action action() { return action; }
    RegistrationStatus fromStatus() { return fromStatus; }
    RegistrationStatus toStatus() { return toStatus; }
    long byStaffId() { return byStaffId; }
    Instant at() { return at; }
    String reason() { return reason; }
}
