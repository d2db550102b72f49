package vn.thiduabot.chat;

import java.util.List;
import java.util.Set;

/** A slash command. Authorised by the router from the stored roles before {@link #run} is called. */
public interface Command {

    /** Names without the slash; the first is the Vietnamese one shown first, e.g. {@code ["nhapds", "import"]}. */
    List<String> names();

    /** Key of the one-line description shown in /help and in Telegram's command menu. */
    String descriptionKey();

    /** Roles that may run it; empty means every linked staff member. */
    Set<Role> roles();

    /** True for the few commands a stranger (not yet linked) may use, such as /start. */
    default boolean openToStrangers() {
        return false;
    }

    void run(ChatSession session, String args);
}
