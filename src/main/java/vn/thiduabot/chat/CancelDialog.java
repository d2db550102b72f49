package vn.thiduabot.chat;

import vn.thiduabot.people.Role;

import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** /huy (/cancel): leaves any flow. What the features already saved stays saved. */
@Component
@Order(9200)
class CancelDialog implements Command {

    @Override
    public List<String> names() {
        return List.of("huy", "cancel");
    }

    @Override
    public String descriptionKey() {
        return "command.cancel";
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
        // the router already left the flow before running a command
        s.message("cancel.done").removeKeyboard().send();
    }
}
