package vn.thiduabot.chat;

import java.util.Set;

/** What pressing an inline button does. The button's token resolves to an action name and a payload. */
public interface ButtonAction {

    String action();

    /** Roles that may press it (checked again at press time); empty means every linked staff member. */
    Set<Role> roles();

    default boolean openToStrangers() {
        return false;
    }

    void onPress(ChatSession session, String payload);
}
