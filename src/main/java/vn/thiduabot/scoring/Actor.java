package vn.thiduabot.scoring;

import java.util.Set;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;

/**
 * The person doing something, as stored (never as a message claims): staff id, name, team, roles.
 * {@code substitute} is set only by {@link Deciders#require} for the person the campaign file names to
 * decide a principal's own case.
 */
public record Actor(long staffId, String fullName, String teamName, Set<Role> roles, boolean substitute) {

    public Actor(long staffId, String fullName, String teamName, Set<Role> roles) {
        this(staffId, fullName, teamName, roles, false);
    }

    /** This person, allowed to decide the one case {@link Deciders} checked. */
    Actor deciding() {
        return new Actor(staffId, fullName, teamName, roles, true);
    }

    public static Actor of(Person u) {
        return new Actor(u.staffId(), u.fullName(), u.teamName(), u.roles());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
