package vn.thiduabot.reminder;

import java.util.Date;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;

/**
 * Quartz's entry point for the weekly digest (a cron trigger, Monday 07:30). The occurrence is the
 * week the bot's clock is in; a digest postponed by quiet hours keeps the week it was due for.
 */
@DisallowConcurrentExecution
class DigestJob implements Job {

    private final ReminderService service;
    private final ReminderScheduler scheduler;

    DigestJob(ReminderService service, ReminderScheduler scheduler) {
        this.service = service;
        this.scheduler = scheduler;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        String id = context.getMergedJobDataMap().getString(ReminderJob.OCCURRENCE);
        if (id == null) {
            id = service.digestOccurrenceId();
        }
        ReminderService.Outcome outcome = service.fire(id);
        if (outcome instanceof ReminderService.Outcome.Postpone p) {
            Date start = scheduler.systemTime(p.until().toInstant());
            try {
                context.getScheduler().scheduleJob(TriggerBuilder.newTrigger()
                        .withIdentity(id + "@" + start.getTime(), ReminderScheduler.DIGEST_GROUP)
                        .forJob(context.getJobDetail().getKey())
                        .usingJobData(ReminderJob.OCCURRENCE, id)
                        .startAt(start)
                        .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                        .build());
            } catch (SchedulerException e) {
                throw new JobExecutionException(e);
            }
        }
    }
}
