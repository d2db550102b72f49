package vn.thiduabot.registration;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ButtonAction;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Role;

/**
 * A button other features put under their messages (the registration reminder) that opens
 * /dangky exactly as if the person had typed it: the first question, the draft to continue, or the
 * sent registration, and after the deadline the explanation why it is closed.
 */
@Component
public class OpenRegistrationButton implements ButtonAction {

    /** The action name to use with {@code Reply.buttonKey(label, ACTION, "")}. */
    public static final String ACTION = "registration.open";

    private final RegisterCommand register;

    OpenRegistrationButton(RegisterCommand register) {
        this.register = register;
    }

    @Override
    public String action() {
        return ACTION;
    }

    /** Everyone on the staff list registers. */
    @Override
    public Set<Role> roles() {
        return Set.of();
    }

    @Override
    public void onPress(ChatSession s, String payload) {
        register.run(s, "");
    }
}
