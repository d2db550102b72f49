package vn.thiduabot.staff;

import java.time.Clock;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.AuditEntry.Action;
import vn.thiduabot.staff.AuditEntry.ActorKind;

/**
 * The audit log of linking and roles: written in the transaction of the change itself (so a change
 * that rolls back leaves no entry), and logged at INFO for the server operator.
 */
@Service
class AuditLog {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

    /** Who made a change. */
    record Actor(ActorKind kind, Long staffId) {
        static Actor staff(long staffId) { return new Actor(ActorKind.STAFF, staffId); }
        static Actor commandLine() { return new Actor(ActorKind.COMMAND_LINE, null); }
        static Actor system() { return new Actor(ActorKind.SYSTEM, null); }

        @Override
        public String toString() {
            return kind == ActorKind.STAFF ? "staff #" + staffId : kind == ActorKind.COMMAND_LINE ? "command line" : "system";
        }
    }

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional
    public void record(Actor actor, Long subjectStaffId, Action action, String oldValue, String newValue) {
        entries.save(new AuditEntry(clock.instant(), actor, subjectStaffId, action, oldValue, newValue));
        log.info("Audit: {} {} staff #{}: {} -> {}", actor, action, subjectStaffId,
                oldValue == null ? "-" : oldValue, newValue == null ? "-" : newValue);
    }

    /** A page of entries, newest first ({@link Slice#hasNext()}: older ones exist); {@code subjects} null means everyone. */
    @Transactional(readOnly = true)
    public Slice<AuditEntry> page(Collection<Long> subjects, int page, int size) {
        PageRequest p = PageRequest.of(page, size);
        return subjects == null ? entries.findAllByOrderByIdDesc(p) : entries.findBySubjectStaffIdInOrderByIdDesc(subjects, p);
    }

    /** Roles as the staff list writes them (GIAO_VIEN;HOI_DONG), in the enum's order; empty for none. */
    static String roles(Set<Role> roles) {
        return roles.stream().sorted().map(Role::vietnameseCode).collect(Collectors.joining(";"));
    }
}
