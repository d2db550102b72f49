package vn.thiduabot.chat;

import vn.thiduabot.people.Role;

import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** /trogiup (/help): only the commands this person may use. */
@Component
@Order(9000)
class HelpDialog implements Command {

    private final CommandCatalog catalog;
    private final Texts texts;

    HelpDialog(CommandCatalog catalog, Texts texts) {
        this.catalog = catalog;
        this.texts = texts;
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
        String lines = catalog.describe(s.user(), texts, s.locale());
        String header = s.user().map(u -> s.text("help.header", u.fullName())).orElseGet(() -> s.text("help.header-stranger"));
        return header + "\n\n" + lines;
    }
}
