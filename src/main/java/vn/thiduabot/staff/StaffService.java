package vn.thiduabot.staff;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The staff list as the secretary manages it by hand: finding a person, taking someone off the list, the counts. */
@Service
public class StaffService {

    private final StaffRepository staff;
    private final StaffImporter importer;

    StaffService(StaffRepository staff, StaffImporter importer) {
        this.staff = staff;
        this.importer = importer;
    }

    /** The person with this phone number (any form), active or not. */
    @Transactional(readOnly = true)
    public Optional<StaffMember> findByPhone(String rawPhone) {
        return importer.findByPhone(rawPhone);
    }

    /** The person with this id, active or not. */
    @Transactional(readOnly = true)
    public Optional<StaffMember> member(long staffId) {
        return staff.findById(staffId);
    }

    /**
     * Takes a person off the active list, done by {@code byStaffId} (recorded in the audit log).
     *
     * @return false if there is no such person or they were already inactive
     */
    @Transactional
    public boolean deactivate(long staffId, long byStaffId) {
        return importer.deactivate(staffId, AuditLog.Actor.staff(byStaffId));
    }

    /** The active staff, by name. */
    @Transactional(readOnly = true)
    public List<StaffMember> activeMembers() {
        return staff.findByActiveTrueOrderByFullNameAsc();
    }

    /** Everyone ever on the list, people who left included. */
    @Transactional(readOnly = true)
    public long everyoneCount() {
        return staff.count();
    }

    /** Whether this text is a phone number at all (Vietnamese mobile or landline). */
    public static boolean isPhoneNumber(String text) {
        return PhoneNumbers.normalise(text).isPresent();
    }
}
