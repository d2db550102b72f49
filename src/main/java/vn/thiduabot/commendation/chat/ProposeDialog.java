package vn.thiduabot.commendation.chat;

import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ButtonPayload;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.commendation.Commendations;
import vn.thiduabot.commendation.ProposalService;

/**
 * A title chosen for a person or a team: proposes them for it (or changes the title of their
 * proposal) and shows the card in place.
 */
@Component
class ProposeDialog extends ProposalsButton<ProposeDialog.Propose> {

    sealed interface Propose extends ButtonPayload permits ProposePerson, ProposeTeam { }

    record ProposePerson(String card, long staffId, String title) implements Propose { }

    record ProposeTeam(String card, String team, String title) implements Propose { }

    private final Commendations list;
    private final ProposalService proposals;
    private final CardDialog card;

    ProposeDialog(Commendations list, ProposalService proposals, CardDialog card) {
        this.list = list;
        this.proposals = proposals;
        this.card = card;
    }

    @Override
    public String action() {
        return "com.propose";
    }

    @Override
    public Class<Propose> payloadType() {
        return Propose.class;
    }

    @Override
    void press(ChatSession s, Propose p) {
        if (p instanceof ProposePerson person) {
            long id = proposals.proposePerson(list.campaign(), person.staffId(), person.title(), Cards.me(s));
            card.show(s, id, person.card());
        } else if (p instanceof ProposeTeam team) {
            long id = proposals.proposeTeam(list.campaign(), team.team(), team.title(), Cards.me(s));
            card.show(s, id, team.card());
        }
    }
}
