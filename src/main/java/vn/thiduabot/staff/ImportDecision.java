package vn.thiduabot.staff;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ButtonAction;
import vn.thiduabot.chat.ButtonPayload;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.people.Person;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.people.Role;
import vn.thiduabot.chat.Texts;

/**
 * The apply and cancel buttons of a staff list's preview. The list is planned again at the press, from today's
 * staff table, and the one pressing must be allowed to confirm that plan (nobody confirms a list that
 * gives them roles; privileged roles need the principal or an admin). The sender may always cancel.
 */
@Component
class ImportDecision implements ButtonAction<ImportDecision.Decide> {

    /** Apply or cancel one staff list waiting for confirmation. */
    record Decide(long importId, boolean apply) implements ButtonPayload { }

    private static final Logger log = LoggerFactory.getLogger(ImportDecision.class);

    private final StaffImportRepository imports;
    private final StaffImporter importer;
    private final ImportPreview preview;
    private final Texts texts;
    private final Clock clock;

    ImportDecision(StaffImportRepository imports, StaffImporter importer, ImportPreview preview, Texts texts, Clock clock) {
        this.imports = imports;
        this.importer = importer;
        this.preview = preview;
        this.texts = texts;
        this.clock = clock;
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
        boolean apply = press.apply();
        long id = press.importId();
        Optional<StaffImport> found = imports.findById(id);
        if (found.isEmpty()) {
            s.alert("error.button-stale");
            return;
        }
        StaffImport row = found.get();
        if (!row.awaitsConfirmation()) {
            s.alert("import.already-decided");
            return;
        }
        Person me = s.requireUser();
        ImportPlan plan = importer.plan(row.fileName(), row.content());
        if (!apply) {
            if (!row.isRequestedBy(me.staffId()) && !plan.mayBeConfirmedBy(me)) {
                s.alert("import.not-yours");
                return;
            }
            row.cancelled(me.staffId(), clock.instant());
            s.reply("import.cancelled");
            tellSender(s, row, me, "import.cancelled-by");
            leaveFlow(s);
            return;
        }
        if (!plan.mayBeConfirmedBy(me)) {
            log.warn("Update {}: staff #{} may not confirm staff import #{}", s.incoming().updateId(), me.staffId(), id);
            s.alert("import.not-yours");
            return;
        }
        ImportReport report = importer.apply(plan, AuditLog.Actor.staff(me.staffId()));
        row.applied(me.staffId(), clock.instant());
        log.info("Update {}: staff #{} applied staff import #{} sent by staff #{}: {} new, {} updated, {} rejected",
                s.incoming().updateId(), me.staffId(), id, row.requestedByStaffId(), report.imported(), report.updated(),
                report.rejected());
        s.literal(report.render(texts, s.locale(), ImportStaffDialog.MAX_REPORT)).send();
        if (!row.isRequestedBy(me.staffId())) {
            Reply.Recipient to = preview.requester(row);
            s.messenger().to(to, "import.applied-by", me.fullName()).key("import:" + id + ":applied-by").send();
            s.messenger().toLiteral(to, report.render(texts, to.locale(), ImportStaffDialog.MAX_REPORT))
                    .key("import:" + id + ":report").send();
        }
        leaveFlow(s);
    }

    private void tellSender(ChatSession s, StaffImport row, Person me, String key) {
        if (!row.isRequestedBy(me.staffId())) {
            s.messenger().to(preview.requester(row), key, me.fullName()).key("import:" + row.id() + ":decided").send();
        }
    }

    /** The sender's wait for a file ends with the decision on it. */
    private static void leaveFlow(ChatSession s) {
        if (s.inFlow(ImportStaffDialog.FLOW)) {
            s.endFlow();
        }
    }
}
