package vn.thiduabot.staff;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.ImportReport.Message;
import vn.thiduabot.staff.ImportReport.Rejection;

/**
 * What a staff list would do if applied now: the valid rows, the rows left out, and per person what
 * changes, above all their roles. Nothing is saved until {@link StaffImporter#apply}.
 *
 * @param fileError set when the file as a whole was refused
 */
record ImportPlan(List<StaffRowValidator.Validated> rows, boolean hasTeam, boolean hasEmail, List<Rejection> rejections,
                  Message fileError, List<Change> changes) {

    /** Roles that open other people's records or decide for the school. */
    static final Set<Role> PRIVILEGED = EnumSet.of(Role.PRINCIPAL, Role.ADMIN, Role.SECRETARY, Role.COUNCIL);

    ImportPlan {
        rows = List.copyOf(rows);
        rejections = List.copyOf(rejections);
        changes = List.copyOf(changes);
    }

    static ImportPlan refused(Message fileError) {
        return new ImportPlan(List.of(), false, false, List.of(), fileError, List.of());
    }

    /**
     * One person the list adds or changes. {@code before} is empty for a new person and for someone
     * coming back from the inactive list (they had no access).
     */
    record Change(Long staffId, String fullName, Set<Role> before, Set<Role> after) {

        boolean isNew() {
            return staffId == null;
        }

        boolean changesRoles() {
            return !before.equals(after);
        }

        boolean gainsRoles() {
            return !before.containsAll(after);
        }

        /** A privileged role given or taken away. */
        boolean privileged() {
            Set<Role> changed = EnumSet.noneOf(Role.class);
            after.stream().filter(r -> !before.contains(r)).forEach(changed::add);
            before.stream().filter(r -> !after.contains(r)).forEach(changed::add);
            return changed.stream().anyMatch(PRIVILEGED::contains);
        }
    }

    boolean failed() {
        return fileError != null;
    }

    boolean changesNothing() {
        return changes.isEmpty();
    }

    long newPeople() {
        return changes.stream().filter(Change::isNew).count();
    }

    long updatedPeople() {
        return changes.size() - newPeople();
    }

    boolean touchesPrivilege() {
        return changes.stream().anyMatch(Change::privileged);
    }

    /** Role changes, privileged ones first. */
    List<Change> roleChanges() {
        return changes.stream().filter(Change::changesRoles)
                .sorted((a, b) -> Boolean.compare(b.privileged(), a.privileged())).toList();
    }

    /**
     * Nobody confirms a list that gives them roles. A list that gives or takes a privileged role needs
     * the principal or an admin; any other list the secretary too.
     */
    boolean mayBeConfirmedBy(Person user) {
        boolean gains = changes.stream().anyMatch(c -> c.staffId() != null && c.staffId() == user.staffId() && c.gainsRoles());
        if (gains) {
            return false;
        }
        return touchesPrivilege() ? user.has(Role.PRINCIPAL) || user.has(Role.ADMIN)
                : user.hasAny(Set.of(Role.PRINCIPAL, Role.ADMIN, Role.SECRETARY));
    }
}
