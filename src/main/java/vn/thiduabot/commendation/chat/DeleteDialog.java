package vn.thiduabot.commendation.chat;

import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ButtonPayload;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.commendation.Commendations;
import vn.thiduabot.commendation.CommendationTexts;
import vn.thiduabot.commendation.Proposal;
import vn.thiduabot.commendation.ProposalService;

/** The card's "delete" button: asks to confirm in place of the card, then takes the proposal off the list. */
@Component
class DeleteDialog extends ProposalsButton<DeleteDialog.DeletePress> {

    sealed interface DeletePress extends ButtonPayload permits Delete, DeleteConfirmed { }

    record Delete(String card, long proposalId) implements DeletePress { }

    record DeleteConfirmed(String card, long proposalId) implements DeletePress { }

    private final Commendations list;
    private final ProposalService proposals;
    private final CommendationTexts t;

    DeleteDialog(Commendations list, ProposalService proposals, CommendationTexts t) {
        this.list = list;
        this.proposals = proposals;
        this.t = t;
    }

    @Override
    public String action() {
        return "com.delete";
    }

    @Override
    public Class<DeletePress> payloadType() {
        return DeletePress.class;
    }

    @Override
    void press(ChatSession s, DeletePress press) {
        if (press instanceof DeleteConfirmed ok) {
            Proposal p = proposals.delete(ok.proposalId(), Cards.me(s));
            Cards.edit(s, ok.card(), t.text(s.locale(), "commendation.delete.done", Cards.named(list, p))).send();
        } else if (press instanceof Delete d) {
            Proposal p = Cards.proposal(list, d.proposalId());
            Cards.edit(s, d.card(), t.text(s.locale(), "commendation.delete.confirm", Cards.named(list, p)))
                    .buttonKey("commendation.button.delete-yes", new DeleteConfirmed(d.card(), p.id()))
                    .buttonKey("commendation.button.back", new CardDialog.Back(d.card(), p.id())).send();
        }
    }
}
