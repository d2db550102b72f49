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
class LanguageDialog implements Command, ButtonAction<LanguageDialog.Choose> {

    /** The languages the bot speaks, as stored on the staff member's row. */
    enum Language {
        VI("vi"), EN("en");

        private final String code;

        Language(String code) {
            this.code = code;
        }
    }

    /** The button of one language. */
    record Choose(Language language) implements ButtonPayload { }

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
                .buttonKey("language.vi", new Choose(Language.VI))
                .buttonKey("language.en", new Choose(Language.EN))
                .send();
    }

    @Override
    public String action() {
        return "lang";
    }

    @Override
    public Class<Choose> payloadType() {
        return Choose.class;
    }

    @Override
    public void onPress(ChatSession s, Choose choice) {
        var locale = Texts.locale(choice.language().code);
        directory.changeLanguage(s.requireUser().staffId(), locale);
        s.useLocale(locale);
        s.toast("language.changed");
        s.reply("language.changed");
    }
}
