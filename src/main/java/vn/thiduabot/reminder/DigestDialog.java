package vn.thiduabot.reminder;

import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.people.Person;
import vn.thiduabot.chat.Command;
import vn.thiduabot.people.Role;

/**
 * /tonghop (/summary): the weekly digest now. The secretary and admins get all of it; the principal
 * (unless also secretary or admin) gets what waits for their decision.
 */
@Component
@Order(400)
class DigestDialog implements Command {

    private final Digest digest;
    private final Campaigns campaigns;

    DigestDialog(Digest digest, Campaigns campaigns) {
        this.digest = digest;
        this.campaigns = campaigns;
    }

    @Override
    public List<String> names() {
        return List.of("tonghop", "summary");
    }

    @Override
    public String descriptionKey() {
        return "command.summary";
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.SECRETARY, Role.ADMIN, Role.PRINCIPAL);
    }

    @Override
    public void run(ChatSession s, String args) {
        Person u = s.requireUser();
        Digest.Facts facts = digest.facts(campaigns.current());
        List<String> messages = u.has(Role.SECRETARY) || u.has(Role.ADMIN)
                ? digest.full(s.locale(), facts)
                : digest.forPrincipal(s.locale(), facts, true);
        for (String m : messages) {
            s.literal(m).send();
        }
    }
}
