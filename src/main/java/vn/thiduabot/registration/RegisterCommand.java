package vn.thiduabot.registration;

import vn.thiduabot.chat.Texts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.chat.LegacyButtonAction;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.people.Person;
import vn.thiduabot.chat.Command;
import vn.thiduabot.chat.Flow;
import vn.thiduabot.chat.Incoming;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.people.Role;

/**
 * /dangky (/register): a staff member registers the individual title they aim for, the form of
 * commendation, a planned initiative and their targets, sees the summary and sends it. The answers
 * live in the registration table and are saved one by one; the conversation only remembers which
 * question is on screen. Every button is checked against that question, or against the version of
 * the registration it was shown with, so an old button can never change a newer state.
 */
@Component
@Order(100)
class RegisterCommand implements Command, Flow, LegacyButtonAction {

    private static final Logger log = LoggerFactory.getLogger(RegisterCommand.class);
    static final String FLOW = "registration";
    static final String ACTION = "reg";
    private static final String YEAR = "year";
    private static final String NO_FORM = "-";
    private static final int BUTTON_LABEL = 40;

    private final Campaigns campaigns;
    private final RegistrationService service;
    private final RegistrationTexts texts;

    RegisterCommand(Campaigns campaigns, RegistrationService service, RegistrationTexts texts) {
        this.campaigns = campaigns;
        this.service = service;
        this.texts = texts;
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
    public String action() {
        return ACTION;
    }

    // --- /dangky ----------------------------------------------------------------------------------

    @Override
    public void run(ChatSession s, String args) {
        Person u = s.requireUser();
        Campaign c = campaigns.current();
        Registration r = service.find(u.staffId(), c.schoolYear()).orElse(null);
        if (!RegistrationWindow.editable(c, today(), r)) {
            if (r != null) {
                s.literal(texts.summary(s, c, r, u.fullName(), u.teamName())).send();
            }
            texts.deadlinePassed(s, c);
            return;
        }
        if (r == null || !r.started()) {
            s.reply("registration.intro", c.schoolYear(), RegistrationTexts.deadline(c));
            s.startFlow(FLOW, Steps.TITLE, Map.of(YEAR, c.schoolYear()));
            ask(s, c, r, Steps.TITLE);
        } else if (r.status() == RegistrationStatus.SUBMITTED) {
            showSubmitted(s, c, r);
        } else {
            s.startFlow(FLOW, Steps.RESUME, Map.of(YEAR, c.schoolYear()));
            askResume(s, c, r);
        }
    }

    private void askResume(ChatSession s, Campaign c, Registration r) {
        Person u = s.requireUser();
        s.literal(texts.summary(s, c, r, u.fullName(), u.teamName()) + "\n\n" + s.text("registration.resume.ask"))
                .buttonKey("registration.resume.continue", ACTION, "resume|" + r.id() + "|" + r.version())
                .buttonKey("registration.resume.restart", ACTION, "restart|" + r.id() + "|" + r.version())
                .send();
    }

    private void showSubmitted(ChatSession s, Campaign c, Registration r) {
        Person u = s.requireUser();
        s.literal(texts.summary(s, c, r, u.fullName(), u.teamName()) + "\n\n"
                        + s.text("registration.editable-until", RegistrationTexts.deadline(c)))
                .buttonKey("registration.button.edit", ACTION, "edit|" + r.id() + "|" + r.version())
                .send();
    }

    /** The draft's summary; with the send button when every question has an answer. */
    private void showDraft(ChatSession s, Campaign c, Registration r) {
        Person u = s.requireUser();
        String summary = texts.summary(s, c, r, u.fullName(), u.teamName());
        String ref = r.id() + "|" + r.version();
        if (Steps.complete(r, c)) {
            s.moveTo(Steps.CONFIRM);
            s.literal(summary + "\n\n" + s.text("registration.confirm.hint", RegistrationTexts.deadline(c)))
                    .buttonKey("registration.button.submit", ACTION, "submit|" + ref).row()
                    .buttonKey("registration.button.edit-item", ACTION, "edit|" + ref)
                    .send();
        } else {
            s.moveTo(Steps.RESUME);
            s.literal(summary + "\n\n" + s.text("registration.incomplete"))
                    .buttonKey("registration.resume.continue", ACTION, "resume|" + ref)
                    .send();
        }
    }

    private void showEditMenu(ChatSession s, Campaign c, Registration r) {
        s.moveTo(Steps.EDIT);
        String ref = r.id() + "|" + r.version() + "|";
        Reply menu = s.message("registration.edit.menu")
                .buttonKey("registration.edit.title", ACTION, "item|" + ref + Steps.TITLE).row()
                .buttonKey("registration.edit.form", ACTION, "item|" + ref + Steps.FORM).row()
                .buttonKey("registration.edit.initiative", ACTION, "item|" + ref + Steps.INITIATIVE).row();
        int n = 0;
        for (Campaign.Target t : c.targets()) {
            menu.button(Texts.shorten((++n) + ". " + t.name(), BUTTON_LABEL), ACTION, "item|" + ref + Steps.target(t.code())).row();
        }
        menu.buttonKey("registration.edit.back", ACTION, "view|" + r.id() + "|" + r.version()).send();
    }

    // --- the questions ----------------------------------------------------------------------------

    /** Asks one question, showing the saved answer (with a keep button) when there is one. */
    private void ask(ChatSession s, Campaign c, Registration r, String step) {
        if (Steps.CONFIRM.equals(step)) {
            showDraft(s, c, r);
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
                    q.button(t.name(), ACTION, "title|" + t.code()).row();
                }
            }
            case Steps.FORM -> {
                text.append(s.text("registration.ask.form"));
                current = r == null ? null : texts.formAnswer(s, c, r.formAnswered(), r.formCode());
                q = s.literal(withCurrent(s, text, current));
                for (Campaign.CommendationForm f : c.forms()) {
                    q.button(f.name(), ACTION, "form|" + f.code()).row();
                }
                q.buttonKey("registration.form.none", ACTION, "form|" + NO_FORM).row();
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
                        .buttonKey("registration.initiative.yes", ACTION, "init|yes")
                        .buttonKey("registration.initiative.no", ACTION, "init|no").row();
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
                int index = c.targets().indexOf(t) + 1;
                text.append(s.text("registration.ask.target", String.valueOf(index), String.valueOf(c.targets().size()), t.name()));
                text.append('\n').append(switch (t.type()) {
                    case NUMBER -> s.text("registration.hint.number");
                    case PERCENT -> s.text("registration.hint.percent");
                    case TEXT -> s.text("registration.hint.text", String.valueOf(TargetInput.MAX_TEXT));
                    case YES_NO -> s.text("registration.hint.yes-no");
                });
                if (!t.required()) {
                    text.append('\n').append(s.text("registration.hint.optional"));
                }
                current = r == null ? null : texts.answer(s, t, r.answerFor(t.code()));
                q = s.literal(withCurrent(s, text, current));
                if (t.type() == Campaign.TargetType.YES_NO) {
                    q.buttonKey("registration.yes", ACTION, "yn|" + TargetInput.YES + "|" + t.code())
                            .buttonKey("registration.no", ACTION, "yn|" + TargetInput.NO + "|" + t.code()).row();
                }
                if (!t.required()) {
                    q.buttonKey("registration.skip", ACTION, "skip|" + t.code()).row();
                }
            }
        }
        if (current != null) {
            q.buttonKey("registration.keep", ACTION, "keep|" + step);
        }
        q.send();
    }

    private static String withCurrent(ChatSession s, StringBuilder text, String current) {
        return current == null ? text.toString() : text + "\n\n" + s.text("registration.current", current);
    }

    // --- typed answers ----------------------------------------------------------------------------

    @Override
    public void onInput(ChatSession s) {
        Optional<Context> ctx = context(s);
        if (ctx.isEmpty()) {
            return;
        }
        Campaign c = ctx.get().campaign();
        Registration r = ctx.get().registration();
        String step = s.step();
        if (s.incoming().kind() != Incoming.Kind.TEXT) {
            s.reply("registration.input.text-only");
            repeat(s, c, r, step);
            return;
        }
        String typed = s.incoming().text();
        TargetInput.Result result;
        if (Steps.INITIATIVE_TITLE.equals(step)) {
            result = TargetInput.text(typed.strip(), TargetInput.MAX_INITIATIVE_TITLE);
        } else if (Steps.INITIATIVE_SUBJECT.equals(step)) {
            result = TargetInput.text(typed.strip(), TargetInput.MAX_INITIATIVE_SUBJECT);
        } else if (Steps.targetCode(step).flatMap(c::target).isPresent()) {
            result = TargetInput.parse(Steps.targetCode(step).flatMap(c::target).get().type(), typed);
        } else {
            s.reply("registration.use-buttons");
            repeat(s, c, r, step);
            return;
        }
        if (result instanceof TargetInput.Refused refused) {
            s.reply(refused.key(), refused.args());
            ask(s, c, r, step);
            return;
        }
        if (r == null) { // only the first questions can come before the registration row exists
            repeat(s, c, null, Steps.TITLE);
            return;
        }
        String value = ((TargetInput.Ok) result).value();
        switch (step) {
            case Steps.INITIATIVE_TITLE -> r.nameInitiative(value, service.now());
            case Steps.INITIATIVE_SUBJECT -> r.initiativeSubject(value, service.now());
            default -> r.answer(Steps.targetCode(step).orElseThrow(), value, service.now());
        }
        r = service.save(r);
        proceed(s, c, r, step);
    }

    /** The question (or menu) on screen, again. */
    private void repeat(ChatSession s, Campaign c, Registration r, String step) {
        if (Steps.RESUME.equals(step) && r != null) {
            askResume(s, c, r);
        } else if (Steps.EDIT.equals(step) && r != null) {
            showEditMenu(s, c, r);
        } else if (Steps.CONFIRM.equals(step) && r != null) {
            showDraft(s, c, r);
        } else if (Steps.isQuestion(step, c)) {
            ask(s, c, r, step);
        } else {
            String next = Steps.firstUnanswered(r, c);
            s.moveTo(next);
            ask(s, c, r, next);
        }
    }

    private void proceed(ChatSession s, Campaign c, Registration r, String answered) {
        String next = Steps.after(answered, r, c);
        s.moveTo(next);
        ask(s, c, r, next);
    }

    // --- buttons ----------------------------------------------------------------------------------

    @Override
    public void onPress(ChatSession s, String payload) {
        String kind = payload.substring(0, Math.max(0, payload.indexOf('|')));
        switch (kind) {
            case "title", "form", "init", "yn", "skip", "keep" -> answerButton(s, kind, payload.substring(kind.length() + 1));
            case "resume", "restart", "submit", "edit", "item", "view" -> registrationButton(s, kind, payload.substring(kind.length() + 1));
            default -> s.toast("error.button-stale");
        }
    }

    /** A button that answers the question on screen: valid only while that question is on screen. */
    private void answerButton(ChatSession s, String kind, String rest) {
        String step;
        switch (kind) {
            case "title" -> step = Steps.TITLE;
            case "form" -> step = Steps.FORM;
            case "init" -> step = Steps.INITIATIVE;
            case "yn" -> step = Steps.target(rest.substring(rest.indexOf('|') + 1));
            case "skip" -> step = Steps.target(rest);
            default -> step = rest; // keep|<step>
        }
        if (!s.inFlow(FLOW) || !step.equals(s.step())) {
            staleAnswer(s);
            return;
        }
        Optional<Context> ctx = context(s);
        if (ctx.isEmpty()) {
            return;
        }
        Campaign c = ctx.get().campaign();
        Registration r = ctx.get().registration();
        long me = s.requireUser().staffId();
        switch (kind) {
            case "title" -> {
                if (c.individualTitle(rest).isEmpty()) {
                    staleAnswer(s);
                    return;
                }
                r = r == null ? service.draftFor(me, c.schoolYear()) : r;
                r.chooseTitle(rest, service.now());
            }
            case "form" -> {
                if (!NO_FORM.equals(rest) && c.form(rest).isEmpty()) {
                    staleAnswer(s);
                    return;
                }
                if (r == null) {
                    staleAnswer(s);
                    return;
                }
                r.chooseForm(NO_FORM.equals(rest) ? null : rest, service.now());
            }
            case "init" -> {
                if (r == null) {
                    staleAnswer(s);
                    return;
                }
                r.planInitiative("yes".equals(rest), service.now());
            }
            case "yn" -> {
                if (r == null) {
                    staleAnswer(s);
                    return;
                }
                String code = rest.substring(rest.indexOf('|') + 1);
                r.answer(code, rest.startsWith(TargetInput.YES + "|") ? TargetInput.YES : TargetInput.NO, service.now());
            }
            case "skip" -> {
                Optional<Campaign.Target> t = c.target(rest);
                if (r == null || t.isEmpty() || t.get().required()) {
                    staleAnswer(s);
                    return;
                }
                r.answer(rest, null, service.now());
            }
            default -> { // keep: nothing changes, on to the next open question
                if (r == null) {
                    staleAnswer(s);
                    return;
                }
                s.toast("registration.kept");
                String next = Steps.firstUnanswered(r, c);
                s.moveTo(next);
                ask(s, c, r, next);
                return;
            }
        }
        r = service.save(r);
        s.toast("registration.saved");
        proceed(s, c, r, step);
    }

    /** A question button from an earlier screen: nothing changes; the current question is asked again. */
    private void staleAnswer(ChatSession s) {
        s.toast("registration.stale");
        if (s.inFlow(FLOW)) {
            context(s).ifPresent(ctx -> repeat(s, ctx.campaign(), ctx.registration(), s.step()));
        }
    }

    /**
     * A button about the whole registration (continue, start over, send, edit): valid only if the
     * registration is still exactly as it was when the button was shown.
     */
    private void registrationButton(ChatSession s, String kind, String rest) {
        String[] p = rest.split("\\|", 3);
        Person u = s.requireUser();
        Optional<Registration> found;
        long version;
        try {
            found = service.byId(Long.parseLong(p[0]));
            version = Long.parseLong(p[1]);
        } catch (RuntimeException e) {
            s.toast("error.button-stale");
            return;
        }
        if (found.isEmpty() || found.get().staffId() != u.staffId() || found.get().version() != version) {
            s.toast("registration.stale-summary");
            s.reply("registration.stale-summary");
            return;
        }
        Registration r = found.get();
        Optional<Campaign> campaign = campaigns.forYear(r.schoolYear());
        if (campaign.isEmpty()) {
            s.toast("error.button-stale");
            return;
        }
        Campaign c = campaign.get();
        if (!RegistrationWindow.editable(c, today(), r)) {
            s.endFlow();
            texts.deadlinePassed(s, c);
            return;
        }
        Map<String, String> draft = Map.of(YEAR, c.schoolYear());
        switch (kind) {
            case "resume" -> {
                if (r.status() != RegistrationStatus.DRAFT) {
                    s.toast("registration.stale-summary");
                    return;
                }
                String next = Steps.firstUnanswered(r, c);
                s.startFlow(FLOW, next, draft);
                ask(s, c, r, next);
            }
            case "restart" -> {
                if (r.status() != RegistrationStatus.DRAFT) {
                    s.toast("registration.stale-summary");
                    return;
                }
                r = service.restart(r, u.staffId());
                s.startFlow(FLOW, Steps.TITLE, draft);
                s.reply("registration.restarted");
                ask(s, c, r, Steps.TITLE);
            }
            case "submit" -> {
                if (r.status() != RegistrationStatus.DRAFT || !Steps.complete(r, c)) {
                    s.toast("registration.stale-summary");
                    s.reply("registration.stale-summary");
                    return;
                }
                r = service.submit(r, u.staffId());
                log.info("Staff #{} submitted their registration for {}", u.staffId(), c.schoolYear());
                s.endFlow();
                s.toast("registration.submitted-toast");
                s.reply("registration.submitted", RegistrationTexts.deadline(c));
                if (u.has(Role.TEAM_LEADER) && u.teamName() != null
                        && service.findCollective(u.teamName(), c.schoolYear()).filter(t -> t.status() == RegistrationStatus.SUBMITTED).isEmpty()) {
                    s.message("registration.submitted.leader-hint", u.teamName())
                            .buttonKey("registration.team.button.register", TeamRegistrationDialog.ACTION, TeamRegistrationDialog.START)
                            .send();
                }
            }
            case "edit" -> {
                if (r.status() == RegistrationStatus.SUBMITTED) {
                    r = service.edit(r, u.staffId());
                    s.reply("registration.edit.now-draft");
                }
                s.startFlow(FLOW, Steps.EDIT, draft);
                showEditMenu(s, c, r);
            }
            case "item" -> {
                String step = p.length > 2 ? p[2] : "";
                if (r.status() != RegistrationStatus.DRAFT || !Steps.isQuestion(step, c)) {
                    s.toast("registration.stale-summary");
                    return;
                }
                s.startFlow(FLOW, step, draft);
                ask(s, c, r, step);
            }
            default -> { // view: back to the summary
                if (r.status() == RegistrationStatus.SUBMITTED) {
                    s.endFlow();
                    showSubmitted(s, c, r);
                } else {
                    s.startFlow(FLOW, Steps.CONFIRM, draft);
                    showDraft(s, c, r);
                }
            }
        }
    }

    // --- context ----------------------------------------------------------------------------------

    private record Context(Campaign campaign, Registration registration) { }

    /**
     * The campaign and registration the flow is about, re-read for every step. Ends the flow (and
     * says why) when the registration can no longer be changed: the deadline passed meanwhile, or
     * it was sent from another screen.
     */
    private Optional<Context> context(ChatSession s) {
        Person u = s.requireUser();
        String year = s.draft().get(YEAR);
        Optional<Campaign> campaign = year == null ? Optional.empty() : campaigns.forYear(year);
        if (campaign.isEmpty()) {
            s.endFlow();
            s.reply("registration.flow-lost");
            return Optional.empty();
        }
        Campaign c = campaign.get();
        Registration r = service.find(u.staffId(), c.schoolYear()).orElse(null);
        if (!RegistrationWindow.editable(c, today(), r)) {
            s.endFlow();
            texts.deadlinePassed(s, c);
            return Optional.empty();
        }
        if (r != null && r.status() == RegistrationStatus.SUBMITTED) {
            s.endFlow();
            s.reply("registration.already-submitted");
            return Optional.empty();
        }
        return Optional.of(new Context(c, r));
    }

    private LocalDate today() {
        return campaigns.today();
    }
}
