package vn.thiduabot.staff;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.thiduabot.people.Person;

/**
 * What comes of a downloaded staff list, before anything is saved to the staff table: refused, applied
 * at once (it changes nobody), or waiting for whoever may confirm it, the sender themselves, or (when
 * the list gives or takes privileged roles they may not confirm, or gives them roles) the principal and
 * the admins who gain nothing from it. Runs in the worker's short transactions; each outcome is an event
 * the chat side answers.
 */
@Component
class ImportOffers {

    private static final Logger log = LoggerFactory.getLogger(ImportOffers.class);

    private final StaffImportRepository imports;
    private final StaffRepository staff;
    private final StaffImporter importer;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ImportOffers(StaffImportRepository imports, StaffRepository staff, StaffImporter importer, ApplicationEventPublisher events,
                 Clock clock) {
        this.imports = imports;
        this.staff = staff;
        this.importer = importer;
        this.events = events;
        this.clock = clock;
    }

    void downloadFailed(long importId, String reasonKey) {
        imports.findById(importId).filter(StaffImport::isDownloading).ifPresent(row -> {
            row.failed(clock.instant());
            events.publishEvent(new StaffListFailed(importId, sender(row), reasonKey));
        });
    }

    void offer(long importId, byte[] content, ImportPlan plan) {
        StaffImport row = imports.findById(importId).filter(StaffImport::isDownloading).orElse(null);
        if (row == null) {
            return; // taken up twice (a restart during the download): the first one answered
        }
        if (plan.failed()) {
            row.failed(clock.instant());
            events.publishEvent(new StaffListRefused(importId, sender(row), ImportReport.refused(plan.fileError())));
            return;
        }
        if (plan.changesNothing()) {
            // nothing to confirm: only rejected or unchanged rows
            ImportReport report = importer.apply(plan, AuditLog.Actor.staff(row.requestedByStaffId()));
            row.applied(row.requestedByStaffId(), clock.instant());
            events.publishEvent(new StaffListImported(importId, sender(row), report));
            return;
        }
        row.downloaded(content, clock.instant());
        Optional<Person> sender = staff.findById(row.requestedByStaffId()).filter(StaffMember::isActive)
                .map(StaffDirectory::toPerson);
        String senderName = sender.map(Person::fullName).orElse("-");
        ImportSummary summary = ImportSummary.of(plan);
        if (sender.isPresent() && plan.mayBeConfirmedBy(sender.get())) {
            events.publishEvent(new StaffListOffered(importId, sender(row), senderName, summary, true, List.of()));
            return;
        }
        List<Person> deciders = staff.findByActiveTrueOrderByFullNameAsc().stream()
                .filter(m -> m.maySecondOthers() && !m.getId().equals(row.requestedByStaffId()))
                .map(StaffDirectory::toPerson)
                .filter(plan::mayBeConfirmedBy)
                .toList();
        if (deciders.isEmpty()) {
            row.cancelled(null, clock.instant());
        } else {
            log.info("Staff import #{}: changes roles the sender may not confirm; sent to staff {}", importId,
                    deciders.stream().map(Person::staffId).toList());
        }
        events.publishEvent(new StaffListOffered(importId, sender(row), senderName, summary, false, deciders));
    }

    private static StaffImportService.Sender sender(StaffImport row) {
        return new StaffImportService.Sender(row.requestedByStaffId(), row.chatId(), row.userId());
    }
}
