package vn.thiduabot.registration.chat;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.registration.Registration;
import vn.thiduabot.registration.TargetInput;
import vn.thiduabot.registration.chat.RegistrationButtons.Form;
import vn.thiduabot.registration.chat.RegistrationButtons.Initiative;
import vn.thiduabot.registration.chat.RegistrationButtons.Keep;
import vn.thiduabot.registration.chat.RegistrationButtons.NoForm;
import vn.thiduabot.registration.chat.RegistrationButtons.Skip;
import vn.thiduabot.registration.chat.RegistrationButtons.Title;
import vn.thiduabot.registration.chat.RegistrationButtons.YesNo;

/** The questions of /dangky, one screen each, showing the saved answer (with a keep button) when there is one. */
@Component
class RegistrationQuestions {

    private final RegistrationTexts texts;
    private final RegistrationSummaries summaries;

    RegistrationQuestions(RegistrationTexts texts, RegistrationSummaries summaries) {
        this.texts = texts;
        this.summaries = summaries;
    }

    /** Asks the question of this step; the summary for {@link Steps#CONFIRM}. */
    void ask(ChatSession s, Campaign c, Registration r, String step) {
        if (Steps.CONFIRM.equals(step)) {
            summaries.showDraft(s, c, r);
            return;
        }
        StringBuilder text = new StringBuilder();
        String current = null;
        Reply q;
        switch (step) {
            case Steps.TITLE -> {
                text.append(s.text("registration.ask.title", c.schoolYear(), texts.titleList(s, c, c.individualTitles())));
                current = r == null || r.titleCode() == null ? null : RegistrationTexts.titleName(c, r.titleCode());
                q = s.literal(withCurrent(s, text, current));
                for (Campaign.Title t : c.individualTitles()) {
                    q.button(t.name(), new Title(t.code())).row();
                }
            }
            case Steps.FORM -> {
                text.append(s.text("registration.ask.form"));
                current = r == null ? null : texts.formAnswer(s, c, r.formAnswered(), r.formCode());
                q = s.literal(withCurrent(s, text, current));
                for (Campaign.CommendationForm f : c.forms()) {
                    q.button(f.name(), new Form(f.code())).row();
                }
                q.buttonKey("registration.form.none", new NoForm()).row();
            }
            case Steps.INITIATIVE -> {
                text.append(s.text("registration.ask.initiative"));
                Optional<Campaign.Title> title = r == null ? Optional.empty() : c.individualTitle(r.titleCode());
                if (title.isPresent() && !title.get().requires().isEmpty() && title.get().notes() != null) {
                    text.append(s.text("registration.initiative.note", title.get().name(), title.get().notes().strip()));
                }
                current = r == null || r.hasInitiative() == null ? null
                        : r.hasInitiative() ? s.text("registration.initiative.yes") : s.text("registration.initiative.no");
                q = s.literal(withCurrent(s, text, current))
                        .buttonKey("registration.initiative.yes", new Initiative(true))
                        .buttonKey("registration.initiative.no", new Initiative(false)).row();
            }
            case Steps.INITIATIVE_TITLE -> {
                text.append(s.text("registration.ask.initiative-title", String.valueOf(TargetInput.MAX_INITIATIVE_TITLE)));
                current = r == null ? null : r.initiativeTitle();
                q = s.literal(withCurrent(s, text, current));
            }
            case Steps.INITIATIVE_SUBJECT -> {
                text.append(s.text("registration.ask.initiative-subject", String.valueOf(TargetInput.MAX_INITIATIVE_SUBJECT)));
                current = r == null ? null : r.initiativeSubject();
                q = s.literal(withCurrent(s, text, current));
            }
            default -> {
                Campaign.Target t = Steps.targetCode(step).flatMap(c::target).orElse(null);
                if (t == null) { // a target the school has since removed from the campaign file
                    String next = Steps.firstUnanswered(r, c);
                    s.moveTo(next);
                    ask(s, c, r, next);
                    return;
                }
                current = r == null ? null : texts.answer(s, t, r.answerFor(t.code()));
                q = askTarget(s, c, t, text, current);
            }
        }
        if (current != null) {
            q.buttonKey("registration.keep", new Keep(step));
        }
        q.send();
    }

    private Reply askTarget(ChatSession s, Campaign c, Campaign.Target t, StringBuilder text, String current) {
        int index = c.targets().indexOf(t) + 1;
        text.append(s.text("registration.ask.target", String.valueOf(index), String.valueOf(c.targets().size()), t.name()));
        text.append('\n').append(texts.targetHint(s, t));
        Reply q = s.literal(withCurrent(s, text, current));
        if (t.type() == Campaign.TargetType.YES_NO) {
            q.buttonKey("registration.yes", new YesNo(t.code(), true))
                    .buttonKey("registration.no", new YesNo(t.code(), false)).row();
        }
        if (!t.required()) {
            q.buttonKey("registration.skip", new Skip(t.code())).row();
        }
        return q;
    }

    private static String withCurrent(ChatSession s, StringBuilder text, String current) {
        return current == null ? text.toString() : text + "\n\n" + s.text("registration.current", current);
    }

    /** The question (or menu) on screen, again. */
    void repeat(ChatSession s, Campaign c, Registration r, String step) {
        if (Steps.RESUME.equals(step) && r != null) {
            summaries.askResume(s, c, r);
        } else if (Steps.EDIT.equals(step) && r != null) {
            summaries.showEditMenu(s, c, r);
        } else if (Steps.CONFIRM.equals(step) && r != null) {
            summaries.showDraft(s, c, r);
        } else if (Steps.isQuestion(step, c)) {
            ask(s, c, r, step);
        } else {
            String next = Steps.firstUnanswered(r, c);
            s.moveTo(next);
            ask(s, c, r, next);
        }
    }

    /** On to the next question once {@code answered} was answered. */
    void proceed(ChatSession s, Campaign c, Registration r, String answered) {
        String next = Steps.after(answered, r, c);
        s.moveTo(next);
        ask(s, c, r, next);
    }
}
