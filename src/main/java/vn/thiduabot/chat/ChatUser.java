package vn.thiduabot.chat;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/** A linked staff member as the dialogs see them. Never built from what a message claims. */
public record ChatUser(long staffId, String fullName, String teamName, Set<Role> roles, Locale locale,
                       Long telegramUserId, Long chatId) {

    public boolean hasAny(Collection<Role> wanted) {
        return wanted.isEmpty() || wanted.stream().anyMatch(roles::contains);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
