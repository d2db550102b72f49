package vn.thiduabot.staff;

import java.util.List;
import java.util.Set;
import vn.thiduabot.people.Role;

/**
 * What a staff list waiting for confirmation would change, as its preview shows it: the counts, and
 * every role change (privileged ones first).
 */
public record ImportSummary(long newPeople, long updatedPeople, int rejected, List<RoleChange> roleChanges) {

    public ImportSummary {
        roleChanges = List.copyOf(roleChanges);
    }

    /** One person whose roles the list changes; {@code privileged}: a privileged role is given or taken away. */
    public record RoleChange(String fullName, boolean isNew, boolean privileged, Set<Role> before, Set<Role> after) { }

    static ImportSummary of(ImportPlan plan) {
        return new ImportSummary(plan.newPeople(), plan.updatedPeople(), plan.rejections().size(), plan.roleChanges().stream()
                .map(c -> new RoleChange(c.fullName(), c.isNew(), c.privileged(), c.before(), c.after())).toList());
    }
}
