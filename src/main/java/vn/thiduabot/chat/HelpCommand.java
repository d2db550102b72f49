package vn.thiduabot.chat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** /trogiup (/help): only the commands this person may use. */
@Component
class HelpCommand implements Command {

    private final CommandCatalog catalog;

    HelpCommand(@Lazy CommandCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<String> names() {
        return List.of("trogiup", "help");
    }

    @Override
    public String descriptionKey() {
        return "command.help";
    }

    @Override
    public Set<Role> roles() {
        return Set.of();
    }

    @Override
    public boolean openToStrangers() {
        return true;
    }

    @Override
    public void run(ChatSession s, String args) {
        s.literal(render(s)).send();
    }

    String render(ChatSession s) {
        String lines = catalog.visibleTo(s.user()).stream()
                .map(c -> "/" + String.join(" · /", c.names()) + " — " + s.text(c.descriptionKey()))
                .collect(Collectors.joining("\n"));
        String header = s.user().map(u -> s.text("help.header", u.fullName())).orElseGet(() -> s.text("help.header-stranger"));
        return header + "\n\n" + lines;
    }
}
