package vn.thiduabot.registration.chat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Flow;
import vn.thiduabot.chat.Incoming;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;
import vn.thiduabot.registration.CollectiveRegistration;
import vn.thiduabot.registration.RegistrationService;
import vn.thiduabot.registration.RegistrationStatus;
import vn.thiduabot.registration.RegistrationWindow;
import vn.thiduabot.registration.TargetInput;
import vn.thiduabot.registration.TeamRegistrationForm;
import vn.thiduabot.registration.chat.TeamRegistrationButtons.TeamEdit;
import vn.thiduabot.registration.chat.TeamRegistrationButtons.TeamForm;
import vn.thiduabot.registration.chat.TeamRegistrationButtons.TeamKeep;
import vn.thiduabot.registration.chat.TeamRegistrationButtons.TeamNoForm;
import vn.thiduabot.registration.chat.TeamRegistrationButtons.TeamSubmit;
import vn.thiduabot.registration.chat.TeamRegistrationButtons.TeamTitle;

/**
 * A team leader registers the team's collective title: title, form of commendation, then the campaign's team
 * targets and the team's plan (typed, {@link TeamTargetQuestions}; only when the campaign lists team targets),
 * confirm. Reached from /totoi's button (or the hint after their own registration). Saved after each answer;
 * the deadline applies as for individuals. Its buttons are {@link TeamRegistrationButtons}.
 */
@Component
class TeamRegistrationDialog implements Flow {

    static final String FLOW = "registration-team";
    static final String TITLE = TeamRegistrationForm.TITLE;
    static final String FORM = TeamRegistrationForm.FORM;
    static final String CONFIRM = "confirm";
    static final String YEAR = "year";
    static final String TEAM = "team";

    private final Campaigns campaigns;
    private final RegistrationService service;
    private final RegistrationTexts texts;
    private final TeamTargetQuestions targets;

    TeamRegistrationDialog(Campaigns campaigns, RegistrationService service, RegistrationTexts texts, TeamTargetQuestions targets) {
        this.campaigns = campaigns;
        this.service = service;
        this.texts = texts;
        this.targets = targets;
    }

