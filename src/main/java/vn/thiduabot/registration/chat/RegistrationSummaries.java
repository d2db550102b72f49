package vn.thiduabot.registration.chat;

import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.people.Person;
import vn.thiduabot.registration.Registration;
import vn.thiduabot.registration.chat.RegistrationButtons.Edit;
import vn.thiduabot.registration.chat.RegistrationButtons.Item;
import vn.thiduabot.registration.chat.RegistrationButtons.Restart;
import vn.thiduabot.registration.chat.RegistrationButtons.Resume;
import vn.thiduabot.registration.chat.RegistrationButtons.Submit;
import vn.thiduabot.registration.chat.RegistrationButtons.View;

/** The /dangky screens about the whole registration: continue or start over, the summary to send, the edit menu. */
@Component
class RegistrationSummaries {

    private static final int BUTTON_LABEL = 40;

    private final RegistrationTexts texts;

    RegistrationSummaries(RegistrationTexts texts) {
        this.texts = texts;
    }

    private String summary(ChatSession s, Campaign c, Registration r) {
        Person u = s.requireUser();
        return texts.summary(s, c, r, u.fullName(), u.teamName());
    }

    void askResume(ChatSession s, Campaign c, Registration r) {
        askResume(s, c, r, more -> { });
    }

    /** The same, with {@code more} buttons after its own (the Mini App's, on /dangky's first screen). */
    void askResume(ChatSession s, Campaign c, Registration r, Consumer<Reply> more) {
        s.literal(summary(s, c, r) + "\n\n" + s.text("registration.resume.ask"))
                .buttonKey("registration.resume.continue", new Resume(r.id(), r.version()))
                .buttonKey("registration.resume.restart", new Restart(r.id(), r.version()))
                .with(more)
                .send();
    }

    void showSubmitted(ChatSession s, Campaign c, Registration r) {
        showSubmitted(s, c, r, more -> { });
    }

    /** The same, with {@code more} buttons after its own. */
    void showSubmitted(ChatSession s, Campaign c, Registration r, Consumer<Reply> more) {
        s.literal(summary(s, c, r) + "\n\n" + s.text("registration.editable-until", RegistrationTexts.deadline(c)))
                .buttonKey("registration.button.edit", new Edit(r.id(), r.version()))
                .with(more)
                .send();
    }

    /** The draft's summary; with the send button when every question has an answer. */
    void showDraft(ChatSession s, Campaign c, Registration r) {
        String summary = summary(s, c, r);
        if (Steps.complete(r, c)) {
            s.moveTo(Steps.CONFIRM);
            s.literal(summary + "\n\n" + s.text("registration.confirm.hint", RegistrationTexts.deadline(c)))
                    .buttonKey("registration.button.submit", new Submit(r.id(), r.version())).row()
                    .buttonKey("registration.button.edit-item", new Edit(r.id(), r.version()))
                    .send();
        } else {
            s.moveTo(Steps.RESUME);
            s.literal(summary + "\n\n" + s.text("registration.incomplete"))
                    .buttonKey("registration.resume.continue", new Resume(r.id(), r.version()))
                    .send();
        }
    }

    void showEditMenu(ChatSession s, Campaign c, Registration r) {
        s.moveTo(Steps.EDIT);
        Reply menu = s.message("registration.edit.menu")
                .buttonKey("registration.edit.title", new Item(r.id(), r.version(), Steps.TITLE)).row()
                .buttonKey("registration.edit.form", new Item(r.id(), r.version(), Steps.FORM)).row()
                .buttonKey("registration.edit.initiative", new Item(r.id(), r.version(), Steps.INITIATIVE)).row();
        int n = 0;
        for (Campaign.Target t : c.targets()) {
            menu.button(Texts.shorten((++n) + ". " + t.name(), BUTTON_LABEL), new Item(r.id(), r.version(), Steps.target(t.code()))).row();
        }
        menu.buttonKey("registration.edit.back", new View(r.id(), r.version())).send();
    }
}
