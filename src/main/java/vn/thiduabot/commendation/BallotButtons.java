package vn.thiduabot.commendation;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.LegacyButtonAction;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.people.Role;

/** The agree / disagree buttons on a council member’s ballot; the ballot is edited in place with the choice. */
@Component
class BallotButtons implements LegacyButtonAction {

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
        // vote|item|Y or N|page: the vote the ballot was made for is its round; a closed or other vote refuses
        String[] a = payload == null ? new String[0] : payload.split("\\|", -1);
        long vote;
        long item;
        try {
            vote = Long.parseLong(a[0]);
            item = Long.parseLong(a[1]);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            s.alert("decision.button.invalid");
            return;
        }
        if (a.length < 3 || !("Y".equals(a[2]) || "N".equals(a[2]))) {
            s.alert("decision.button.invalid");
            return;
        }
        String answer = votes.cast(s.requireUser(), vote, item, "Y".equals(a[2]), s.incoming().updateId());
        if (answer.startsWith("commendation.ballot.saved") || answer.equals("decision.written.replaced")) {
            s.toast(answer);
        } else {
            s.alert(answer.equals("error.button-stale") ? "decision.button.invalid" : answer);
        }
    }
}
