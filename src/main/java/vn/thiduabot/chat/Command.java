package vn.thiduabot.chat;

import java.util.List;
/** A slash command. Authorised by the router from the stored roles before {@link #run} is called. */
public interface Command extends Guarded {

    /** Names without the slash; the first is the Vietnamese one shown first, e.g. {@code ["nhapds", "import"]}. */
    List<String> names();

    /** Key of the one-line description shown in /help and in Telegram's command menu. */
    String descriptionKey();


    /** True for the few commands a stranger (not yet linked) may use, such as /start. */

    void run(ChatSession session, String args);
}
