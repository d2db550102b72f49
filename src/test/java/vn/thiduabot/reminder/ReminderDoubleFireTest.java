package vn.thiduabot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
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
 * lost, and twice at the same moment: the deliveries themselves keep anyone from being reminded twice. What the job does, not when: fired as the
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

    @BeforeEach
    void twoLinkedTeachersAndOneWhoIsNot() {
        school.reset();
        school.person("Giáo viên 1", "+84912000101", null, Set.of(Role.TEACHER), 9001L);
        school.person("Giáo viên 2", "+84912000102", null, Set.of(Role.TEACHER), 9002L);
        school.person("Chưa liên kết", "+84912000199", null, Set.of(Role.TEACHER), null);
    }

    int reminderRows() {
        return jdbc.queryForObject("select count(*) from outbox_message where idempotency_key like 'reminder:%'", Integer.class);
    }

    @Test
    void a_double_trigger_of_the_same_occurrence_reminds_nobody_twice() {
        service.fire(OCCURRENCE);
        jdbc.update("delete from reminder_run");
        service.fire(OCCURRENCE);

        assertThat(reminderRows()).isEqualTo(2);
    }

    /**
     * Two firings at the same moment (two instances on one PostgreSQL): the one that commits second meets the first's
     * deliveries and sends only to whoever is left, here nobody.
     */
    @Test
    void two_firings_at_the_same_moment_remind_nobody_twice() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<ReminderService.Outcome> fire = () -> {
            together.await(10, TimeUnit.SECONDS);
            return service.fire(OCCURRENCE);
        };
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            for (Future<ReminderService.Outcome> done : two.invokeAll(List.of(fire, fire), 30, TimeUnit.SECONDS)) {
                done.get();
            }
        } finally {
            two.shutdownNow();
        }

        assertThat(reminderRows()).isEqualTo(2);
        assertThat(service.deliveredCount(OCCURRENCE)).isEqualTo(2);
    }
}
