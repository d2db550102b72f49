package vn.thiduabot.scoring;

import java.util.Set;
import vn.thiduabot.chat.ChatUser;
import vn.thiduabot.chat.Role;

/** The person doing something, as stored (never as a message claims): staff id, name, team, roles. */
record Actor(long staffId, String fullName, String teamName, Set<Role> roles) {

    static Actor of(ChatUser u) {
        return new Actor(u.staffId(), u.fullName(), u.teamName(), u.roles());
    }

    boolean has(Role role) {
        return roles.contains(role);
    }
}
