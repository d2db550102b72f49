package vn.thiduabot.commendation.chat;

import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.chat.ButtonPayload;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.commendation.CommendationTexts;
import vn.thiduabot.commendation.Commendations;
import vn.thiduabot.commendation.Proposal;

/** The card's "title" button: the titles a person (or a team) may be proposed for, in place of the card. */
@Component
class TitleChoiceDialog extends ProposalsButton<TitleChoiceDialog.EditTitle> {

    record EditTitle(String card, long proposalId) implements ButtonPayload { }

    private final Commendations list;
    private final CommendationTexts t;

    TitleChoiceDialog(Commendations list, CommendationTexts t) {
        this.list = list;
        this.t = t;
    }

    @Override
    public String action() {
        return "com.edit-title";
    }

    @Override
    public Class<EditTitle> payloadType() {
        return EditTitle.class;
    }

    @Override
    void press(ChatSession s, EditTitle e) {
        Proposal p = Cards.proposal(list, e.proposalId());
        Campaign c = list.campaign();
        String key = e.card();
        Reply r = Cards.edit(s, key, t.text(s.locale(), "commendation.edit.choose-title", Cards.named(list, p)));
        if (p.individual()) {
            for (Campaign.Title title : c.individualTitles()) {
                r.button(title.name(), new ProposeDialog.ProposePerson(key, p.staffId(), title.code())).row();
            }
        } else {
            for (Campaign.Title title : c.collectiveTitles()) {
                r.button(title.name(), new ProposeDialog.ProposeTeam(key, p.teamName(), title.code())).row();
            }
        }
        r.buttonKey("commendation.button.back", new CardDialog.Back(key, p.id())).send();
    }
}
