package vn.thiduabot.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thiduabot.people.Role;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.chat.UpdateIntake;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.notification.OutgoingMessage;
import vn.thiduabot.support.ChatDriver;
import vn.thiduabot.support.BotTest;

/**
 * The secretary asks for an invite code, is offered two people, and one of them leaves the school
 * before she taps: she is told so politely (not "an error occurred"), and the invite she made a moment
 * earlier for the other one stays valid.
 */
@BotTest
class InviteRefusalTest {

    static final long MINH = 9302;

    @Autowired UpdateIntake intake;
    @Autowired Outbox outbox;
    @Autowired StaffRepository staff;
    @Autowired TeamRepository teams;
    @Autowired Texts texts;
    @Autowired JdbcTemplate jdbc;

    @Test
    void an_invite_for_someone_who_left_meanwhile_is_refused_politely_and_earlier_invites_stay() {
        Team toan = teams.save(new Team("Toán - Tin"));
        StaffMember secretary = new StaffMember("Hà Văn Minh", "+84912300002", null, null, Set.of(Role.SECRETARY, Role.ADMIN), Instant.now());
        secretary.linkTelegram(MINH, MINH, "minh", Instant.now());
        staff.save(secretary);
        long hoa = staff.save(new StaffMember("Lò Thị Hoa", "+84912300004", toan, null, Set.of(Role.TEACHER), Instant.now())).getId();
        staff.save(new StaffMember("Lò Văn Tâm", "+84912300003", toan, null, Set.of(Role.TEACHER), Instant.now()));
        ChatDriver chat = new ChatDriver(intake, outbox);

        chat.says(MINH, "/moima Lò");
        OutgoingMessage choice = chat.latestWith(MINH, "Lò Văn Tâm — Toán - Tin");
        assertThat(chat.presses(MINH, "Lò Văn Tâm — Toán - Tin")).isEqualTo(vi("invite.issued-toast"));
        jdbc.update("update staff_member set active = 0 where id = ?", hoa); // Hoa leaves the school
        String answer = chat.pressToken(MINH, ChatDriver.token(choice, "Lò Thị Hoa — Toán - Tin"));

        assertThat(answer).as("no 'invite made' toast").isNull();
        assertThat(chat.lastText(MINH)).isEqualTo(vi("invite.inactive"));
        assertThat(chat.sent(MINH)).extracting(OutgoingMessage::text).doesNotContain(vi("error.internal"));
        assertThat(jdbc.queryForObject("select count(*) from invite_code", Integer.class)).as("Tâm's invite stays").isEqualTo(1);
    }

    private String vi(String key, Object... args) {
        return texts.get(Texts.VIETNAMESE, key, args);
    }
}
