package vn.thiduabot.chat;

/**
 * A multi-step dialog. While a conversation is in a flow, every non-command input goes to it.
 * The router re-checks {@link #roles()} at every step: a role taken away mid-flow ends the flow.
 */
public interface Flow extends Guarded {

    String name();



    void onInput(ChatSession session);
}
