package vn.thiduabot.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thiduabot.chat.Incoming;
import vn.thiduabot.people.Role;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.chat.UpdateIntake;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.notification.OutgoingMessage;
import vn.thiduabot.support.ChatDriver;
import vn.thiduabot.support.BotTest;
import vn.thiduabot.support.SchoolFixture;

/** Linking a Telegram account to the staff list, driven through the transport-neutral intake. */
@BotTest
class AccountLinkingTest {

    @Autowired SchoolFixture school;
    @Autowired UpdateIntake intake;
    @Autowired Outbox outbox;
    @Autowired StaffRepository staff;
    @Autowired TeamRepository teams;
    @Autowired LinkingService linking;
    @Autowired Texts texts;
    @Autowired JdbcTemplate jdbc;

    StaffMember hoa;
    StaffMember secretary;

    @BeforeEach
    void school() {
        school.reset(); // every table (SchemaReset)
        Team toan = school.team("Toán - Tin");
        hoa = staff.save(new StaffMember("Lò Thị Hoa", "+84912000004", toan, null, Set.of(Role.TEACHER), Instant.now()));
        secretary = new StaffMember("Hà Văn Minh", "+84912000002", null, null, Set.of(Role.SECRETARY, Role.ADMIN), Instant.now());
        secretary.linkTelegram(502, 502, "minh", Instant.now());
        secretary = staff.save(secretary);
    }

    /** A message from a Telegram user with a username, so the secretary's notice can name them. */
    private UpdateIntake.Outcome send(long user, Incoming.Kind kind, String text, Incoming.Contact contact) {
        return intake.process(new Incoming(ChatDriver.nextUpdateId(), user, user, true, "user" + user, "Hoa", null, kind, text,
                contact, null, null));
    }

    private String lastTextTo(long chat) {
        return new ChatDriver(intake, outbox).lastText(chat);
    }

    private String vi(String key, Object... args) {
        return texts.get(Texts.VIETNAMESE, key, args);
    }

    @Test
    void start_asks_a_stranger_for_their_phone_with_a_one_tap_button() {
        send(301, Incoming.Kind.TEXT, "/start", null);
        OutgoingMessage m = outbox.queuedFor(301).get(0);
        assertThat(m.text()).isEqualTo(vi("link.welcome"));
        assertThat(m.keyboard().contactButtonLabel()).isEqualTo(vi("link.share-phone-button"));
    }

    @Test
    void own_contact_in_any_format_links_and_greets_by_name_with_roles() {
        send(301, Incoming.Kind.CONTACT, null, new Incoming.Contact("84912000004", 301L, "Hoa", null));
        String greeting = lastTextTo(301);
        assertThat(greeting).contains("Lò Thị Hoa").contains(vi("role.teacher")).contains("Toán - Tin").contains("/trogiup");
        assertThat(staff.findByTelegramUserId(301)).map(StaffMember::getFullName).contains("Lò Thị Hoa");
    }

    @Test
    void someone_elses_contact_is_refused() {
        send(301, Incoming.Kind.CONTACT, null, new Incoming.Contact("+84912000004", 999L, "Hoa", null));
        assertThat(lastTextTo(301)).isEqualTo(vi("link.not-own-contact"));
        assertThat(staff.findByTelegramUserId(301)).isEmpty();
    }

    @Test
    void unknown_phone_gets_a_polite_answer_and_the_secretary_is_told_once() {
        send(303, Incoming.Kind.CONTACT, null, new Incoming.Contact("0987 654 321", 303L, "Hoa", null));
        send(303, Incoming.Kind.CONTACT, null, new Incoming.Contact("0987 654 321", 303L, "Hoa", null));
        assertThat(lastTextTo(303)).isEqualTo(vi("link.unknown-phone"));
        List<OutgoingMessage> toSecretary = outbox.queuedFor(502);
        assertThat(toSecretary).hasSize(1);
        assertThat(toSecretary.get(0).text()).contains("+84987654321").contains("@user303");
    }

    @Test
    void invite_code_works_once_and_the_stranger_is_then_recognised() {
        send(502, Incoming.Kind.TEXT, "/moima lo thi hoa", null);
        String issued = lastTextTo(502);
        String code = issued.replaceAll("(?s).*start=([A-Za-z0-9_-]{22}).*", "$1");
        assertThat(code).hasSize(22);

        send(304, Incoming.Kind.TEXT, "/start " + code, null);
        assertThat(lastTextTo(304)).contains("Lò Thị Hoa");

        send(305, Incoming.Kind.TEXT, code, null);
        assertThat(lastTextTo(305)).isEqualTo(vi("link.invite-invalid"));
        assertThat(staff.findByTelegramUserId(305)).isEmpty();
    }

    @Test
    void a_teacher_cannot_issue_invite_codes() {
        linking.linkByPhone("0912000004", 306, 306, null);
        send(306, Incoming.Kind.TEXT, "/moima Hà Văn Minh", null);
        assertThat(lastTextTo(306)).isEqualTo(vi("error.forbidden"));
    }

    @Test
    void a_stranger_is_blocked_from_staff_commands() {
        send(307, Incoming.Kind.TEXT, "/moima Hoa", null);
        assertThat(lastTextTo(307)).isEqualTo(vi("error.not-linked"));
    }
}
