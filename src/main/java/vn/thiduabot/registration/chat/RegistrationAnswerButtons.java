package vn.thiduabot.registration.chat;

import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.chat.ButtonAction;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.people.Role;
import vn.thiduabot.registration.Registration;
import vn.thiduabot.registration.RegistrationService;
import vn.thiduabot.registration.TargetInput;
import vn.thiduabot.registration.chat.RegistrationButtons.Answer;
import vn.thiduabot.registration.chat.RegistrationButtons.Form;
import vn.thiduabot.registration.chat.RegistrationButtons.Initiative;
import vn.thiduabot.registration.chat.RegistrationButtons.Keep;
import vn.thiduabot.registration.chat.RegistrationButtons.NoForm;
import vn.thiduabot.registration.chat.RegistrationButtons.Skip;
import vn.thiduabot.registration.chat.RegistrationButtons.Title;
import vn.thiduabot.registration.chat.RegistrationButtons.YesNo;

/** A /dangky button that answers the question on screen: valid only while that question is on screen. */
@Component
class RegistrationAnswerButtons implements ButtonAction<Answer> {

    private final RegistrationService service;
    private final RegistrationQuestions questions;
    private final RegistrationContext context;

    RegistrationAnswerButtons(RegistrationService service, RegistrationQuestions questions, RegistrationContext context) {
        this.service = service;
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
        if (a instanceof Title t) {
            if (c.individualTitle(t.code()).isEmpty()) {
                stale(s);
                return;
            }
            r = service.chooseTitle(r == null ? service.draftFor(s.requireUser().staffId(), c.schoolYear()) : r, t.code());
        } else if (a instanceof Keep && r != null) { // nothing changes, on to the next open question
            s.toast("registration.kept");
            String next = Steps.firstUnanswered(r, c);
            s.moveTo(next);
            questions.ask(s, c, r, next);
            return;
        } else {
            Registration changed = r == null ? null : change(c, r, a);
            if (changed == null) {
                stale(s);
                return;
            }
            r = changed;
        }
        s.toast("registration.saved");
        questions.proceed(s, c, r, step);
    }

    /** Saves any answer but the title and keep to an existing registration; null for one that no longer fits the campaign. */
    private Registration change(Campaign c, Registration r, Answer a) {
        if (a instanceof Form f) {
            return c.form(f.code()).isEmpty() ? null : service.chooseForm(r, f.code());
        } else if (a instanceof NoForm) {
            return service.chooseForm(r, null);
        } else if (a instanceof Initiative i) {
            return service.planInitiative(r, i.planned());
        } else if (a instanceof YesNo y) {
            return service.answer(r, y.targetCode(), y.yes() ? TargetInput.YES : TargetInput.NO);
        } else if (a instanceof Skip k) {
            Optional<Campaign.Target> t = c.target(k.targetCode());
            return t.isEmpty() || t.get().required() ? null : service.answer(r, k.targetCode(), null);
        }
        return null; // Keep without a registration: nothing to keep
    }

    /** A question button from an earlier screen: nothing changes; the current question is asked again. */
    private void stale(ChatSession s) {
        s.toast("registration.stale");
        if (s.inFlow(RegistrationDialog.FLOW)) {
            context.of(s).ifPresent(ctx -> questions.repeat(s, ctx.campaign(), ctx.registration(), s.step()));
        }
    }
}
