package vn.thiduabot.chat;

import vn.thiduabot.people.PersonDirectory;

import vn.thiduabot.people.Role;

import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** /ngonngu (/language): Vietnamese (default) or English, kept on the staff member's row. */
@Component
@Order(9100)
class LanguageDialog implements Command, LegacyButtonAction {

    static final String ACTION = "lang";

    private final PersonDirectory directory;

    LanguageDialog(PersonDirectory directory) {
        this.directory = directory;
    }

    @Override
    public List<String> names() {
        return List.of("ngonngu", "language");
    }

    @Override
    public String descriptionKey() {
        return "command.language";
    }

    @Override
    public Set<Role> roles() {
        return Set.of();
    }

    @Override
    public void run(ChatSession s, String args) {
        s.message("language.choose")
                .buttonKey("language.vi", ACTION, "vi")
                .buttonKey("language.en", ACTION, "en")
                .send();
    }


    @Override
    public String action() {
        return ACTION;
    }

    @Override
    public void onPress(ChatSession s, String payload) {
        var locale = Texts.locale(payload);
        directory.changeLanguage(s.requireUser().staffId(), locale);
        s.useLocale(locale);
        s.toast("language.changed");
        s.reply("language.changed");
    }
}
