package vn.thiduabot.commendation.chat;

import java.util.Set;
import vn.thiduabot.chat.ButtonAction;
import vn.thiduabot.chat.ButtonPayload;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.commendation.Commendations.Refused;
import vn.thiduabot.people.Role;

/**
 * A button of the secretary's proposals screens (/dexuat): only the secretary and the admin press them,
 * and a change the list refuses (it went to the principal, the proposal is gone or on an open vote) is
 * answered with the reason, on screen and in the chat, having changed nothing.
 */
abstract class ProposalsButton<P extends ButtonPayload> implements ButtonAction<P> {

    @Override
    public Set<Role> roles() {
        return Set.of(Role.SECRETARY, Role.ADMIN);
    }

    @Override
    public final void onPress(ChatSession s, P payload) {
        try {
            press(s, payload);
        } catch (Refused r) {
            s.toast(r.key());
            s.reply(r.key());
        }
    }

    abstract void press(ChatSession s, P payload);
}
