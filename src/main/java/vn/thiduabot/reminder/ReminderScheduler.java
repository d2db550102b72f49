package vn.thiduabot.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the campaign calendar into persistent Quartz triggers, one per occurrence. Re-planning (at
 * start-up, or /taila after the campaign file changed) is idempotent: unchanged triggers are kept,
 * changed ones moved, vanished ones removed. An occurrence whose time passed while the bot was down
 * fires at once (only the latest of a series: nobody gets D-7, D-3 and D-1 together).
 */
@Component
class ReminderScheduler {

    private static final Logger log = LoggerFactory.getLogger(ReminderScheduler.class);
    static final String GROUP = "reminders";
    /** The weekly digest's cron trigger and its postponements: outside GROUP, which re-planning sweeps. */
    static final String DIGEST_GROUP = "digest";
    static final JobKey DIGEST_JOB = JobKey.jobKey("weekly-digest", DIGEST_GROUP);
    static final TriggerKey DIGEST_TRIGGER = TriggerKey.triggerKey("weekly-digest", DIGEST_GROUP);

    private final ObjectProvider<Scheduler> scheduler;
    private final ReminderService service;
    private final Clock clock;

    ReminderScheduler(ObjectProvider<Scheduler> scheduler, ReminderService service, Clock clock) {
        this.scheduler = scheduler;
        this.service = service;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        Scheduler s = scheduler.getIfAvailable();
        if (s == null) {
            return;
        }
        try {
            if (s.isStarted()) {
                int n = plan();
                log.info("Reminders planned: {} upcoming", n);
            }
        } catch (SchedulerException e) {
            log.error("Could not plan reminders", e);
        }
    }

    /** Re-plans if the scheduler runs (it does not in tests or when reminders are disabled); 0 otherwise. */
    int planIfRunning() throws SchedulerException {
        Scheduler s = scheduler.getIfAvailable();
        return s != null && s.isStarted() && !s.isInStandbyMode() ? plan() : 0;
    }

    /** (Re)plans every reminder; returns how many are scheduled. */
    synchronized int plan() throws SchedulerException {
        Scheduler s = scheduler.getObject();
        Instant now = clock.instant();
        List<ReminderService.Planned> due = service.plan().stream()
                .filter(p -> !p.occurrence().lastUseful().isBefore(LocalDate.ofInstant(now, p.campaign().zone())))
                .filter(p -> !service.hasRun(p.occurrence().id()))
                .toList();
        // Of a series whose times have passed, only the latest is still worth sending.
        Map<String, ReminderService.Planned> latestLate = due.stream()
                .filter(p -> !p.occurrence().fireAt().toInstant().isAfter(now))
                .collect(Collectors.toMap(p -> p.occurrence().series(), p -> p,
                        (a, b) -> a.occurrence().fireAt().isAfter(b.occurrence().fireAt()) ? a : b));
        Set<TriggerKey> wanted = new HashSet<>();
        for (ReminderService.Planned p : due) {
            boolean late = !p.occurrence().fireAt().toInstant().isAfter(now);
            if (late && latestLate.get(p.occurrence().series()) != p) {
                continue;
            }
            Date start = late ? new Date() : systemTime(p.occurrence().fireAt().toInstant());
            TriggerKey key = TriggerKey.triggerKey(p.occurrence().id(), GROUP);
            wanted.add(key);
            Trigger existing = s.getTrigger(key);
            if (existing != null && (late || existing.getStartTime().equals(start))) {
                continue;
            }
            JobDetail job = JobBuilder.newJob(ReminderJob.class)
                    .withIdentity(p.occurrence().id(), GROUP)
                    .usingJobData(ReminderJob.OCCURRENCE, p.occurrence().id())
                    .build();
            Trigger trigger = TriggerBuilder.newTrigger()
                    .withIdentity(key)
                    .forJob(job)
                    .startAt(start)
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                    .build();
            s.scheduleJob(job, Set.of(trigger), true);
        }
        for (TriggerKey key : s.getTriggerKeys(GroupMatcher.triggerGroupEquals(GROUP))) {
            boolean postponed = key.getName().contains("@");
            if (!wanted.contains(key) && !postponed) {
                s.unscheduleJob(key);
            }
        }
        scheduleDigest(s);
        return wanted.size();
    }

    /**
     * The weekly digest: a cron trigger with a stable key, Monday 07:30 in the school's time zone.
     * Kept as it is when unchanged, so restarts neither duplicate nor move it; a digest due while the
     * bot was down fires once when it is back (the occurrence is the week, so nobody gets it twice).
     */
    void scheduleDigest(Scheduler s) throws SchedulerException {
        if (!service.hasDigest()) {
            if (s.checkExists(DIGEST_JOB)) {
                s.deleteJob(DIGEST_JOB);
            }
            return;
        }
        ZoneId zone = clock.getZone();
        String cron = digestCron(zone);
        Trigger existing = s.getTrigger(DIGEST_TRIGGER);
        if (existing instanceof CronTrigger c && c.getCronExpression().equals(cron)
                && c.getTimeZone().toZoneId().equals(zone)) {
            return;
        }
        if (!s.checkExists(DIGEST_JOB)) {
            s.addJob(JobBuilder.newJob(DigestJob.class).withIdentity(DIGEST_JOB).storeDurably().build(), true);
        }
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(DIGEST_TRIGGER)
                .forJob(DIGEST_JOB)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone(zone))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
        if (existing == null) {
            s.scheduleJob(trigger);
        } else {
            s.rescheduleJob(DIGEST_TRIGGER, trigger);
        }
        log.info("Weekly digest scheduled: cron '{}' ({})", cron, zone);
    }

    /**
     * Monday 07:30 on the bot's clock as a weekly cron on the machine's clock, which Quartz fires by:
     * {@code 0 30 7 ? * MON} unless the bot's clock is shifted (--today in a demo).
     */
    String digestCron(ZoneId zone) {
        long skew = Math.round(Duration.between(Instant.now(), clock.instant()).toMillis() / 1000.0);
        ZonedDateTime machine = ZonedDateTime.of(LocalDate.of(2024, 1, 1), ReminderService.DIGEST_TIME, zone).minusSeconds(skew);
        return machine.getSecond() + " " + machine.getMinute() + " " + machine.getHour() + " ? * "
                + machine.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toUpperCase(Locale.ROOT);
    }

    /** When the weekly digest fires next (machine time), or null if it is not scheduled. */
    Date nextDigest() throws SchedulerException {
        Trigger t = scheduler.getObject().getTrigger(DIGEST_TRIGGER);
        return t == null ? null : t.getNextFireTime();
    }

    /**
     * Quartz fires by the machine's clock; the bot's clock may be shifted (--today in a demo).
     * An instant on the bot's clock becomes the machine time at which the bot's clock will show it.
     */
    Date systemTime(Instant botTime) {
        Duration skew = Duration.between(Instant.now(), clock.instant());
        return Date.from(botTime.minus(skew));
    }

    boolean isScheduled(String occurrenceId) throws SchedulerException {
        return scheduler.getObject().checkExists(TriggerKey.triggerKey(occurrenceId, GROUP));
    }
}
