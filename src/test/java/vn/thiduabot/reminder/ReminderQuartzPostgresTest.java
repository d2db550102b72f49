package vn.thiduabot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.KeyMatcher;
import org.quartz.listeners.TriggerListenerSupport;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thiduabot.support.EmbeddedPostgresDatabase;

/**
 * {@link ReminderQuartzTest} with the bot, its Quartz job store and its reminders on PostgreSQL, and two
 * bot instances on one database: Quartz's cluster fires a reminder on one of them, once.
 */
class ReminderQuartzPostgresTest extends ReminderQuartzTest {

    @Override
    List<String> newDatabase() {
        return EmbeddedPostgresDatabase.newDatabaseArgs();
    }

    @Test
    void two_instances_on_one_database_send_a_reminder_once() throws Exception {
        try (ConfigurableApplicationContext first = start(fireAt.toInstant().minus(Duration.ofHours(1)));
             ConfigurableApplicationContext second = start(fireAt.toInstant().minus(Duration.ofHours(1)))) {
            linkedTeachers(first, 3);
            assertThat(first.getBean(JdbcTemplate.class).queryForObject(
                    "select count(*) from qrtz_scheduler_state", Integer.class)).as("two instances in the cluster").isEqualTo(2);
            TriggerKey key = TriggerKey.triggerKey(occurrence, ReminderScheduler.GROUP);
            AtomicInteger fired = new AtomicInteger();
            for (ConfigurableApplicationContext app : List.of(first, second)) {
                app.getBean(Scheduler.class).getListenerManager().addTriggerListener(new TriggerListenerSupport() {
                    @Override
                    public String getName() {
                        return "count-" + System.identityHashCode(app);
                    }

                    @Override
                    public void triggerFired(Trigger trigger, JobExecutionContext context) {
                        fired.incrementAndGet();
                    }
                }, KeyMatcher.keyEquals(key));
            }
            // the hour passes: the reminder's trigger is due in two seconds, with both instances up
            Scheduler scheduler = first.getBean(Scheduler.class);
            Trigger planned = scheduler.getTrigger(key);
            assertThat(planned).as("planned once, by both").isNotNull();
            scheduler.rescheduleJob(key, TriggerBuilder.newTrigger().withIdentity(key).forJob(planned.getJobKey())
                    .startAt(new Date(System.currentTimeMillis() + 2000))
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow()).build());

            waitFor(() -> first.getBean(ReminderService.class).deliveredCount(occurrence) == 3, Duration.ofSeconds(30));
            QuartzSettled.settle(first, second); // whatever either instance had due has fired
            assertThat(fired.get()).as("fired on one instance, once").isEqualTo(1);
            assertThat(reminderRows(first)).as("one reminder to each of the three teachers").isEqualTo(3);
            assertThat(reminderRows(second)).isEqualTo(3);
        }
    }
}
