package vn.thiduabot.chat;

import vn.thiduabot.people.PersonDirectory;

import vn.thiduabot.people.Person;

import vn.thiduabot.people.Role;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thiduabot.notification.DeliveryTrouble;

/**
 * Tells the linked admins in the bot when the message sender failed and restarted its loop (the
 * sender asks at most once an hour), with the time and the error, and where to look ({@code /guitin}).
 */
@Component
class DeliveryAlerts {

    private static final Logger log = LoggerFactory.getLogger(DeliveryAlerts.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final PersonDirectory directory;
    private final Messenger messenger;
    private final TransactionTemplate tx;
    private final Clock clock;

    DeliveryAlerts(PersonDirectory directory, Messenger messenger, TransactionTemplate tx, Clock clock) {
        this.directory = directory;
        this.messenger = messenger;
        this.tx = tx;
        this.clock = clock;
    }

    @EventListener
    void on(DeliveryTrouble trouble) {
        String since = WHEN.format(trouble.since().atZone(clock.getZone()));
        int told = tx.execute(s -> {
            int n = 0;
            for (Person admin : directory.linkedWithRole(Role.ADMIN)) {
                if (admin.chatId() == null || admin.telegramUserId() == null) {
                    continue;
                }
                messenger.to(admin, "delivery.alert", since, trouble.error())
                        .key("delivery-alert:" + trouble.at().toEpochMilli() + ":" + admin.staffId())
                        .send();
                n++;
            }
            return n;
        });
        log.info("Told {} admin(s) that the message sender failed since {}", told, since);
    }
}
