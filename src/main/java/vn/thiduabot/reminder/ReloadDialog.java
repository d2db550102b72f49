package vn.thiduabot.reminder;

import java.util.List;
import java.util.Set;
import org.quartz.SchedulerException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.CampaignConfigException;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Command;
import vn.thiduabot.people.Role;

/**
 * /taila (/reload): after the secretary changed a campaign file, read it again and move the
 * reminders to the new dates, without restarting. A file with mistakes is refused, the old one stays.
 */
@Component
@Order(9060)
class ReloadDialog implements Command {

    private final Campaigns campaigns;
    private final ReminderScheduler scheduler;

    ReloadDialog(Campaigns campaigns, ReminderScheduler scheduler) {
        this.campaigns = campaigns;
        this.scheduler = scheduler;
    }

    @Override
    public List<String> names() {
        return List.of("taila", "reload");
    }

    @Override
    public String descriptionKey() {
        return "command.reload";
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.ADMIN, Role.SECRETARY);
    }

    @Override
    public void run(ChatSession s, String args) {
        try {
            List<Campaign> loaded = campaigns.reload();
            int planned = scheduler.planIfRunning();
            s.reply("reload.done", String.valueOf(loaded.size()), campaigns.current().schoolYear(), String.valueOf(planned));
        } catch (CampaignConfigException e) {
            String problems = String.join("\n• ", e.problems().subList(0, Math.min(20, e.problems().size())));
            s.reply("reload.refused", "• " + problems);
        } catch (SchedulerException e) {
            s.reply("reload.scheduler-failed");
        }
    }
}
