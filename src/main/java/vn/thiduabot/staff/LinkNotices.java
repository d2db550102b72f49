package vn.thiduabot.staff;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.thiduabot.people.Person;
import vn.thiduabot.chat.Messenger;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.people.Role;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.people.PersonDirectory;

/**
 * A person's phone number (or a confirmed invite) moved them to another Telegram account: the old
 * account is told at its stored chat, and so are the secretaries, in the transaction of the move.
 */
@Component
class LinkNotices {

    /** How the new account proved who it is. */
    enum How {
        CONTACT("link.moved.by-contact"), INVITE("link.moved.by-invite");

        final String key;

        How(String key) {
            this.key = key;
        }
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final Messenger messenger;
    private final PersonDirectory directory;
    private final Clock clock;
    private final ZoneId zone;

    LinkNotices(Messenger messenger, PersonDirectory directory, Clock clock,
                @Value("${thidua.time-zone:Asia/Ho_Chi_Minh}") String zone) {
        this.messenger = messenger;
        this.directory = directory;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
    }

    void accountReplaced(StaffMember member, long oldUserId, Long oldChatId, How how) {
        Instant now = clock.instant();
        String when = WHEN.format(now.atZone(zone));
        String key = "link-moved:" + member.getId() + ":" + oldUserId + ":" + now.toEpochMilli();
        if (oldChatId != null) {
            messenger.to(new Reply.Recipient(oldChatId, oldUserId, Texts.locale(member.getLanguage())),
                    "link.moved.old-account", member.getFullName(), when).key(key + ":old").send();
        }
        List<Person> secretaries = directory.linkedWithRole(Role.SECRETARY);
        if (secretaries.isEmpty()) {
            secretaries = directory.linkedWithRole(Role.ADMIN);
        }
        for (Person secretary : secretaries) {
            if (secretary.staffId() == member.getId()) {
                continue; // they just did it themselves, on their new account
            }
            messenger.to(secretary, "link.moved.notice", member.getFullName(),
                    messenger.text(secretary.locale(), how.key), when).key(key + ":" + secretary.staffId()).send();
        }
    }
}
