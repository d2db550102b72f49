package vn.thiduabot.registration;

import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.chat.ButtonAction;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.people.Role;
import vn.thiduabot.registration.RegistrationButtons.Answer;
import vn.thiduabot.registration.RegistrationButtons.Form;
import vn.thiduabot.registration.RegistrationButtons.Initiative;
import vn.thiduabot.registration.RegistrationButtons.Keep;
import vn.thiduabot.registration.RegistrationButtons.NoForm;
import vn.thiduabot.registration.RegistrationButtons.Skip;
import vn.thiduabot.registration.RegistrationButtons.Title;
import vn.thiduabot.registration.RegistrationButtons.YesNo;

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
            r = r == null ? service.draftFor(s.requireUser().staffId(), c.schoolYear()) : r;
            r.chooseTitle(t.code(), service.now());
        } else if (r == null || !change(c, r, a)) {
            stale(s);
            return;
        } else if (a instanceof Keep) { // nothing changes, on to the next open question
            s.toast("registration.kept");
            String next = Steps.firstUnanswered(r, c);
            s.moveTo(next);
            questions.ask(s, c, r, next);
            return;
        }
        r = service.save(r);
        s.toast("registration.saved");
        questions.proceed(s, c, r, step);
    }

    /** Applies any answer but the title to an existing registration; false for one that no longer fits the campaign. */
    private boolean change(Campaign c, Registration r, Answer a) {
        if (a instanceof Form f) {
            if (c.form(f.code()).isEmpty()) {
                return false;
            }
            r.chooseForm(f.code(), service.now());
        } else if (a instanceof NoForm) {
            r.chooseForm(null, service.now());
        } else if (a instanceof Initiative i) {
            r.planInitiative(i.planned(), service.now());
        } else if (a instanceof YesNo y) {
            r.answer(y.targetCode(), y.yes() ? TargetInput.YES : TargetInput.NO, service.now());
        } else if (a instanceof Skip k) {
            Optional<Campaign.Target> t = c.target(k.targetCode());
            if (t.isEmpty() || t.get().required()) {
                return false;
            }
            r.answer(k.targetCode(), null, service.now());
        }
        return true; // Keep changes nothing
    }

    /** A question button from an earlier screen: nothing changes; the current question is asked again. */
    private void stale(ChatSession s) {
        s.toast("registration.stale");
        if (s.inFlow(RegistrationDialog.FLOW)) {
            context.of(s).ifPresent(ctx -> questions.repeat(s, ctx.campaign(), ctx.registration(), s.step()));
        }
    }
}
