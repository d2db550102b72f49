package vn.thiduabot.staff.chat;

import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffMember;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.people.Person;
import vn.thiduabot.chat.CommandCatalog;
import vn.thiduabot.chat.Texts;

/** The greeting after linking (Xin chào + name): who the bot now knows you are, your roles, and what you may do. */
@Component
class LinkGreeting {

    private final CommandCatalog catalog;
    private final Texts texts;

    LinkGreeting(CommandCatalog catalog, Texts texts) {
        this.catalog = catalog;
        this.texts = texts;
    }

    void greet(ChatSession s, StaffMember member, String key) {
        Person user = StaffDirectory.toPerson(member);
        s.useLocale(user.locale());
        String roles = user.roles().stream().sorted().map(r -> s.text(r.messageKey())).collect(Collectors.joining(", "));
        String team = user.teamName() == null ? "" : s.text("link.team", user.teamName());
        s.message(key, user.fullName(), roles, team, catalog.describe(Optional.of(user), texts, user.locale()))
                .removeKeyboard()
                .send();
    }
}
