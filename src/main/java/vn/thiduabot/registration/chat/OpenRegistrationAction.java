package vn.thiduabot.registration;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ButtonAction;
import vn.thiduabot.chat.ButtonPayload;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.people.Role;
import vn.thiduabot.registration.chat.RegistrationDialog;

/**
 * A button other features put under their messages (the registration reminder) that opens
 * /dangky exactly as if the person had typed it: the first question, the draft to continue, or the
 * sent registration, and after the deadline the explanation why it is closed.
 */
@Component
public class OpenRegistrationButton implements ButtonAction<OpenRegistrationButton.Open> {

    /** The button's payload: nothing but "open the registration", e.g. {@code reply.buttonKey(label, new Open())}. */
    public record Open() implements ButtonPayload { }

    private final RegistrationDialog register;

    OpenRegistrationButton(RegistrationDialog register) {
        this.register = register;
    }

    @Override
    public String action() {
        return "registration.open";
    }

    @Override
    public Class<Open> payloadType() {
        return Open.class;
    }

    /** Everyone on the staff list registers. */
    @Override
    public Set<Role> roles() {
        return Set.of();
    }

    @Override
    public void onPress(ChatSession s, Open payload) {
        register.run(s, "");
    }
}
