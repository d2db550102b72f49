package vn.thiduabot.staff.chat;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ButtonAction;
import vn.thiduabot.chat.ButtonPayload;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.people.Person;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.people.Role;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.staff.StaffImportService;

/**
 * The apply and cancel buttons of a staff list's preview; {@link StaffImportService} decides whether the
 * one pressing may, this dialog answers them and tells the sender.
 */
@Component
class ImportDecision implements ButtonAction<ImportDecision.Decide> {

    /** Apply or cancel one staff list waiting for confirmation. */
    record Decide(long importId, boolean apply) implements ButtonPayload { }

    private final StaffImportService service;
    private final ImportNotifications preview;
    private final Texts texts;

    ImportDecision(StaffImportService service, ImportNotifications preview, Texts texts) {
        this.service = service;
        this.preview = preview;
        this.texts = texts;
    }

    @Override
    public String action() {
        return "staff-import-decide";
    }

    @Override
    public Class<Decide> payloadType() {
        return Decide.class;
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.SECRETARY, Role.ADMIN, Role.PRINCIPAL);
    }

    @Override
    public void onPress(ChatSession s, Decide press) {
        long id = press.importId();
        Person me = s.requireUser();
        StaffImportService.Decision d = service.decide(id, me, press.apply());
        switch (d.outcome()) {
            case NO_SUCH_LIST -> s.alert("error.button-stale");
            case ALREADY_DECIDED -> s.alert("import.already-decided");
            case NOT_YOURS -> s.alert("import.not-yours");
            case CANCELLED -> {
                s.reply("import.cancelled");
                if (d.decidedForSomeoneElse(me)) {
                    s.messenger().to(preview.requester(d.sender().get()), "import.cancelled-by", me.fullName())
                            .key("import:" + id + ":decided").send();
                }
                leaveFlow(s);
            }
            case APPLIED -> {
                s.literal(d.report().render(texts, s.locale(), ImportStaffDialog.MAX_REPORT)).send();
                if (d.decidedForSomeoneElse(me)) {
                    Reply.Recipient to = preview.requester(d.sender().get());
                    s.messenger().to(to, "import.applied-by", me.fullName()).key("import:" + id + ":applied-by").send();
                    s.messenger().toLiteral(to, d.report().render(texts, to.locale(), ImportStaffDialog.MAX_REPORT))
                            .key("import:" + id + ":report").send();
                }
                leaveFlow(s);
            }
        }
    }

    /** The sender's wait for a file ends with the decision on it. */
    private static void leaveFlow(ChatSession s) {
        if (s.inFlow(ImportStaffDialog.FLOW)) {
            s.endFlow();
        }
    }
}
