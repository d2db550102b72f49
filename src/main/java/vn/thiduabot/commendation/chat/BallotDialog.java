package vn.thiduabot.commendation.chat;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.chat.ButtonAction;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.commendation.BallotOutcome;
import vn.thiduabot.commendation.BallotService;
import vn.thiduabot.commendation.MemberBallot;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;

/**
 * The agree / disagree buttons on a council member's ballot; the ballot is edited in place with the choice.
 * A button of a closed, unknown or other vote, or pressed by someone who is not a member, changes nothing
 * and says why.
 */
@Component
class BallotDialog implements ButtonAction<BallotPress> {

    static final String ACTION = "com.ballot";

    private final BallotService ballots;
    private final BallotCards cards;
    private final Campaigns campaigns;

    BallotDialog(BallotService ballots, BallotCards cards, Campaigns campaigns) {
        this.ballots = ballots;
        this.cards = cards;
        this.campaigns = campaigns;
    }

    @Override
    public String action() {
        return ACTION;
    }

    @Override
    public Class<BallotPress> payloadType() {
        return BallotPress.class;
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.COUNCIL);
    }

    @Override
    public void onPress(ChatSession s, BallotPress press) {
        Person me = s.requireUser();
        BallotOutcome outcome = ballots.cast(me.staffId(), press.voteId(), press.itemId(), press.choice() == BallotPress.Choice.YES);
        if (!outcome.saved()) {
            s.alert(outcome.key());
            return;
        }
        MemberBallot mine = ballots.ballotOf(press.voteId(), me.staffId());
        cards.send(me, campaigns.forYear(mine.vote().schoolYear()).orElse(campaigns.current()), mine, s.incoming().updateId());
        s.toast(outcome.key());
    }
}
