package vn.thiduabot.commendation.chat;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.commendation.VoteService;
import vn.thiduabot.commendation.VoteStatus;

/** The secretary closes the vote: how many have voted, then "close" once more. */
@Component
class VoteCloseDialog {

    private final VoteService votes;
    private final Campaigns campaigns;

    VoteCloseDialog(VoteService votes, Campaigns campaigns) {
        this.votes = votes;
        this.campaigns = campaigns;
    }

    void ask(ChatSession s, long voteId) {
        Optional<VoteStatus> st = votes.status(campaigns.current().schoolYear());
        if (st.isEmpty() || st.get().vote().id() != voteId) {
            s.reply("commendation.ballot.closed");
            return;
        }
        s.message("commendation.vote.close-confirm", String.valueOf(st.get().votedInBot().size() + st.get().votedInWriting().size()),
                        String.valueOf(st.get().members().size()))
                .buttonKey("commendation.button.close-yes", new VotePress.ConfirmClose(voteId))
                .send();
    }

    void close(ChatSession s, long voteId) {
        if (votes.close(voteId, s.requireUser().staffId())) {
            s.toast("commendation.vote.closed-toast");
        } else {
            s.reply("commendation.ballot.closed");
        }
    }
}
