package vn.thiduabot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import vn.thiduabot.people.Role;
import vn.thiduabot.support.BotTest;
import vn.thiduabot.support.ClockAt;
import vn.thiduabot.support.SchoolFixture;

/**
 * The same reminder occurrence fired twice (two triggers, or two instances at once), even after its "done" mark is
 * lost: the deliveries themselves keep anyone from being reminded twice. What the job does, not when: fired as the
 * scheduler would ({@link ReminderService#fire}) on the shared application, whose scheduler does not run (moved here
 * from {@link ReminderQuartzTest}, where it cost a start of its own).
 */
@BotTest
@TestPropertySource(properties = BotTest.CAMPAIGNS_2023)
@ClockAt("2023-09-05T01:00:00Z") // 08:00 in Vietnam on 05/09/2023, the time of the year's first timeline notice
class ReminderDoubleFireTest {

    static final String OCCURRENCE = "2023-2024:timeline:2023-09-05:1";

    @Autowired ReminderService service;
    @Autowired JdbcTemplate jdbc;
    @Autowired SchoolFixture school;

    @Test
    void a_double_trigger_of_the_same_occurrence_reminds_nobody_twice() {
        school.person("Giáo viên 1", "+84912000101", null, Set.of(Role.TEACHER), 9001L);
        school.person("Giáo viên 2", "+84912000102", null, Set.of(Role.TEACHER), 9002L);
        school.person("Chưa liên kết", "+84912000199", null, Set.of(Role.TEACHER), null);

        service.fire(OCCURRENCE);
        jdbc.update("delete from reminder_run");
        service.fire(OCCURRENCE);

        assertThat(jdbc.queryForObject("select count(*) from outbox_message where idempotency_key like 'reminder:%'", Integer.class))
                .isEqualTo(2);
    }
}
