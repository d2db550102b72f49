package vn.thiduabot.registration.chat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Flow;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;
import vn.thiduabot.registration.CollectiveRegistration;
import vn.thiduabot.registration.RegistrationService;
import vn.thiduabot.registration.RegistrationStatus;
import vn.thiduabot.registration.RegistrationWindow;
import vn.thiduabot.registration.chat.TeamRegistrationButtons.TeamEdit;
import vn.thiduabot.registration.chat.TeamRegistrationButtons.TeamForm;
import vn.thiduabot.registration.chat.TeamRegistrationButtons.TeamKeep;
import vn.thiduabot.registration.chat.TeamRegistrationButtons.TeamNoForm;
import vn.thiduabot.registration.chat.TeamRegistrationButtons.TeamSubmit;
import vn.thiduabot.registration.chat.TeamRegistrationButtons.TeamTitle;

/**
 * A team leader registers the team's collective title: title, form of commendation, confirm.
 * Reached from /totoi's button (or the hint after their own registration). Saved after each answer;
 * the deadline applies as for individuals. Its buttons are {@link TeamRegistrationButtons}.
 */
@Component
class TeamRegistrationDialog implements Flow {

    static final String FLOW = "registration-team";
    static final String TITLE = "title";
    static final String FORM = "form";
    static final String CONFIRM = "confirm";
    static final String YEAR = "year";
    static final String TEAM = "team";

    private final Campaigns campaigns;
    private final RegistrationService service;
    private final RegistrationTexts texts;

    TeamRegistrationDialog(Campaigns campaigns, RegistrationService service, RegistrationTexts texts) {
        this.campaigns = campaigns;
        this.service = service;
        this.texts = texts;
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
        if (t == null || t.titleCode() == null || c.collectiveTitle(t.titleCode()).isEmpty()) {
            return TITLE;
        }
        if (!t.formAnswered() || (t.formCode() != null && c.form(t.formCode()).isEmpty())) {
            return FORM;
        }
        return CONFIRM;
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
            default -> s.literal(summary(s, c, t) + "\n\n" + s.text("registration.confirm.hint", RegistrationTexts.deadline(c)))
                    .buttonKey("registration.button.submit", new TeamSubmit(t.id(), t.version()))
                    .send();
        }
    }

    String summary(ChatSession s, Campaign c, CollectiveRegistration t) {
        String title = t.titleCode() == null ? s.text("registration.summary.not-answered") : RegistrationTexts.titleName(c, t.titleCode());
        String form = texts.formAnswer(s, c, t.formAnswered(), t.formCode());
        String status = t.status() == RegistrationStatus.SUBMITTED
                ? s.text("registration.summary.status-submitted", RegistrationTexts.date(RegistrationTexts.day(t.submittedAt(), c)))
                : s.text("registration.summary.status-draft");
        return s.text("registration.team.summary", t.teamName(), c.schoolYear(), title,
                form == null ? s.text("registration.summary.not-answered") : form, status);
    }

    @Override
    public void onInput(ChatSession s) {
        Optional<Context> ctx = context(s);
        if (ctx.isEmpty()) {
            return;
        }
        s.reply("registration.use-buttons");
        ask(s, ctx.get().campaign(), ctx.get().registration(), s.step());
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
