package vn.thiduabot.chat;

import vn.thiduabot.people.PersonDirectory;

import vn.thiduabot.people.Person;

import vn.thiduabot.people.Role;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thiduabot.notification.DeliveryTrouble;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.notification.OutgoingMessage;
import vn.thiduabot.support.BotTest;

/** When the message sender fails and restarts, the linked admins read it in the bot, in their language. */
@BotTest
class DeliveryAlertsTest {

    @Autowired Messenger messenger;
    @Autowired TransactionTemplate tx;
    @Autowired Clock clock;
    @Autowired Outbox outbox;

    /** The staff directory as far as alerts need it: who the linked admins are. */
    static PersonDirectory admins(List<Person> admins) {
        return new PersonDirectory() {
            @Override
            public Optional<Person> findByTelegramUser(long telegramUserId) {
                return Optional.empty();
            }

            @Override
            public List<Person> linkedWithRole(Role role) {
                return role == Role.ADMIN ? admins : List.of();
            }

            @Override
            public List<Person> linked() {
                return admins;
            }

            @Override
            public void changeLanguage(long staffId, Locale locale) {
            }
        };
    }

    @Test
    void each_linked_admin_is_told_when_and_what_once_per_alert() {
        Person secretary = new Person(2, "Trần Thị Mai", "Văn phòng", Set.of(Role.ADMIN, Role.SECRETARY), Texts.VIETNAMESE, 502L, 502L);
        Person itTeacher = new Person(7, "Lê Văn Đức", "Tổ Toán - Tin", Set.of(Role.ADMIN), Texts.ENGLISH, 507L, 507L);
        DeliveryAlerts alerts = new DeliveryAlerts(admins(List.of(secretary, itTeacher)), messenger, tx, clock);
        // 08:05 in Hà Nội
        DeliveryTrouble trouble = new DeliveryTrouble("OutOfMemoryError: Java heap space", Instant.parse("2026-10-05T01:05:00Z"),
                Instant.parse("2026-10-05T01:05:02Z"));

        alerts.on(trouble);
        alerts.on(trouble); // the same alert again: no second message

        assertThat(outbox.queuedFor(502)).singleElement().extracting(OutgoingMessage::text).asString()
                .contains("08:05 05/10/2026").contains("OutOfMemoryError: Java heap space").contains("/guitin");
        assertThat(outbox.queuedFor(507)).singleElement().extracting(OutgoingMessage::text).asString()
                .contains("08:05 05/10/2026").contains("/delivery");
    }
}
