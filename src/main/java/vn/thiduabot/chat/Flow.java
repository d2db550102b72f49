package vn.thiduabot.chat;

import java.util.Set;

/**
 * A multi-step dialog. While a conversation is in a flow, every non-command input goes to it.
 * The router re-checks {@link #roles()} at every step: a role taken away mid-flow ends the flow.
 */
public interface Flow {

    String name();

    /** Roles that may be in this flow; empty means every linked staff member. */
    Set<Role> roles();

    default boolean openToStrangers() {
        return false;
    }

    void onInput(ChatSession session);
}
