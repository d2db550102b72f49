package vn.thiduabot.people;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/** A linked staff member: who they are, their stored roles and how to reach them. Never built from what a message claims. */
public record Person(long staffId, String fullName, String teamName, Set<Role> roles, Locale locale,
                       Long telegramUserId, Long chatId) {

    public boolean hasAny(Collection<Role> wanted) {
        return wanted.isEmpty() || wanted.stream().anyMatch(roles::contains);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
