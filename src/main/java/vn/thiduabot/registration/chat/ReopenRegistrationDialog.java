package vn.thiduabot.registration.chat;

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
import vn.thiduabot.chat.ButtonAction;
import vn.thiduabot.chat.ButtonPayload;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Command;
import vn.thiduabot.chat.Flow;
import vn.thiduabot.chat.FreeText;
import vn.thiduabot.chat.Incoming;
import vn.thiduabot.chat.PickOne;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;
import vn.thiduabot.registration.Registration;
import vn.thiduabot.registration.RegistrationService;
import vn.thiduabot.registration.RegistrationStatus;
import vn.thiduabot.registration.TargetInput;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffView;

/**
 * /mophieu (/reopen) &lt;name or phone&gt;: the secretary reopens one person's registration, with a
 * reason, so they can change and send it again even after the deadline. The person is told.
 */
@Component
@Order(130)
class ReopenRegistrationDialog implements Command, Flow, ButtonAction<ReopenRegistrationDialog.Pick> {

    /** One of the people who matched the name typed. */
    record Pick(long staffId) implements ButtonPayload { }


    private static final Logger log = LoggerFactory.getLogger(ReopenRegistrationDialog.class);
    static final String FLOW = "registration-reopen";
    private static final String REASON = "reason";
    private static final String STAFF = "staff";
    private static final String YEAR = "year";
    static final int MAX_REASON = FreeText.REASON.max();

    private final StaffDirectory staff;
    private final Campaigns campaigns;
    private final RegistrationService service;

    ReopenRegistrationDialog(StaffDirectory staff, Campaigns campaigns, RegistrationService service) {
        this.staff = staff;
        this.campaigns = campaigns;
        this.service = service;
    }

    @Override
    public List<String> names() {
        return List.of("mophieu", "reopen");
    }

    @Override
    public String descriptionKey() {
        return "command.reopen";
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.SECRETARY, Role.ADMIN);
    }

    @Override
    public String name() {
        return FLOW;
    }

    @Override
    public String action() {
        return "reg.reopen";
    }

    @Override
    public Class<Pick> payloadType() {
        return Pick.class;
    }

    @Override
    public void run(ChatSession s, String args) {
        if (args.isBlank()) {
            s.reply("registration.reopen.usage");
            return;
        }
        String shown = Texts.shorten(args, 40);
        PickOne.among(s, staff.findActive(args), shown,
                () -> s.reply("registration.reopen.not-found", shown),
                m -> askReason(s, m.staffId()),
                "registration.reopen.too-many", "registration.reopen.choose", StaffView::nameAndTeam, m -> new Pick(m.staffId()));
    }

    @Override
    public void onPress(ChatSession s, Pick pick) {
        askReason(s, pick.staffId());
    }

    private void askReason(ChatSession s, long staffId) {
        Optional<StaffView> person = staff.byId(staffId).filter(StaffView::active);
        if (person.isEmpty()) {
            s.toast("error.button-stale");
            s.reply("registration.reopen.not-found", String.valueOf(staffId));
            return;
        }
        Campaign c = campaigns.current();
        StaffView p = person.get();
        Optional<Registration> r = service.find(staffId, c.schoolYear());
        String status = r.isEmpty() || !r.get().started() ? s.text("registration.status.none")
                : r.get().status() == RegistrationStatus.SUBMITTED
                        ? s.text("registration.status.submitted", RegistrationTexts.date(RegistrationTexts.day(r.get().submittedAt(), c)))
                        : s.text("registration.status.draft");
        s.startFlow(FLOW, REASON, Map.of(STAFF, String.valueOf(staffId), YEAR, c.schoolYear()));
        s.reply("registration.reopen.ask-reason", p.fullName(), p.teamName() == null ? s.text("staff.no-team") : p.teamName(),
                status, c.schoolYear(), String.valueOf(MAX_REASON));
    }

    @Override
    public void onInput(ChatSession s) {
        Map<String, String> draft = s.draft();
        if (s.incoming().kind() != Incoming.Kind.TEXT) {
            s.reply("registration.reopen.reason-text");
            return;
        }
        TargetInput.Result result = TargetInput.text(s.incoming().text().strip(), MAX_REASON);
        if (result instanceof TargetInput.Refused refused) {
            s.reply(refused.key(), refused.args());
            s.reply("registration.reopen.reason-again");
            return;
        }
        String reason = ((TargetInput.Ok) result).value();
        long staffId;
        try {
            staffId = Long.parseLong(draft.get(STAFF));
        } catch (RuntimeException e) {
            s.endFlow();
            s.reply("registration.flow-lost");
            return;
        }
        Optional<StaffView> person = staff.byId(staffId).filter(StaffView::active);
        Optional<Campaign> campaign = Optional.ofNullable(draft.get(YEAR)).flatMap(campaigns::forYear);
        s.endFlow();
        if (person.isEmpty() || campaign.isEmpty()) {
            s.reply("registration.flow-lost");
            return;
        }
        Person me = s.requireUser();
        Campaign c = campaign.get();
        StaffView p = person.get();
        service.reopen(staffId, c.schoolYear(), me.staffId(), reason);
        log.info("Staff #{} reopened the {} registration of staff #{}", me.staffId(), c.schoolYear(), staffId);
        s.reply("registration.reopen.done", p.fullName(), c.schoolYear());
        if (p.linkedPerson().isPresent() && p.linkedPerson().get().chatId() != null) {
            s.reply("registration.reopen.notified", p.fullName());
        } else {
            s.reply("registration.reopen.not-linked", p.fullName());
        }
    }
}
