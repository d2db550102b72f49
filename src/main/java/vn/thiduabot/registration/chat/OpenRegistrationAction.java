package vn.thiduabot.registration.chat;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ButtonAction;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.people.Role;
import vn.thiduabot.registration.OpenRegistration;

/**
 * The press on {@link OpenRegistration} (under the registration reminder): opens /dangky exactly as if
 * the person had typed it: the first question, the draft to continue, or the sent registration, and
 * after the deadline the explanation why it is closed.
 */
@Component
class OpenRegistrationAction implements ButtonAction<OpenRegistration> {

    private final RegistrationDialog register;

    OpenRegistrationAction(RegistrationDialog register) {
        this.register = register;
    }

    @Override
    public String action() {
        return "registration.open";
    }

    @Override
    public Class<OpenRegistration> payloadType() {
        return OpenRegistration.class;
    }

    /** Everyone on the staff list registers. */
    @Override
    public Set<Role> roles() {
        return Set.of();
    }

    @Override
    public void onPress(ChatSession s, OpenRegistration payload) {
        register.run(s, "");
    }
}
