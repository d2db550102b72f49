package vn.thiduabot.commendation.chat;

import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.StaffRating;
import vn.thiduabot.chat.ButtonPayload;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.commendation.CommendationTexts;
import vn.thiduabot.commendation.Commendations;
import vn.thiduabot.commendation.PersonFactsService;
import vn.thiduabot.commendation.Proposal;

/**
 * The card's "rating" button: the staff ratings; the one chosen becomes the official rating (over a
 * suggestion from the score). Nobody sets the rating of their own proposal.
 */
@Component
class RatingChoiceDialog extends ProposalsButton<RatingChoiceDialog.RatingPress> {

    sealed interface RatingPress extends ButtonPayload permits EditRating, SetRating { }

    record EditRating(String card, long proposalId) implements RatingPress { }

    record SetRating(String card, long proposalId, StaffRating rating) implements RatingPress { }

    private final Commendations list;
    private final PersonFactsService facts;
    private final CommendationTexts t;
    private final CardDialog card;

    RatingChoiceDialog(Commendations list, PersonFactsService facts, CommendationTexts t, CardDialog card) {
        this.list = list;
        this.facts = facts;
        this.t = t;
        this.card = card;
    }

    @Override
    public String action() {
        return "com.rating";
    }

    @Override
    public Class<RatingPress> payloadType() {
        return RatingPress.class;
    }

    @Override
    void press(ChatSession s, RatingPress press) {
        if (press instanceof SetRating set) {
            Proposal p = Cards.proposal(list, set.proposalId());
            if (Cards.about(p, s)) {
                s.alert("decision.proposal.own");
                return;
            }
            facts.setRating(p.schoolYear(), p.staffId(), set.rating(), Cards.me(s));
            card.show(s, p.id(), set.card());
        } else if (press instanceof EditRating e) {
            Proposal p = Cards.proposal(list, e.proposalId());
            Reply r = Cards.edit(s, e.card(), t.text(s.locale(), "commendation.edit.choose-rating", Cards.named(list, p)));
            for (StaffRating rating : StaffRating.values()) {
                r.button(t.rating(s.locale(), rating), new SetRating(e.card(), p.id(), rating)).row();
            }
            r.buttonKey("commendation.button.back", new CardDialog.Back(e.card(), p.id())).send();
        }
    }
}
