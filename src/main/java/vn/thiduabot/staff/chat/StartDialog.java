package vn.thiduabot.staff.chat;

import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Command;
import vn.thiduabot.people.Role;

/**
 * /start: greets a known user; asks a stranger to share their phone number (one tap), or redeems
 * the invite code of a deep link {@code t.me/<bot>?start=<code>}.
 */
@Component
@Order(0)
class StartDialog implements Command {

    private final LinkGreeting greeting;
    private final InviteCodeInput invites;

    StartDialog(LinkGreeting greeting, InviteCodeInput invites) {
        this.greeting = greeting;
        this.invites = invites;
    }

    @Override
    public List<String> names() {
        return List.of("start");
    }

    @Override
    public String descriptionKey() {
        return "command.start";
    }

    @Override
    public Set<Role> roles() {
        return Set.of();
    }

    @Override
    public boolean openToStrangers() {
        return true;
    }

    @Override
    public void run(ChatSession s, String args) {
        if (s.user().isPresent()) {
            s.reply("link.already-linked", s.user().get().fullName());
            return;
        }
        if (!args.isBlank()) {
            invites.redeem(s, args.trim());
            return;
        }
        s.message("link.welcome").askContact("link.share-phone-button").send();
    }
}
