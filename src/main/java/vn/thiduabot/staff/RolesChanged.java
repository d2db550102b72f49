package vn.thiduabot.staff;

import java.util.Set;
import vn.thiduabot.people.Role;

/**
 * A staff list changed a person's roles, or brought a person who had left back with these roles
 * ({@code before} is then empty); published in the import's transaction.
 */
public record RolesChanged(long staffId, Set<Role> before, Set<Role> after) {

    public RolesChanged {
        before = Set.copyOf(before);
        after = Set.copyOf(after);
    }
}
