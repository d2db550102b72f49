package vn.thiduabot.nomination.chat;

import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Command;
import vn.thiduabot.nomination.ReviewStage;
import vn.thiduabot.people.Role;

/**
 * /gioithieu (/introduce): the principal sees the nominations the council passed, each with the
 * buttons to introduce it or not (the same cards the principal receives when the council passes one).
 */
@Component
@Order(320)
class IntroduceExemplarsDialog implements Command {

    private final NominationReviewListing listing;

    IntroduceExemplarsDialog(NominationReviewListing listing) {
        this.listing = listing;
    }

    @Override
    public List<String> names() {
        return List.of("gioithieu", "introduce");
    }

    @Override
    public String descriptionKey() {
        return "command.introduce";
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.PRINCIPAL);
    }

    @Override
    public void run(ChatSession s, String args) {
        listing.send(s, ReviewStage.PRINCIPAL);
    }
}
