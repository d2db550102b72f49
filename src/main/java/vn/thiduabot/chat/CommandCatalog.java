package vn.thiduabot.chat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Every command the bot knows, for routing, /help and Telegram's command menu. */
@Component
public class CommandCatalog {

    private final List<Command> commands;

    CommandCatalog(List<Command> commands) {
        this.commands = List.copyOf(commands);
    }

    public Optional<Command> find(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return commands.stream().filter(c -> c.names().contains(n)).findFirst();
    }

    public List<Command> all() {
        return commands;
    }

    /** What this person may run: strangers only the open commands, staff by their stored roles. */
    public List<Command> visibleTo(Optional<ChatUser> user) {
        return commands.stream()
                .filter(c -> user.map(u -> u.hasAny(c.roles())).orElse(c.openToStrangers()))
                .toList();
    }
}
