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
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;
import vn.thiduabot.registration.OwnRegistrationService;
import vn.thiduabot.registration.Registration;
import vn.thiduabot.registration.RegistrationRefused;
import vn.thiduabot.registration.RegistrationService;
import vn.thiduabot.registration.RegistrationStatus;
import vn.thiduabot.registration.RegistrationWindow;
import vn.thiduabot.registration.chat.RegistrationButtons.Edit;
import vn.thiduabot.registration.chat.RegistrationButtons.Item;
import vn.thiduabot.registration.chat.RegistrationButtons.Restart;
import vn.thiduabot.registration.chat.RegistrationButtons.Resume;
import vn.thiduabot.registration.chat.RegistrationButtons.Submit;
import vn.thiduabot.registration.chat.RegistrationButtons.Whole;

/**
 * A /dangky button about the whole registration (continue, start over, send, edit, back): valid only
 * if the registration is still exactly as it was when the button was shown.
 */
@Component
class RegistrationWholeButtons implements ButtonAction<Whole> {

    private static final Logger log = LoggerFactory.getLogger(RegistrationWholeButtons.class);

    private final Campaigns campaigns;
    private final RegistrationService service;
    private final RegistrationTexts texts;
    private final RegistrationQuestions questions;
    private final RegistrationSummaries summaries;
    private final OwnRegistrationService own;

    RegistrationWholeButtons(Campaigns campaigns, RegistrationService service, RegistrationTexts texts,
                             RegistrationQuestions questions, RegistrationSummaries summaries, OwnRegistrationService own) {
        this.campaigns = campaigns;
        this.service = service;
        this.texts = texts;
        this.questions = questions;
        this.summaries = summaries;
        this.own = own;
    }

    @Override
    public String action() {
        return "reg.whole";
    }

    @Override
    public Class<Whole> payloadType() {
        return Whole.class;
    }

    @Override
    public Set<Role> roles() {
        return Set.of();
    }

    @Override
    public void onPress(ChatSession s, Whole press) {
        Person u = s.requireUser();
        Optional<Registration> found = service.byId(press.registrationId());
        if (found.isEmpty() || found.get().staffId() != u.staffId() || found.get().version() != press.version()) {
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
        if (!RegistrationWindow.editable(c, campaigns.today(), r)) {
            s.endFlow();
            texts.deadlinePassed(s, c);
            return;
        }
        Map<String, String> draft = Map.of(RegistrationContext.YEAR, c.schoolYear());
        if (press instanceof Resume || press instanceof Restart) {
            if (r.status() != RegistrationStatus.DRAFT) {
                s.toast("registration.stale-summary");
            } else if (press instanceof Resume) {
                String next = Steps.firstUnanswered(r, c);
                s.startFlow(RegistrationDialog.FLOW, next, draft);
                questions.ask(s, c, r, next);
            } else {
                r = service.restart(r);
                s.startFlow(RegistrationDialog.FLOW, Steps.TITLE, draft);
                s.reply("registration.restarted");
                questions.ask(s, c, r, Steps.TITLE);
            }
        } else if (press instanceof Submit) {
            submit(s, c, r, u);
        } else if (press instanceof Edit) {
            if (r.status() == RegistrationStatus.SUBMITTED) {
                r = service.edit(r);
                s.reply("registration.edit.now-draft");
            }
            s.startFlow(RegistrationDialog.FLOW, Steps.EDIT, draft);
            summaries.showEditMenu(s, c, r);
        } else if (press instanceof Item item) {
            if (r.status() != RegistrationStatus.DRAFT || !Steps.isQuestion(item.step(), c)) {
                s.toast("registration.stale-summary");
                return;
            }
            s.startFlow(RegistrationDialog.FLOW, item.step(), draft);
            questions.ask(s, c, r, item.step());
        } else if (r.status() == RegistrationStatus.SUBMITTED) { // View: back to the summary
            s.endFlow();
            summaries.showSubmitted(s, c, r);
        } else {
            s.startFlow(RegistrationDialog.FLOW, Steps.CONFIRM, draft);
            summaries.showDraft(s, c, r);
        }
    }

    private void submit(ChatSession s, Campaign c, Registration r, Person u) {
        try {
            own.submit(u.staffId(), c);
        } catch (RegistrationRefused refused) { // sent or changed elsewhere since this summary was shown
            s.toast("registration.stale-summary");
            s.reply("registration.stale-summary");
            return;
        }
        log.info("Staff #{} submitted their registration for {}", u.staffId(), c.schoolYear());
        s.endFlow();
        s.toast("registration.submitted-toast"); // the receipt itself is RegistrationNotifications', whichever front end sent it
        own.teamToRegister(u, c).ifPresent(team -> s.message("registration.submitted.leader-hint", team)
                .buttonKey("registration.team.button.register", new TeamRegistrationButtons.Start())
                .send());
    }
}
