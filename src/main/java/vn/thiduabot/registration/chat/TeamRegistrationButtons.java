package vn.thiduabot.registration.chat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.chat.ButtonAction;
import vn.thiduabot.chat.ButtonPayload;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;
import vn.thiduabot.registration.CollectiveRegistration;
import vn.thiduabot.registration.RegistrationService;
import vn.thiduabot.registration.RegistrationStatus;
import vn.thiduabot.registration.RegistrationWindow;
import vn.thiduabot.registration.TargetInput;
import vn.thiduabot.registration.TeamRegistrationForm;

/**
 * The buttons of the team's collective registration: open it, answer the question on screen (valid
 * only while it is on screen), send or edit it (valid only at the version it was shown with).
 */
@Component
class TeamRegistrationButtons implements ButtonAction<TeamRegistrationButtons.TeamPress> {

    private static final Logger log = LoggerFactory.getLogger(TeamRegistrationButtons.class);

    sealed interface TeamPress extends ButtonPayload
            permits Start, TeamTitle, TeamForm, TeamNoForm, TeamKeep, TeamYesNo, TeamSkip, TeamSubmit, TeamEdit { }

    /** Opens the team's registration (/totoi, the hint after the leader's own registration). */
    record Start() implements TeamPress { }

    record TeamTitle(String code) implements TeamPress { }

    record TeamForm(String code) implements TeamPress { }

    record TeamNoForm() implements TeamPress { }

    /** Keeps the saved answer of this step. */
    record TeamKeep(String step) implements TeamPress { }

    /** Answers a yes-or-no team target. */
    record TeamYesNo(String code, boolean yes) implements TeamPress { }

    /** Skips an optional team target. */
    record TeamSkip(String code) implements TeamPress { }

    record TeamSubmit(long registrationId, long version) implements TeamPress { }

    record TeamEdit(long registrationId, long version) implements TeamPress { }

    private final Campaigns campaigns;
    private final RegistrationService service;
    private final RegistrationTexts texts;
    private final TeamRegistrationDialog dialog;

    TeamRegistrationButtons(Campaigns campaigns, RegistrationService service, RegistrationTexts texts, TeamRegistrationDialog dialog) {
        this.campaigns = campaigns;
        this.service = service;
        this.texts = texts;
        this.dialog = dialog;
    }

    @Override
    public String action() {
        return "reg.team";
    }

    @Override
    public Class<TeamPress> payloadType() {
        return TeamPress.class;
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.TEAM_LEADER);
    }

    @Override
    public void onPress(ChatSession s, TeamPress press) {
        if (press instanceof Start) {
            dialog.open(s);
        } else if (press instanceof TeamSubmit submit) {
            whole(s, submit.registrationId(), submit.version(), true);
        } else if (press instanceof TeamEdit edit) {
            whole(s, edit.registrationId(), edit.version(), false);
        } else {
            answer(s, press);
        }
    }

    private void answer(ChatSession s, TeamPress press) {
        String step = press instanceof TeamKeep keep ? keep.step()
                : press instanceof TeamYesNo yesNo ? TeamRegistrationForm.target(yesNo.code())
                : press instanceof TeamSkip skip ? TeamRegistrationForm.target(skip.code())
                : press instanceof TeamTitle ? TeamRegistrationDialog.TITLE : TeamRegistrationDialog.FORM;
        if (!s.inFlow(TeamRegistrationDialog.FLOW) || !step.equals(s.step())) {
            s.toast("registration.stale");
            if (s.inFlow(TeamRegistrationDialog.FLOW)) {
                dialog.context(s).ifPresent(ctx -> dialog.ask(s, ctx.campaign(), ctx.registration(), s.step()));
            }
            return;
        }
        Optional<TeamRegistrationDialog.Context> ctx = dialog.context(s);
        if (ctx.isEmpty()) {
            return;
        }
        Campaign c = ctx.get().campaign();
        CollectiveRegistration t = ctx.get().registration();
        Person u = s.requireUser();
        if (press instanceof TeamTitle title) {
            if (c.collectiveTitle(title.code()).isEmpty()) {
                s.toast("registration.stale");
                return;
            }
            t = t == null ? service.collectiveDraftFor(u.teamName(), c.schoolYear(), u.staffId()) : t;
            t = service.chooseTitle(t, title.code(), u.staffId());
            s.toast("registration.saved");
            dialog.ask(s, c, t, TeamRegistrationDialog.FORM);
        } else if (t == null || (press instanceof TeamForm form && c.form(form.code()).isEmpty())) {
            s.toast("registration.stale");
        } else if (press instanceof TeamKeep) {
            s.toast("registration.kept");
            dialog.ask(s, c, t, TeamRegistrationDialog.after(step, t, c));
        } else if (press instanceof TeamYesNo yesNo) {
            dialog.save(s, c, t, step, yesNo.yes() ? TargetInput.YES : TargetInput.NO);
        } else if (press instanceof TeamSkip) {
            dialog.save(s, c, t, step, null);
        } else {
            t = service.chooseForm(t, press instanceof TeamForm form ? form.code() : null, u.staffId());
            s.toast("registration.saved");
            dialog.ask(s, c, t, TeamRegistrationDialog.after(TeamRegistrationDialog.FORM, t, c));
        }
    }

    private void whole(ChatSession s, long id, long version, boolean submit) {
        Person u = s.requireUser();
        Optional<CollectiveRegistration> found = service.collectiveById(id);
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
        if (submit) {
            if (t.status() != RegistrationStatus.DRAFT || !TeamRegistrationDialog.CONFIRM.equals(TeamRegistrationDialog.firstUnanswered(t, c))) {
                s.toast("registration.stale-summary");
                return;
            }
            service.submit(t, u.staffId());
            log.info("Staff #{} submitted the collective registration of {} for {}", u.staffId(), t.teamName(), c.schoolYear());
            s.endFlow();
            s.toast("registration.submitted-toast");
            s.reply("registration.team.submitted", t.teamName(), RegistrationTexts.titleName(c, t.titleCode()),
                    RegistrationTexts.deadline(c));
        } else { // edit: back to a draft, walk the questions again showing what was chosen
            if (t.status() == RegistrationStatus.SUBMITTED) {
                t = service.edit(t, u.staffId());
                s.reply("registration.edit.now-draft");
            }
            s.startFlow(TeamRegistrationDialog.FLOW, TeamRegistrationDialog.TITLE,
                    Map.of(TeamRegistrationDialog.YEAR, c.schoolYear(), TeamRegistrationDialog.TEAM, t.teamName()));
            dialog.ask(s, c, t, TeamRegistrationDialog.TITLE);
        }
    }
}
