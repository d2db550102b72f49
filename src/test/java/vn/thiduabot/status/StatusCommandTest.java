package vn.thiduabot.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.thiduabot.people.Role;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.chat.UpdateIntake;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.staff.StaffMember;
import vn.thiduabot.staff.StaffRepository;
import vn.thiduabot.support.ChatDriver;
import vn.thiduabot.support.MutableClock;

/** /trangthai tells a teacher what to do next and by when, as the calendar moves. */
@SpringBootTest(properties = {"thidua.transport=none", "thidua.campaign-dir=src/test/resources/campaigns"})
class StatusCommandTest {

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void db(DynamicPropertyRegistry r) {
        r.add("thidua.data-dir", () -> dir.toString());
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2023-09-08T01:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
        }
    }

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
