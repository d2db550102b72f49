package vn.thiduabot.registration;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.chat.LegacyButtonAction;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.people.Person;
import vn.thiduabot.chat.Flow;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.people.Role;

/**
 * A team leader registers the team's collective title: title, form of commendation, confirm.
 * Reached from /totoi's button (or the hint after their own registration). Saved after each answer;
 * the deadline applies as for individuals.
 */
@Component
class TeamRegistrationDialog implements Flow, LegacyButtonAction {

    private static final Logger log = LoggerFactory.getLogger(TeamRegistrationDialog.class);
    static final String FLOW = "registration-team";
    static final String ACTION = "reg-team";
    static final String START = "start";
    static final String TITLE = "title";
    static final String FORM = "form";
    static final String CONFIRM = "confirm";
    private static final String YEAR = "year";
    private static final String TEAM = "team";
    private static final String NO_FORM = "-";

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
    public String action() {
        return ACTION;
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
                    .buttonKey("registration.button.edit", ACTION, "edit|" + t.id() + "|" + t.version())
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

    private void ask(ChatSession s, Campaign c, CollectiveRegistration t, String step) {
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
                    q.button(title.name(), ACTION, "title|" + title.code()).row();
                }
                if (has) {
                    q.buttonKey("registration.keep", ACTION, "keep|" + TITLE);
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
                    q.button(f.name(), ACTION, "form|" + f.code()).row();
                }
                q.buttonKey("registration.form.none", ACTION, "form|" + NO_FORM).row();
                if (current != null) {
                    q.buttonKey("registration.keep", ACTION, "keep|" + FORM);
                }
                q.send();
            }
            default -> s.literal(summary(s, c, t) + "\n\n" + s.text("registration.confirm.hint", RegistrationTexts.deadline(c)))
                    .buttonKey("registration.button.submit", ACTION, "submit|" + t.id() + "|" + t.version())
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

    @Override
    public void onPress(ChatSession s, String payload) {
        int bar = payload.indexOf('|');
        String kind = bar < 0 ? payload : payload.substring(0, bar);
        String rest = bar < 0 ? "" : payload.substring(bar + 1);
        switch (kind) {
            case START -> open(s);
            case "title", "form", "keep" -> answer(s, kind, rest);
            case "submit", "edit" -> wholeButton(s, kind, rest);
            default -> s.toast("error.button-stale");
        }
    }

    private void answer(ChatSession s, String kind, String rest) {
        String step = "keep".equals(kind) ? rest : kind;
        if (!s.inFlow(FLOW) || !step.equals(s.step())) {
            s.toast("registration.stale");
            if (s.inFlow(FLOW)) {
                context(s).ifPresent(ctx -> ask(s, ctx.campaign(), ctx.registration(), s.step()));
            }
            return;
        }
        Optional<Context> ctx = context(s);
        if (ctx.isEmpty()) {
            return;
        }
        Campaign c = ctx.get().campaign();
        CollectiveRegistration t = ctx.get().registration();
        Person u = s.requireUser();
        switch (kind) {
            case "title" -> {
                if (c.collectiveTitle(rest).isEmpty()) {
                    s.toast("registration.stale");
                    return;
                }
                t = t == null ? service.collectiveDraftFor(u.teamName(), c.schoolYear(), u.staffId()) : t;
                t.chooseTitle(rest, u.staffId(), service.now());
                t = service.save(t);
                s.toast("registration.saved");
                ask(s, c, t, FORM);
            }
            case "form" -> {
                if (t == null || (!NO_FORM.equals(rest) && c.form(rest).isEmpty())) {
                    s.toast("registration.stale");
                    return;
                }
                t.chooseForm(NO_FORM.equals(rest) ? null : rest, u.staffId(), service.now());
                t = service.save(t);
                s.toast("registration.saved");
                ask(s, c, t, firstUnanswered(t, c));
            }
            default -> { // keep
                if (t == null) {
                    s.toast("registration.stale");
                    return;
                }
                s.toast("registration.kept");
                ask(s, c, t, TITLE.equals(step) ? FORM : firstUnanswered(t, c));
            }
        }
    }

    private void wholeButton(ChatSession s, String kind, String rest) {
        String[] p = rest.split("\\|", 2);
        Person u = s.requireUser();
        Optional<CollectiveRegistration> found;
        long version;
        try {
            found = service.collectiveById(Long.parseLong(p[0]));
            version = Long.parseLong(p[1]);
        } catch (RuntimeException e) {
            s.toast("error.button-stale");
            return;
        }
        if (found.isEmpty() || u.teamName() == null || !found.get().teamName().equalsIgnoreCase(u.teamName())
                || found.get().version() != version) {
            s.toast("registration.stale-summary");
            s.reply("registration.stale-summary-team");
            return;
        }
        CollectiveRegistration t = found.get();
        Optional<Campaign> campaign = campaigns.forYear(t.schoolYear());
        if (campaign.isEmpty()) {
            s.toast("error.button-stale");
            return;
        }
        Campaign c = campaign.get();
        if (!RegistrationWindow.collectiveEditable(c, campaigns.today())) {
            s.endFlow();
            texts.deadlinePassed(s, c);
            return;
        }
        if ("submit".equals(kind)) {
            if (t.status() != RegistrationStatus.DRAFT || !CONFIRM.equals(firstUnanswered(t, c))) {
                s.toast("registration.stale-summary");
                return;
            }
            service.submit(t, u.staffId());
            log.info("Staff #{} submitted the collective registration of {} for {}", u.staffId(), t.teamName(), c.schoolYear());
            s.endFlow();
            s.toast("registration.submitted-toast");
            s.reply("registration.team.submitted", t.teamName(), RegistrationTexts.titleName(c, t.titleCode()),
                    RegistrationTexts.deadline(c));
        } else { // edit: back to a draft, walk the two questions again showing what was chosen
            if (t.status() == RegistrationStatus.SUBMITTED) {
                t = service.edit(t, u.staffId());
                s.reply("registration.edit.now-draft");
            }
            s.startFlow(FLOW, TITLE, Map.of(YEAR, c.schoolYear(), TEAM, t.teamName()));
            ask(s, c, t, TITLE);
        }
    }

    private record Context(Campaign campaign, CollectiveRegistration registration) { }

    /** Re-read at every step: the team may have changed, the deadline passed or another leader sent it. */
    private Optional<Context> context(ChatSession s) {
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
