package vn.thiduabot.staff;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.thiduabot.people.Person;
import vn.thiduabot.chat.Messenger;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.people.Role;
import vn.thiduabot.chat.Texts;

/**
 * What a downloaded staff list would change, shown before anything is saved, to whoever may confirm
 * it: the sender themselves, or (when the list gives or takes privileged roles they may not confirm,
 * or gives them roles) the principal and the admins who gain nothing from it. Runs in the worker's
 * short transactions.
 */
@Component
class ImportPreview {

    private static final Logger log = LoggerFactory.getLogger(ImportPreview.class);
    /** Room for the role changes in a card, under Telegram's 4,096 characters. */
    static final int MAX_CHANGES_TEXT = 3000;

    private final StaffImportRepository imports;
    private final StaffRepository staff;
    private final StaffImporter importer;
    private final Messenger messenger;
    private final Texts texts;
    private final Clock clock;

    ImportPreview(StaffImportRepository imports, StaffRepository staff, StaffImporter importer, Messenger messenger,
                  Texts texts, Clock clock) {
        this.imports = imports;
        this.staff = staff;
        this.importer = importer;
        this.messenger = messenger;
        this.texts = texts;
        this.clock = clock;
    }

    void downloadFailed(long importId, String key) {
        imports.findById(importId).filter(StaffImport::isDownloading).ifPresent(row -> {
            row.failed(clock.instant());
            messenger.to(requester(row), key).key("import:" + importId + ":failed").send();
        });
    }

    void offer(long importId, byte[] content, ImportPlan plan) {
        StaffImport row = imports.findById(importId).filter(StaffImport::isDownloading).orElse(null);
        if (row == null) {
            return; // taken up twice (a restart during the download): the first one answered
        }
        Reply.Recipient to = requester(row);
        String key = "import:" + importId;
        if (plan.failed()) {
            row.failed(clock.instant());
            messenger.toLiteral(to, ImportReport.refused(plan.fileError()).render(texts, to.locale())).key(key + ":refused").send();
            messenger.to(to, "import.send-again").key(key + ":again").send();
            return;
        }
        if (plan.changesNothing()) {
            // nothing to confirm: only rejected or unchanged rows
            ImportReport report = importer.apply(plan, AuditLog.Actor.staff(row.requestedByStaffId()));
            row.applied(row.requestedByStaffId(), clock.instant());
            messenger.toLiteral(to, report.render(texts, to.locale(), ImportStaffDialog.MAX_REPORT)).key(key + ":report").send();
            return;
        }
        row.downloaded(content, clock.instant());
        Optional<Person> sender = staff.findById(row.requestedByStaffId()).filter(StaffMember::isActive)
                .map(StaffDirectory::toChatUser);
        if (sender.isPresent() && plan.mayBeConfirmedBy(sender.get())) {
            card(to, plan, texts.get(to.locale(), "import.preview.confirm"), importId, key + ":card");
            return;
        }
        List<Person> deciders = staff.findByActiveTrueOrderByFullNameAsc().stream()
                .filter(m -> m.maySecondOthers() && !m.getId().equals(row.requestedByStaffId()))
                .map(StaffDirectory::toChatUser)
                .filter(plan::mayBeConfirmedBy)
                .toList();
        if (deciders.isEmpty()) {
            row.cancelled(null, clock.instant());
            messenger.toLiteral(to, describe(plan, to.locale()) + "\n\n" + texts.get(to.locale(), "import.preview.nobody"))
                    .key(key + ":nobody").send();
            return;
        }
        String senderName = sender.map(Person::fullName).orElse("-");
        for (Person d : deciders) {
            Reply.Recipient r = new Reply.Recipient(d.chatId(), d.telegramUserId(), d.locale());
            card(r, plan, texts.get(d.locale(), "import.preview.confirm-for", senderName), importId, key + ":card:" + d.staffId());
        }
        String names = deciders.stream().map(Person::fullName).collect(Collectors.joining(", "));
        messenger.toLiteral(to, describe(plan, to.locale()) + "\n\n" + texts.get(to.locale(), "import.preview.sent-to", names))
                .buttonKey("import.cancel", new ImportDecision.Decide(importId, false))
                .key(key + ":sent").send();
        log.info("Staff import #{}: changes roles the sender may not confirm; sent to staff {}", importId,
                deciders.stream().map(Person::staffId).toList());
    }

    private void card(Reply.Recipient to, ImportPlan plan, String footer, long importId, String key) {
        messenger.toLiteral(to, describe(plan, to.locale()) + "\n\n" + footer)
                .buttonKey("import.apply", new ImportDecision.Decide(importId, true))
                .buttonKey("import.cancel", new ImportDecision.Decide(importId, false))
                .key(key).send();
    }

    /** The counts, then every role change (privileged ones first, marked), cut politely if very long. */
    String describe(ImportPlan plan, Locale locale) {
        StringBuilder out = new StringBuilder(texts.get(locale, "import.preview", String.valueOf(plan.newPeople()),
                String.valueOf(plan.updatedPeople()), String.valueOf(plan.rejections().size())));
        List<ImportPlan.Change> changes = plan.roleChanges();
        if (changes.isEmpty()) {
            return out.append('\n').append(texts.get(locale, "import.preview.no-role-changes")).toString();
        }
        out.append("\n\n").append(texts.get(locale, "import.preview.role-changes"));
        int start = out.length();
        for (int i = 0; i < changes.size(); i++) {
            ImportPlan.Change c = changes.get(i);
            String name = c.isNew() ? texts.get(locale, "import.preview.new-person", c.fullName()) : c.fullName();
            String line = texts.get(locale, c.privileged() ? "import.preview.privileged-line" : "import.preview.line",
                    name, roles(c.before(), locale), roles(c.after(), locale));
            if (out.length() - start + line.length() > MAX_CHANGES_TEXT) {
                out.append('\n').append(texts.get(locale, "import.preview.more", String.valueOf(changes.size() - i)));
                break;
            }
            out.append('\n').append(line);
        }
        return out.toString();
    }

    private String roles(Set<Role> roles, Locale locale) {
        return roles.isEmpty() ? texts.get(locale, "import.preview.no-roles")
                : roles.stream().sorted().map(r -> texts.get(locale, r.messageKey())).collect(Collectors.joining(", "));
    }

    /** The sender, at the chat the file came from, in their language. */
    Reply.Recipient requester(StaffImport row) {
        return requester(new StaffImportService.Sender(row.requestedByStaffId(), row.chatId(), row.userId()));
    }

    Reply.Recipient requester(StaffImportService.Sender sender) {
        Locale locale = staff.findById(sender.staffId()).map(m -> Texts.locale(m.getLanguage())).orElse(Texts.VIETNAMESE);
        return new Reply.Recipient(sender.chatId(), sender.userId(), locale);
    }
}
