package vn.thiduabot.registration.chat;

import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.chat.ButtonAction;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.people.Role;
import vn.thiduabot.registration.Registration;
import vn.thiduabot.registration.OwnRegistrationService;
import vn.thiduabot.registration.RegistrationForm;
import vn.thiduabot.registration.RegistrationRefused;
import vn.thiduabot.registration.TargetInput;
import vn.thiduabot.registration.chat.RegistrationButtons.Answer;
import vn.thiduabot.registration.chat.RegistrationButtons.Form;
import vn.thiduabot.registration.chat.RegistrationButtons.Initiative;
import vn.thiduabot.registration.chat.RegistrationButtons.Keep;
import vn.thiduabot.registration.chat.RegistrationButtons.Title;
import vn.thiduabot.registration.chat.RegistrationButtons.YesNo;

/** A /dangky button that answers the question on screen: valid only while that question is on screen. */
@Component
class RegistrationAnswerButtons implements ButtonAction<Answer> {

    private final OwnRegistrationService own;
    private final RegistrationQuestions questions;
    private final RegistrationContext context;

    RegistrationAnswerButtons(OwnRegistrationService own, RegistrationQuestions questions, RegistrationContext context) {
        this.own = own;
        this.questions = questions;
        this.context = context;
    }

    @Override
    public String action() {
        return "reg.answer";
    }

    @Override
    public Class<Answer> payloadType() {
        return Answer.class;
    }

    @Override
    public Set<Role> roles() {
        return Set.of();
    }

    @Override
    public void onPress(ChatSession s, Answer a) {
        String step = RegistrationButtons.stepOf(a);
        if (!s.inFlow(RegistrationDialog.FLOW) || !step.equals(s.step())) {
            stale(s);
            return;
        }
        Optional<RegistrationContext.Context> ctx = context.of(s);
        if (ctx.isEmpty()) {
            return;
        }
        Campaign c = ctx.get().campaign();
        Registration r = ctx.get().registration();
        if (a instanceof Keep) { // nothing changes, on to the next open question
            if (r == null) {
                stale(s);
                return;
            }
            s.toast("registration.kept");
            String next = Steps.firstUnanswered(r, c);
            s.moveTo(next);
            questions.ask(s, c, r, next);
            return;
        }
        if (r == null && !(a instanceof Title)) { // only the title comes before the registration row exists
            stale(s);
            return;
        }
        try {
            r = own.answer(s.requireUser().staffId(), c, Collections.singletonMap(step, value(a)));
        } catch (RegistrationRefused refused) {
            if (refused.kind() == RegistrationRefused.Kind.NOT_NOW) {
                s.endFlow();
                s.reply(refused.key(), refused.args());
            } else { // a choice the campaign no longer offers (its file changed since the button was shown)
                stale(s);
            }
            return;
        }
        s.toast("registration.saved");
        questions.proceed(s, c, r, step);
    }

    /** What the button answers its question with, as {@link RegistrationForm#check} takes it (null: no form, skip). */
    private static String value(Answer a) {
        if (a instanceof Title t) {
            return t.code();
        } else if (a instanceof Form f) {
            return f.code();
        } else if (a instanceof Initiative i) {
            return i.planned() ? TargetInput.YES : TargetInput.NO;
        } else if (a instanceof YesNo y) {
            return y.yes() ? TargetInput.YES : TargetInput.NO;
        }
        return null; // NoForm, Skip
    }

    /** A question button from an earlier screen: nothing changes; the current question is asked again. */
    private void stale(ChatSession s) {
        s.toast("registration.stale");
        if (s.inFlow(RegistrationDialog.FLOW)) {
            context.of(s).ifPresent(ctx -> questions.repeat(s, ctx.campaign(), ctx.registration(), s.step()));
        }
    }
}
