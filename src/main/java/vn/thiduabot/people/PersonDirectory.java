package vn.thiduabot.people;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Who is behind a Telegram user, and who holds a role; implemented by the staff module. */
public interface PersonDirectory {

    /** The active, linked staff member behind a Telegram user id, if any. */
    Optional<Person> findByTelegramUser(long telegramUserId);

    /** Active, linked staff holding a role (for notifications). */
    List<Person> linkedWithRole(Role role);

    /** Everyone active and linked (e.g. to send each their own command menu). */
    List<Person> linked();

    void changeLanguage(long staffId, Locale locale);
}
