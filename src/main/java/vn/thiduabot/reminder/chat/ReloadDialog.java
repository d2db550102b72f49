package vn.thiduabot.reminder.chat;

import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Command;
import vn.thiduabot.people.Role;
import vn.thiduabot.reminder.ReloadService;

/**
 * /taila (/reload): after the secretary changed a campaign file, read it again and move the
 * reminders to the new dates, without restarting. A file with mistakes is refused, the old one stays.
 */
@Component
@Order(9060)
class ReloadDialog implements Command {

    private final ReloadService reloads;

    ReloadDialog(ReloadService reloads) {
        this.reloads = reloads;
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
        ReloadService.Result r = reloads.reload();
        switch (r.outcome()) {
            case RELOADED -> s.reply("reload.done", String.valueOf(r.campaigns()), r.schoolYear(), String.valueOf(r.planned()));
            case REFUSED -> {
                String problems = String.join("\n• ", r.problems().subList(0, Math.min(20, r.problems().size())));
                s.reply("reload.refused", "• " + problems);
            }
            case SCHEDULER_FAILED -> s.reply("reload.scheduler-failed");
        }
    }
}
