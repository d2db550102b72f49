package vn.thiduabot.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thiduabot.people.Role;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.chat.UpdateIntake;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.staff.StaffMember;
import vn.thiduabot.staff.StaffRepository;
import vn.thiduabot.support.ChatDriver;
import vn.thiduabot.support.MutableClock;
import vn.thiduabot.support.BotTest;
import vn.thiduabot.support.ClockAt;
import org.springframework.test.context.TestPropertySource;

/** /trangthai tells a teacher what to do next and by when, as the calendar moves. */
@BotTest
@TestPropertySource(properties = BotTest.CAMPAIGNS_2023)
@ClockAt("2023-09-08T01:00:00Z")
class StatusCommandTest {


    @Autowired UpdateIntake intake;
    @Autowired Outbox outbox;
    @Autowired StaffRepository staff;
    @Autowired MutableClock clock;
    @Autowired Texts texts;

    private String status(long user) {
        ChatDriver chat = new ChatDriver(intake, outbox);
        chat.says(user, "/trangthai");
        return chat.lastText(user);
    }

    private String vi(String key, Object... args) {
        return texts.get(Texts.VIETNAMESE, key, args);
    }

    @Test
    void before_the_deadline_it_says_register_by_the_15th_and_after_it_that_the_deadline_passed() {
        StaffMember m = new StaffMember("Hà Thị Mai", "+84912000811", null, null, Set.of(Role.TEACHER), Instant.now());
        m.linkTelegram(811, 811, null, Instant.now());
        staff.save(m);

        String now = status(811);
        assertThat(now).contains(vi("status.header", "2023-2024"))
                .contains(vi("status.registration.not-started", "15/09/2023"))
                .contains(vi("status.self.not-open", "03/05/2024", "20/05/2024"))
                .contains("/decu");

        clock.advance(Duration.ofDays(10));
        assertThat(status(811)).contains(vi("status.registration.missed", "15/09/2023"));
    }
}
