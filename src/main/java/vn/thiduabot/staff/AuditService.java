package vn.thiduabot.staff;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduabot.people.Names;

/** Reading the audit log of linking and roles, a page at a time, as any front end shows it. */
@Service
public class AuditService {

    private final AuditLog audit;
    private final StaffRepository staff;

    AuditService(AuditLog audit, StaffRepository staff) {
        this.audit = audit;
        this.staff = staff;
    }

    /** Everyone who ever was on the list (people who left included) whose name contains the words typed. */
    @Transactional(readOnly = true)
    public List<Long> everyoneNamed(String name) {
        String wanted = Names.fold(name);
        return staff.findAll().stream().filter(m -> Names.fold(m.getFullName()).contains(wanted))
                .map(StaffMember::getId).toList();
    }

    /** A page of entries, newest first ({@link Slice#hasNext()}: older ones exist); {@code subjects} null means everyone. */
    @Transactional(readOnly = true)
    public Slice<AuditEntry> page(Collection<Long> subjects, int page, int size) {
        return audit.page(subjects, page, size);
    }

    /** The full names of these staff ids (people who left included). */
    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> staffIds) {
        Map<Long, String> names = new HashMap<>();
        staff.findAllById(staffIds).forEach(m -> names.put(m.getId(), m.getFullName()));
        return names;
    }
}
