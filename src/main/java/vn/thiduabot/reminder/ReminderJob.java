package vn.thiduabot.reminder;

import java.util.Date;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;

/** Quartz's entry point for one reminder occurrence; the work is in {@link ReminderService}. */
@DisallowConcurrentExecution
class ReminderJob implements Job {

    static final String OCCURRENCE = "occurrence";

    private final ReminderService service;
    private final ReminderScheduler scheduler;

    ReminderJob(ReminderService service, ReminderScheduler scheduler) {
        this.service = service;
        this.scheduler = scheduler;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        String id = context.getMergedJobDataMap().getString(OCCURRENCE);
        ReminderService.Outcome outcome = service.fire(id);
        if (outcome instanceof ReminderService.Outcome.Postpone p) {
            Date start = scheduler.systemTime(p.until().toInstant());
            try {
                // a new trigger for the same job: the one firing now completes and is removed as usual
                context.getScheduler().scheduleJob(TriggerBuilder.newTrigger()
                        .withIdentity(id + "@" + start.getTime(), ReminderScheduler.GROUP)
                        .forJob(context.getJobDetail().getKey())
                        .startAt(start)
                        .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                        .build());
            } catch (SchedulerException e) {
                throw new JobExecutionException(e);
            }
        }
    }
}
