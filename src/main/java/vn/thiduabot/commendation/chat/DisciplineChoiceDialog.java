package vn.thiduabot.commendation.chat;

import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Discipline;
import vn.thiduabot.chat.ButtonPayload;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.commendation.CommendationTexts;
import vn.thiduabot.commendation.Commendations;
import vn.thiduabot.commendation.PersonFactsService;
import vn.thiduabot.commendation.Proposal;

/**
 * The card's "discipline" button: the forms of discipline the law knows (or none); nobody sets the
 * discipline of their own proposal. A button naming a form that no longer exists does not decode: the
 * router answers it as no longer valid.
 */
@Component
class DisciplineChoiceDialog extends ProposalsButton<DisciplineChoiceDialog.DisciplinePress> {

    sealed interface DisciplinePress extends ButtonPayload permits EditDiscipline, SetDiscipline { }

    record EditDiscipline(String card, long proposalId) implements DisciplinePress { }

    record SetDiscipline(String card, long proposalId, Discipline discipline) implements DisciplinePress { }

    private final Commendations list;
    private final PersonFactsService facts;
    private final CommendationTexts t;
    private final CardDialog card;

    DisciplineChoiceDialog(Commendations list, PersonFactsService facts, CommendationTexts t, CardDialog card) {
        this.list = list;
        this.facts = facts;
        this.t = t;
        this.card = card;
    }

    @Override
    public String action() {
        return "com.discipline";
    }

    @Override
    public Class<DisciplinePress> payloadType() {
        return DisciplinePress.class;
    }

    @Override
    void press(ChatSession s, DisciplinePress press) {
        if (press instanceof SetDiscipline set) {
            Proposal p = Cards.proposal(list, set.proposalId());
            if (Cards.about(p, s)) {
                s.alert("decision.proposal.own");
                return;
            }
            facts.setDiscipline(p.schoolYear(), p.staffId(), set.discipline(), Cards.me(s));
            card.show(s, p.id(), set.card());
        } else if (press instanceof EditDiscipline e) {
            Proposal p = Cards.proposal(list, e.proposalId());
            Reply r = Cards.edit(s, e.card(), t.text(s.locale(), "commendation.edit.choose-discipline", Cards.named(list, p)));
            for (Discipline d : Discipline.values()) {
                r.button(t.discipline(s.locale(), d), new SetDiscipline(e.card(), p.id(), d)).row();
            }
            r.buttonKey("commendation.button.back", new CardDialog.Back(e.card(), p.id())).send();
        }
    }
}
