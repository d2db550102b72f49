package vn.thiduabot.chat;

import vn.thiduabot.people.Role;

import java.util.Set;

/** Who may use a command, a flow or a button: checked by the router from the stored roles, every time. */
public interface Guarded {

    /** Roles that may use it; empty means every linked staff member. */
    Set<Role> roles();

    /** True for the few things a stranger (not yet linked) may use, such as /start. */
    default boolean openToStrangers() {
        return false;
    }
}
