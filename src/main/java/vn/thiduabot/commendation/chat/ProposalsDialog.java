package vn.thiduabot.commendation.chat;

import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Command;
import vn.thiduabot.people.Role;

/**
 * /dexuat (/proposals) [name]: the secretary builds the year's list of proposals. Without a name: the
 * overview ({@link OverviewDialog}). With a name: that person's card ({@link CardDialog}), whose buttons
 * edit the proposal and the facts the rules read in place.
 */
@Component
@Order(600)
class ProposalsDialog implements Command {

    private final OverviewDialog overview;
    private final FindPersonDialog find;

    ProposalsDialog(OverviewDialog overview, FindPersonDialog find) {
        this.overview = overview;
        this.find = find;
    }

    @Override
    public List<String> names() {
        return List.of("dexuat", "proposals");
    }

    @Override
    public String descriptionKey() {
        return "command.proposals";
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.SECRETARY, Role.ADMIN);
    }

    @Override
    public void run(ChatSession s, String args) {
        if (args.isBlank()) {
            overview.show(s, null);
        } else {
            find.find(s, args);
        }
    }
}
