package vn.thiduabot.registration.chat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Command;
import vn.thiduabot.chat.Flow;
import vn.thiduabot.chat.Incoming;
import vn.thiduabot.chat.MiniAppLinks;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;
import vn.thiduabot.registration.OwnRegistrationService;
import vn.thiduabot.registration.Registration;
import vn.thiduabot.registration.RegistrationForm;
import vn.thiduabot.registration.RegistrationRefused;
import vn.thiduabot.registration.RegistrationService;
import vn.thiduabot.registration.RegistrationStatus;
import vn.thiduabot.registration.RegistrationWindow;

/**
 * /dangky (/register): a staff member registers the individual title they aim for, the form of
 * commendation, a planned initiative and their targets, sees the summary and sends it. The answers
 * live in the registration table and are saved one by one; the conversation only remembers which
 * question is on screen. The buttons are {@link RegistrationAnswerButtons} (checked against that
 * question) and {@link RegistrationWholeButtons} (checked against the version of the registration
 * they were shown with), so an old button can never change a newer state. When the Mini App is enabled, the
 * first screen also offers the same registration there.
 */
@Component
@Order(100)
public class RegistrationDialog implements Command, Flow {

    static final String FLOW = "registration";

    private final Campaigns campaigns;
    private final RegistrationService service;
    private final RegistrationTexts texts;
    private final RegistrationQuestions questions;
    private final RegistrationSummaries summaries;
    private final RegistrationContext context;
    private final OwnRegistrationService own;
    private final MiniAppLinks miniApp;

    RegistrationDialog(Campaigns campaigns, RegistrationService service, RegistrationTexts texts, RegistrationQuestions questions,
                       RegistrationSummaries summaries, RegistrationContext context, OwnRegistrationService own, MiniAppLinks miniApp) {
        this.campaigns = campaigns;
        this.service = service;
        this.texts = texts;
        this.questions = questions;
        this.summaries = summaries;
        this.context = context;
        this.own = own;
        this.miniApp = miniApp;
    }

    @Override
    public List<String> names() {
        return List.of("dangky", "register");
    }

    @Override
    public String descriptionKey() {
        return "command.register";
    }

    /** Everyone on the staff list registers. */
    @Override
    public Set<Role> roles() {
        return Set.of();
    }

    @Override
    public String name() {
        return FLOW;
    }

    @Override
    public void run(ChatSession s, String args) {
        Person u = s.requireUser();
        Campaign c = campaigns.current();
        Registration r = service.find(u.staffId(), c.schoolYear()).orElse(null);
        if (!RegistrationWindow.editable(c, campaigns.today(), r)) {
            if (r != null) {
                s.literal(texts.summary(s, c, r, u.fullName(), u.teamName())).send();
            }
            texts.deadlinePassed(s, c);
            return;
        }
        if (r == null || !r.started()) {
            s.message("registration.intro", c.schoolYear(), RegistrationTexts.deadline(c))
                    .with(miniApp.openButton(MiniAppLinks.REGISTRATION)).send();
            s.startFlow(FLOW, Steps.TITLE, Map.of(RegistrationContext.YEAR, c.schoolYear()));
            questions.ask(s, c, r, Steps.TITLE);
        } else if (r.status() == RegistrationStatus.SUBMITTED) {
            summaries.showSubmitted(s, c, r, miniApp.openButton(MiniAppLinks.REGISTRATION));
        } else {
            s.startFlow(FLOW, Steps.RESUME, Map.of(RegistrationContext.YEAR, c.schoolYear()));
            summaries.askResume(s, c, r, miniApp.openButton(MiniAppLinks.REGISTRATION));
        }
    }

    /** A typed answer: the initiative's title and subject, and the targets. */
    @Override
    public void onInput(ChatSession s) {
        Optional<RegistrationContext.Context> ctx = context.of(s);
        if (ctx.isEmpty()) {
            return;
        }
        Campaign c = ctx.get().campaign();
        Registration r = ctx.get().registration();
        String step = s.step();
        if (s.incoming().kind() != Incoming.Kind.TEXT) {
            s.reply("registration.input.text-only");
            questions.repeat(s, c, r, step);
            return;
        }
        String typed = s.incoming().text();
        if (!RegistrationForm.typed(step, c)) {
            s.reply("registration.use-buttons");
            questions.repeat(s, c, r, step);
            return;
        }
        if (r == null) { // only the first questions can come before the registration row exists
            questions.repeat(s, c, null, Steps.TITLE);
            return;
        }
        try {
            r = own.answer(s.requireUser().staffId(), c, Map.of(step, typed));
        } catch (RegistrationRefused refused) {
            s.reply(refused.key(), refused.args());
            if (refused.kind() == RegistrationRefused.Kind.NOT_NOW) {
                s.endFlow();
            } else {
                questions.ask(s, c, r, step);
            }
            return;
        }
        questions.proceed(s, c, r, step);
    }
}
