package vn.thiduabot.staff.chat;

import vn.thiduabot.staff.LinkingService;
import vn.thiduabot.staff.PhoneNumbers;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.people.Person;
import vn.thiduabot.chat.Incoming;
import vn.thiduabot.chat.InputHandler;
import vn.thiduabot.people.Role;
import vn.thiduabot.people.PersonDirectory;

/**
 * A shared contact. Only the sender's own contact links (Telegram fills the contact's user_id,
 * which must be the sender's); an unknown number gets a polite answer and the secretary is told.
 */
@Component
@Order(10)
class ContactLinkHandler implements InputHandler {

    private static final Logger log = LoggerFactory.getLogger(ContactLinkHandler.class);

    private final LinkingService linking;
    private final LinkGreeting greeting;
    private final PersonDirectory directory;
    private final java.time.Clock clock;

    ContactLinkHandler(LinkingService linking, LinkGreeting greeting, PersonDirectory directory, java.time.Clock clock) {
        this.linking = linking;
        this.greeting = greeting;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public boolean handle(ChatSession s) {
        Incoming in = s.incoming();
        if (in.kind() != Incoming.Kind.CONTACT) {
            return false;
        }
        Incoming.Contact contact = in.contact();
        if (contact.userId() == null || contact.userId() != in.userId()) {
            log.info("Update {}: someone else's contact was shared; refused", in.updateId());
            s.message("link.not-own-contact").askContact("link.share-phone-button").send();
            return true;
        }
        if (s.user().isPresent()) {
            s.message("link.already-linked", s.user().get().fullName()).removeKeyboard().send();
            return true;
        }
        linking.linkByPhone(contact.phone(), in.userId(), in.chatId(), in.username()).ifPresentOrElse(
                member -> greeting.greet(s, member, "link.linked"),
                () -> unknownPhone(s, contact));
        return true;
    }

    private void unknownPhone(ChatSession s, Incoming.Contact contact) {
        Incoming in = s.incoming();
        log.info("Update {}: phone {} is not on the active staff list", in.updateId(), PhoneNumbers.mask(contact.phone()));
        s.message("link.unknown-phone").removeKeyboard().send();
        String phone = PhoneNumbers.normalise(contact.phone()).orElse(contact.phone());
        String name = in.displayName();
        String username = in.username() == null ? "-" : "@" + in.username();
        List<Person> secretaries = directory.linkedWithRole(Role.SECRETARY);
        if (secretaries.isEmpty()) {
            secretaries = directory.linkedWithRole(Role.ADMIN);
        }
        // One notice per number per day, however many times the person retries.
        LocalDate today = LocalDate.now(clock);
        for (Person secretary : secretaries) {
            s.messenger().to(secretary, "link.unknown-phone-notice", name, phone, username)
                    .key("unknown-phone:" + phone + ":" + today + ":" + secretary.staffId())
                    .send();
        }
    }
}
