package vn.thiduabot.staff.chat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.Messenger;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.PersonDirectory;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.ImportSummary;
import vn.thiduabot.staff.StaffImportService;
import vn.thiduabot.staff.StaffListExpired;
import vn.thiduabot.staff.StaffListFailed;
import vn.thiduabot.staff.StaffListImported;
import vn.thiduabot.staff.StaffListOffered;
import vn.thiduabot.staff.StaffListRefused;
import vn.thiduabot.staff.StaffService;

/**
 * What a downloaded staff list would change, shown before anything is saved, to whoever may confirm
 * it (see {@link StaffListOffered}); and the other outcomes of a list, told to its sender. Composed in
 * the transaction of the outcome.
 */
@Component
class ImportNotifications {

    /** Room for the role changes in a card, under Telegram's 4,096 characters. */
    static final int MAX_CHANGES_TEXT = 3000;

    private final StaffService staff;
    private final PersonDirectory directory;
    private final Messenger messenger;
    private final Texts texts;

    ImportNotifications(StaffService staff, PersonDirectory directory, Messenger messenger, Texts texts) {
        this.staff = staff;
        this.directory = directory;
        this.messenger = messenger;
        this.texts = texts;
    }

    @EventListener
    void failed(StaffListFailed failed) {
        messenger.to(requester(failed.sender()), failed.reasonKey()).key("import:" + failed.importId() + ":failed").send();
    }

    @EventListener
    void refused(StaffListRefused refused) {
        Reply.Recipient to = requester(refused.sender());
        String key = "import:" + refused.importId();
        messenger.toLiteral(to, refused.report().render(texts, to.locale())).key(key + ":refused").send();
        messenger.to(to, "import.send-again").key(key + ":again").send();
    }

    @EventListener
    void imported(StaffListImported imported) {
        Reply.Recipient to = requester(imported.sender());
        messenger.toLiteral(to, imported.report().render(texts, to.locale(), ImportStaffDialog.MAX_REPORT))
                .key("import:" + imported.importId() + ":report").send();
    }

    @EventListener
    void expired(StaffListExpired expired) {
        directory.findByTelegramUser(expired.senderUserId()).ifPresent(sender -> messenger
                .to(sender, "import.expired", expired.fileName(), expired.keptDays())
                .key("import-expired:" + expired.importId()).send());
    }

    @EventListener
    void offered(StaffListOffered offered) {
        Reply.Recipient to = requester(offered.sender());
        long importId = offered.importId();
        String key = "import:" + importId;
        ImportSummary plan = offered.summary();
        if (offered.senderConfirms()) {
            card(to, plan, texts.get(to.locale(), "import.preview.confirm"), importId, key + ":card");
            return;
        }
        if (offered.cancelled()) {
            messenger.toLiteral(to, describe(plan, to.locale()) + "\n\n" + texts.get(to.locale(), "import.preview.nobody"))
                    .key(key + ":nobody").send();
            return;
        }
        for (Person d : offered.deciders()) {
            Reply.Recipient r = new Reply.Recipient(d.chatId(), d.telegramUserId(), d.locale());
            card(r, plan, texts.get(d.locale(), "import.preview.confirm-for", offered.senderName()), importId,
                    key + ":card:" + d.staffId());
        }
        String names = offered.deciders().stream().map(Person::fullName).collect(Collectors.joining(", "));
        messenger.toLiteral(to, describe(plan, to.locale()) + "\n\n" + texts.get(to.locale(), "import.preview.sent-to", names))
                .buttonKey("import.cancel", new ImportDecision.Decide(importId, false))
                .key(key + ":sent").send();
    }

    private void card(Reply.Recipient to, ImportSummary plan, String footer, long importId, String key) {
        messenger.toLiteral(to, describe(plan, to.locale()) + "\n\n" + footer)
                .buttonKey("import.apply", new ImportDecision.Decide(importId, true))
                .buttonKey("import.cancel", new ImportDecision.Decide(importId, false))
                .key(key).send();
    }

    /** The counts, then every role change (privileged ones first, marked), cut politely if very long. */
    String describe(ImportSummary plan, Locale locale) {
        StringBuilder out = new StringBuilder(texts.get(locale, "import.preview", String.valueOf(plan.newPeople()),
                String.valueOf(plan.updatedPeople()), String.valueOf(plan.rejected())));
        List<ImportSummary.RoleChange> changes = plan.roleChanges();
        if (changes.isEmpty()) {
            return out.append('\n').append(texts.get(locale, "import.preview.no-role-changes")).toString();
        }
        out.append("\n\n").append(texts.get(locale, "import.preview.role-changes"));
        int start = out.length();
        for (int i = 0; i < changes.size(); i++) {
            ImportSummary.RoleChange c = changes.get(i);
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
    Reply.Recipient requester(StaffImportService.Sender sender) {
        Locale locale = staff.member(sender.staffId()).map(m -> Texts.locale(m.getLanguage())).orElse(Texts.VIETNAMESE);
        return new Reply.Recipient(sender.chatId(), sender.userId(), locale);
    }
}
