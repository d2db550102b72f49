package vn.thiduabot.reminder;

import java.util.List;
import org.quartz.SchedulerException;
import org.springframework.stereotype.Service;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.CampaignConfigException;
import vn.thiduabot.campaign.Campaigns;

/**
 * After the secretary changed a campaign file: read the files again and move the reminders to the new
 * dates, without restarting. A file with mistakes is refused and the old one stays.
 */
@Service
public class ReloadService {

    /** What came of a reload. */
    public enum Outcome { RELOADED, REFUSED, SCHEDULER_FAILED }

    /**
     * @param campaigns  how many campaign files were read ({@link Outcome#RELOADED})
     * @param schoolYear the current campaign's school year ({@link Outcome#RELOADED})
     * @param planned    how many reminders are planned now ({@link Outcome#RELOADED})
     * @param problems   the mistakes found in the files ({@link Outcome#REFUSED})
     */
    public record Result(Outcome outcome, int campaigns, String schoolYear, int planned, List<String> problems) { }

    private final Campaigns campaigns;
    private final ReminderScheduler scheduler;

    ReloadService(Campaigns campaigns, ReminderScheduler scheduler) {
        this.campaigns = campaigns;
        this.scheduler = scheduler;
    }

    public Result reload() {
        try {
            List<Campaign> loaded = campaigns.reload();
            int planned = scheduler.planIfRunning();
            return new Result(Outcome.RELOADED, loaded.size(), campaigns.current().schoolYear(), planned, List.of());
        } catch (CampaignConfigException e) {
            return new Result(Outcome.REFUSED, 0, "", 0, e.problems());
        } catch (SchedulerException e) {
            return new Result(Outcome.SCHEDULER_FAILED, 0, "", 0, List.of());
        }
    }
}
