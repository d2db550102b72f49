package vn.thiduabot.staff.chat;

import vn.thiduabot.staff.AccountMoved;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.thiduabot.people.Person;
import vn.thiduabot.chat.Messenger;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.people.Role;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.people.PersonDirectory;

/**
 * A person's phone number (or a confirmed invite) moved them to another Telegram account
 * ({@link AccountMoved}): the old account is told at its stored chat, and so are the secretaries, in the
 * transaction of the move.
 */
@Component
class LinkNotices {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final Messenger messenger;
    private final PersonDirectory directory;
    private final ZoneId zone;

    LinkNotices(Messenger messenger, PersonDirectory directory,
                @Value("${thidua.time-zone:Asia/Ho_Chi_Minh}") String zone) {
        this.messenger = messenger;
        this.directory = directory;
        this.zone = ZoneId.of(zone);
    }

    @EventListener
    void accountReplaced(AccountMoved moved) {
        Instant now = moved.at();
        String when = WHEN.format(now.atZone(zone));
        String key = "link-moved:" + moved.staffId() + ":" + moved.oldUserId() + ":" + now.toEpochMilli();
        if (moved.oldChatId() != null) {
            messenger.to(new Reply.Recipient(moved.oldChatId(), moved.oldUserId(), Texts.locale(moved.language())),
                    "link.moved.old-account", moved.fullName(), when).key(key + ":old").send();
        }
        List<Person> secretaries = directory.linkedWithRole(Role.SECRETARY);
        if (secretaries.isEmpty()) {
            secretaries = directory.linkedWithRole(Role.ADMIN);
        }
        for (Person secretary : secretaries) {
            if (secretary.staffId() == moved.staffId()) {
                continue; // they just did it themselves, on their new account
            }
            String how = moved.proof() == AccountMoved.Proof.CONTACT ? "link.moved.by-contact" : "link.moved.by-invite";
            messenger.to(secretary, "link.moved.notice", moved.fullName(),
                    messenger.text(secretary.locale(), how), when).key(key + ":" + secretary.staffId()).send();
        }
    }
}
