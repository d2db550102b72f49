package vn.thiduabot.reminder;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.context.ApplicationContext;

/**
 * Instead of a fixed pause before asserting that "nothing more was sent": waits until the bot's Quartz has done
 * everything that was due. A marker job is scheduled for now at the lowest priority; Quartz takes due triggers
 * oldest first, so once the marker has run, no job is running on any of the instances and no trigger is overdue,
 * every firing that was due has happened and finished. At most 30 s, never a fixed time.
 */
final class QuartzSettled {

    private static final String GROUP = "test-settled";
    private static final Set<String> RAN = ConcurrentHashMap.newKeySet();

    private QuartzSettled() {
    }

    /** The marker: notes that Quartz reached it. */
    public static class Marker implements Job {
        @Override
        public void execute(JobExecutionContext context) {
            RAN.add(context.getJobDetail().getKey().getName());
        }
    }

    /** Waits until the Quartz of these bot instances (one database) has fired and finished all that was due. */
    static void settle(ApplicationContext... apps) throws SchedulerException {
        List<Scheduler> schedulers = java.util.Arrays.stream(apps).map(a -> a.getBean(Scheduler.class)).toList();
        String name = UUID.randomUUID().toString();
        schedulers.get(0).scheduleJob(JobBuilder.newJob(Marker.class).withIdentity(name, GROUP).build(),
                TriggerBuilder.newTrigger().withIdentity(name, GROUP).withPriority(1).startNow().build());
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> RAN.contains(name) && idle(schedulers));
    }

    private static boolean idle(List<Scheduler> schedulers) throws SchedulerException {
        for (Scheduler s : schedulers) {
            if (!s.getCurrentlyExecutingJobs().isEmpty()) {
                return false;
            }
        }
        Scheduler s = schedulers.get(0);
        Date now = new Date();
        for (TriggerKey key : s.getTriggerKeys(GroupMatcher.anyTriggerGroup())) {
            Trigger t = s.getTrigger(key);
            if (t != null && t.getNextFireTime() != null && !t.getNextFireTime().after(now)
                    && s.getTriggerState(key) == Trigger.TriggerState.NORMAL) {
                return false;
            }
        }
        return true;
    }
}
