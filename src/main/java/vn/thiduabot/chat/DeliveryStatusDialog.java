package vn.thiduabot.chat;

import vn.thiduabot.people.Role;

import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thiduabot.notification.Outbox;

/** /guitin (/delivery): admins see what waits to be sent and what could not be delivered, and why. */
@Component
@Order(9300)
class DeliveryStatusDialog implements Command {

    private final Outbox outbox;

    DeliveryStatusDialog(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public List<String> names() {
        return List.of("guitin", "delivery");
    }

    @Override
    public String descriptionKey() {
        return "command.delivery";
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.ADMIN);
    }

    @Override
    public void run(ChatSession s, String args) {
        Outbox.Health h = outbox.health();
        String failures = h.recentFailures().isEmpty() ? s.text("delivery.no-failures") : String.join("\n", h.recentFailures());
        s.reply("delivery.status", String.valueOf(h.pending()), String.valueOf(h.sent()), String.valueOf(h.failed()), failures);
    }
}
