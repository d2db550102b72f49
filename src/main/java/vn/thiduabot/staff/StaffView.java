package vn.thiduabot.staff;

import java.util.Optional;
import java.util.Set;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;

/**
 * A staff member as other features see them (registration, scoring, reports): who they are, their
 * team and roles, and, if they linked Telegram, how to reach them.
 */
public record StaffView(long staffId, String fullName, String phone, String teamName, Set<Role> roles, boolean active,
                        Optional<Person> linkedPerson) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The name with the team after a dash, as on a choice button. */
    public String nameAndTeam() {
        return teamName == null ? fullName : fullName + " — " + teamName;
    }

    public boolean linked() {
        return linkedPerson.isPresent();
    }
}
