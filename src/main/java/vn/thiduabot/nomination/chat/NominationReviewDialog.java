package vn.thiduabot.nomination.chat;

import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Command;
import vn.thiduabot.nomination.ReviewStage;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;

/**
 * /xetdecu (/nominations): a team leader sees the team's nominations waiting for confirmation; a
 * council member sees those the teams confirmed (this quarter's first), never their own.
 */
@Component
@Order(310)
class NominationReviewDialog implements Command {

    private final NominationReviewListing listing;

    NominationReviewDialog(NominationReviewListing listing) {
        this.listing = listing;
    }

    @Override
    public List<String> names() {
        return List.of("xetdecu", "nominations");
    }

    @Override
    public String descriptionKey() {
        return "command.review-nominations";
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.TEAM_LEADER, Role.COUNCIL);
    }

    @Override
    public void run(ChatSession s, String args) {
        Person me = s.requireUser();
        if (me.has(Role.TEAM_LEADER)) {
            listing.send(s, ReviewStage.TEAM);
        }
        if (me.has(Role.COUNCIL)) {
            listing.send(s, ReviewStage.COUNCIL);
        }
    }
}
