package vn.thiduabot.commendation.chat;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ButtonAction;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.people.Role;

/** The secretary's buttons of /bieuquyet, each to the screen it belongs to. */
@Component
class VoteButtons implements ButtonAction<VotePress> {

    static final String ACTION = "com.vote";

    private final VoteConfirmation confirmation;
    private final WrittenBallotDialog written;
    private final VoteCloseDialog close;

    VoteButtons(VoteConfirmation confirmation, WrittenBallotDialog written, VoteCloseDialog close) {
        this.confirmation = confirmation;
        this.written = written;
        this.close = close;
    }

    @Override
    public String action() {
        return ACTION;
    }

    @Override
    public Class<VotePress> payloadType() {
        return VotePress.class;
    }

    @Override
    public Set<Role> roles() {
        return VoteDialog.ROLES;
    }

    @Override
    public void onPress(ChatSession s, VotePress press) {
        if (press instanceof VotePress.OpenVote) {
            confirmation.open(s);
        } else if (press instanceof VotePress.CancelVote) {
            s.endFlow();
            s.reply("commendation.vote.cancelled");
        } else if (press instanceof VotePress.ChooseAbsent p) {
            written.chooseAbsent(s, p.voteId());
        } else if (press instanceof VotePress.WriteFor p) {
            written.ask(s, p.voteId(), p.memberId());
        } else if (press instanceof VotePress.AskClose p) {
            close.ask(s, p.voteId());
        } else if (press instanceof VotePress.ConfirmClose p) {
            close.close(s, p.voteId());
        }
    }
}
