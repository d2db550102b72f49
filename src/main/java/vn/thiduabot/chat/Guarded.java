package vn.thiduabot.chat;

import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;

import java.util.Optional;
import java.util.Set;

/** Who may use a command, a flow or a button: checked by the router from the stored roles, every time. */
public interface Guarded {

    /** Roles that may use it; empty means every linked staff member. */
    Set<Role> roles();

    /** True for the few things a stranger (not yet linked) may use, such as /start. */
    default boolean openToStrangers() {
        return false;
    }

    /**
     * The one rule of who may use it: a stranger only what is open to strangers, a linked person by their
     * stored roles. The router refuses by it; /help and each person's "/" menu list by it.
     */
    default boolean allows(Optional<Person> user) {
        return user.map(u -> u.hasAny(roles())).orElse(openToStrangers());
    }
}
