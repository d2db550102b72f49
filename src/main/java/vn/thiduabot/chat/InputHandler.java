package vn.thiduabot.chat;

/**
 * Input that arrives outside any flow and is not a command (a shared contact, an invite code typed
 * by a stranger). Handlers are asked in {@link org.springframework.core.annotation.Order} order.
 */
public interface InputHandler {

    /** @return true if this handler dealt with the input */
    boolean handle(ChatSession session);
}
