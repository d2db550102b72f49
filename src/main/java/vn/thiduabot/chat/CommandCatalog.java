package vn.thiduabot.chat;

import vn.thiduabot.people.Person;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Every command the bot knows, for routing, /help and Telegram's command menu. */
@Component
public class CommandCatalog {

    private final ObjectProvider<Command> provider;
    private volatile List<Command> commands;

    /** Commands are looked up on first use: some of them (greetings, /help) list the catalog themselves. */
    CommandCatalog(ObjectProvider<Command> provider) {
        this.provider = provider;
    }

    private List<Command> commands() {
        List<Command> c = commands;
        if (c == null) {
            c = provider.orderedStream().toList();
            commands = c;
        }
        return c;
    }

    public Optional<Command> find(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return commands().stream().filter(c -> c.names().contains(n)).findFirst();
    }

    public List<Command> all() {
        return commands();
    }

    /** One line per command this person may run: "/trogiup · /help — description", in their language. */
    public String describe(Optional<Person> user, Texts texts, Locale locale) {
        return visibleTo(user).stream()
                .map(c -> "/" + String.join(" · /", c.names()) + " — " + texts.get(locale, c.descriptionKey()))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    /** What this person may run: strangers only the open commands, staff by their stored roles. */
    public List<Command> visibleTo(Optional<Person> user) {
        return commands().stream()
                .filter(c -> c.allows(user))
                .toList();
    }
}