    @Override
    public String name() {
        return FLOW;
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.TEAM_LEADER);
    }

    /** Opens the team's registration: the summary if sent, else the first open question. */
    void open(ChatSession s) {
        Person u = s.requireUser();
        if (u.teamName() == null) {
            s.reply("registration.team.no-team");
            return;
        }
        Campaign c = campaigns.current();
        Optional<CollectiveRegistration> existing = service.findCollective(u.teamName(), c.schoolYear());
        if (!RegistrationWindow.collectiveEditable(c, campaigns.today())) {
            existing.ifPresent(t -> s.literal(summary(s, c, t)).send());
            texts.deadlinePassed(s, c);
            return;
        }
        if (existing.isPresent() && existing.get().status() == RegistrationStatus.SUBMITTED) {
            CollectiveRegistration t = existing.get();
            s.literal(summary(s, c, t) + "\n\n" + s.text("registration.editable-until", RegistrationTexts.deadline(c)))
                    .buttonKey("registration.button.edit", new TeamEdit(t.id(), t.version()))
                    .send();
            return;
        }
        String step = firstUnanswered(existing.orElse(null), c);
        s.startFlow(FLOW, step, Map.of(YEAR, c.schoolYear(), TEAM, u.teamName()));
        ask(s, c, existing.orElse(null), step);
    }

    static String firstUnanswered(CollectiveRegistration t, Campaign c) {
        return TeamRegistrationForm.firstUnanswered(t, c).orElse(CONFIRM);
    }

    /** The question after {@code step} (each one in turn, showing what was saved), then the first one still open. */
    static String after(String step, CollectiveRegistration t, Campaign c) {
        return TeamRegistrationForm.next(step, c).orElseGet(() -> firstUnanswered(t, c));
    }

    void ask(ChatSession s, Campaign c, CollectiveRegistration t, String step) {
        s.moveTo(step);
        switch (step) {
            case TITLE -> {
                String text = s.text("registration.team.ask.title", s.requireUser().teamName(), c.schoolYear(),
                        texts.titleList(s, c, c.collectiveTitles()));
                boolean has = t != null && t.titleCode() != null;
                if (has) {
                    text += "\n\n" + s.text("registration.current", RegistrationTexts.titleName(c, t.titleCode()));
                }
                Reply q = s.literal(text);
                for (Campaign.Title title : c.collectiveTitles()) {
                    q.button(title.name(), new TeamTitle(title.code())).row();
                }
                if (has) {
                    q.buttonKey("registration.keep", new TeamKeep(TITLE));
                }
                q.send();
            }
            case FORM -> {
                String text = s.text("registration.team.ask.form");
                String current = t == null ? null : texts.formAnswer(s, c, t.formAnswered(), t.formCode());
                if (current != null) {
                    text += "\n\n" + s.text("registration.current", current);
                }
                Reply q = s.literal(text);
                for (Campaign.CommendationForm f : c.forms()) {
                    q.button(f.name(), new TeamForm(f.code())).row();
                }
                q.buttonKey("registration.form.none", new TeamNoForm()).row();
                if (current != null) {
                    q.buttonKey("registration.keep", new TeamKeep(FORM));
                }
                q.send();
            }
            default -> {
                if (TeamRegistrationForm.typed(c, step) && t != null) {
                    targets.ask(s, c, t, step);
                    return;
                }
                s.literal(summary(s, c, t) + "\n\n" + s.text("registration.confirm.hint", RegistrationTexts.deadline(c)))
                    .buttonKey("registration.button.submit", new TeamSubmit(t.id(), t.version()))
                    .send();
            }
        }
    }

    String summary(ChatSession s, Campaign c, CollectiveRegistration t) {
        return targets.summary(s, c, t);
    }

    /** Typed text answers a team target or the plan; any other step is answered with its buttons. */
    @Override
    public void onInput(ChatSession s) {
        Optional<Context> ctx = context(s);
        if (ctx.isEmpty()) {
            return;
        }
        Campaign c = ctx.get().campaign();
        CollectiveRegistration t = ctx.get().registration();
        String step = s.step();
        if (t == null || !TeamRegistrationForm.typed(c, step)) {
            s.reply("registration.use-buttons");
        } else if (s.incoming().kind() != Incoming.Kind.TEXT) {
            s.reply("registration.input.text-only");
        } else {
            save(s, c, t, step, s.incoming().text());
            return;
        }
        ask(s, c, t, t == null ? TITLE : step);
    }

    /**
     * Checks a typed answer (or a pressed yes / no / skip: "yes", "no", null) by the form's rule and saves it;
     * a refusal is the individual target's sentence, and the question is asked again with what was saved.
     */
    void save(ChatSession s, Campaign c, CollectiveRegistration t, String step, String raw) {
        TargetInput.Result checked = TeamRegistrationForm.check(c, step, raw);
        if (checked instanceof TargetInput.Refused refused) {
            s.reply(refused.key(), refused.args());
            ask(s, c, t, step);
            return;
        }
        t = service.applyTeam(t, step, ((TargetInput.Ok) checked).value(), s.requireUser().staffId());
        ask(s, c, t, after(step, t, c));
    }

    record Context(Campaign campaign, CollectiveRegistration registration) { }

    /** Re-read at every step: the team may have changed, the deadline passed or another leader sent it. */
    Optional<Context> context(ChatSession s) {
        Person u = s.requireUser();
        Map<String, String> draft = s.draft();
        Optional<Campaign> campaign = Optional.ofNullable(draft.get(YEAR)).flatMap(campaigns::forYear);
        if (campaign.isEmpty() || u.teamName() == null || !u.teamName().equalsIgnoreCase(draft.get(TEAM))) {
            s.endFlow();
            s.reply("registration.flow-lost");
            return Optional.empty();
        }
        Campaign c = campaign.get();
        if (!RegistrationWindow.collectiveEditable(c, campaigns.today())) {
            s.endFlow();
            texts.deadlinePassed(s, c);
            return Optional.empty();
        }
        CollectiveRegistration t = service.findCollective(u.teamName(), c.schoolYear()).orElse(null);
        if (t != null && t.status() == RegistrationStatus.SUBMITTED) {
            s.endFlow();
            s.reply("registration.team.already-submitted", t.teamName());
            return Optional.empty();
        }
        return Optional.of(new Context(c, t));
    }
}
