package vn.thiduabot.chat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How the chat layer learns who is talking; implemented by the staff module. */
public interface UserDirectory {

    /** The active, linked staff member behind a Telegram user id, if any. */
    Optional<ChatUser> findByTelegramUser(long telegramUserId);

    /** Active, linked staff holding a role (for notifications). */
    List<ChatUser> linkedWithRole(Role role);

    void changeLanguage(long staffId, Locale locale);
}
