package vn.thiduabot.staff;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduabot.people.Person;

/**
 * The decision on a staff list waiting for confirmation. The list is planned again at the decision,
 * from today's staff table, and the one deciding must be allowed to confirm that plan (nobody confirms
 * a list that gives them roles; privileged roles need the principal or an admin). The sender may always
 * cancel. The result says what happened; the dialog (the chat side) tells the people concerned.
 */
@Service
public class StaffImportService {

    private static final Logger log = LoggerFactory.getLogger(StaffImportService.class);

    /** What came of a decision. */
    public enum Decided { NO_SUCH_LIST, ALREADY_DECIDED, NOT_YOURS, CANCELLED, APPLIED }

    /** Where the list came from: its sender's staff id, and the chat and user the file was sent from. */
    public record Sender(long staffId, long chatId, long userId) { }

    /** @param report what was imported, when {@link Decided#APPLIED} */
    public record Decision(Decided outcome, Optional<Sender> sender, ImportReport report) {

        /** Whether someone other than the sender decided, who should then be told. */
        public boolean decidedForSomeoneElse(Person decider) {
            return sender.isPresent() && sender.get().staffId() != decider.staffId();
        }
    }

    private final StaffImportRepository imports;
    private final StaffImporter importer;
    private final StaffImportWorker worker;
    private final Clock clock;

    StaffImportService(StaffImportRepository imports, StaffImporter importer, StaffImportWorker worker, Clock clock) {
        this.imports = imports;
        this.importer = importer;
        this.worker = worker;
        this.clock = clock;
    }

    /** The largest staff-list file accepted, in bytes. */
    public long maxFileBytes() {
        return importer.maxFileBytes();
    }

    /** Whether a file of this name is a staff list the bot reads (.csv, .xlsx). */
    public static boolean knownType(String fileName) {
        return StaffFileReader.knownType(fileName);
    }

    /** A size in megabytes as the messages show it. */
    public static String megabytes(long bytes) {
        return StaffFileReader.megabytes(bytes);
    }

    /** Whether a list this person sent was read and waits for a press (maybe someone else's). */
    @Transactional(readOnly = true)
    public boolean awaitsDecision(long staffId) {
        return imports.existsByRequestedByStaffIdAndStatus(staffId, StaffImport.Status.AWAITING_CONFIRMATION);
    }

    /**
     * A staff list sent as a file: stored, and downloaded once this transaction commits (never inside
     * it, see {@link StaffImportWorker}). A newer file replaces the sender's list still waiting for a
     * press: an older one is never applied after it.
     *
     * @return the id of the new import
     */
    @Transactional
    public long receive(long staffId, long chatId, long userId, long updateId, String fileId, String fileName) {
        imports.findByRequestedByStaffIdAndStatus(staffId, StaffImport.Status.AWAITING_CONFIRMATION)
                .forEach(older -> older.cancelled(staffId, clock.instant()));
        StaffImport row = imports.save(new StaffImport(staffId, chatId, userId, updateId, fileId, fileName, clock.instant()));
        worker.startAfterCommit(row.id());
        return row.id();
    }

    @Transactional
    public Decision decide(long importId, Person me, boolean apply) {
        Optional<StaffImport> found = imports.findById(importId);
        if (found.isEmpty()) {
            return new Decision(Decided.NO_SUCH_LIST, Optional.empty(), null);
        }
        StaffImport row = found.get();
        Optional<Sender> sender = Optional.of(new Sender(row.requestedByStaffId(), row.chatId(), row.userId()));
        if (!row.awaitsConfirmation()) {
            return new Decision(Decided.ALREADY_DECIDED, sender, null);
        }
        ImportPlan plan = importer.plan(row.fileName(), row.content());
        if (!apply) {
            if (!row.isRequestedBy(me.staffId()) && !plan.mayBeConfirmedBy(me)) {
                return new Decision(Decided.NOT_YOURS, sender, null);
            }
            row.cancelled(me.staffId(), clock.instant());
            return new Decision(Decided.CANCELLED, sender, null);
        }
        if (!plan.mayBeConfirmedBy(me)) {
            log.warn("Staff #{} may not confirm staff import #{}", me.staffId(), importId);
            return new Decision(Decided.NOT_YOURS, sender, null);
        }
        ImportReport report = importer.apply(plan, AuditLog.Actor.staff(me.staffId()));
        row.applied(me.staffId(), clock.instant());
        log.info("Staff #{} applied staff import #{} sent by staff #{}: {} new, {} updated, {} rejected",
                me.staffId(), importId, row.requestedByStaffId(), report.imported(), report.updated(), report.rejected());
        return new Decision(Decided.APPLIED, sender, report);
    }
}
