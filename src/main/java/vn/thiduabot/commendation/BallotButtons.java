package vn.thiduabot.commendation;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ButtonAction;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Role;

/** The agree / disagree buttons on a council member’s ballot; the ballot is edited in place with the choice. */
@Component
class BallotButtons implements ButtonAction {

    private final Votes votes;

    BallotButtons(Votes votes) {
        this.votes = votes;
    }

    @Override
    public String action() {
        return Votes.BALLOT_ACTION;
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.COUNCIL);
    }

    @Override
    public void onPress(ChatSession s, String payload) {
        String[] a = payload.split("\\|", -1);
        try {
            s.toast(votes.cast(s.requireUser(), Long.parseLong(a[0]), Long.parseLong(a[1]), "Y".equals(a[2]), s.incoming().updateId()));
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            s.toast("error.button-stale");
        }
    }
}
