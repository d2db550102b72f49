package vn.thiduabot.commendation.chat;

import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.chat.ButtonPayload;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.commendation.CommendationTexts;
import vn.thiduabot.commendation.Commendations;
import vn.thiduabot.commendation.Proposal;
import vn.thiduabot.commendation.ProposalService;

/** The card's "form" button: the forms of commendation of the campaign file, or none; the choice is saved and the card shown again. */
@Component
class FormChoiceDialog extends ProposalsButton<FormChoiceDialog.FormPress> {

    sealed interface FormPress extends ButtonPayload permits EditForm, SetForm, ClearForm { }

    record EditForm(String card, long proposalId) implements FormPress { }

    record SetForm(String card, long proposalId, String form) implements FormPress { }

    /** No form of commendation. */
    record ClearForm(String card, long proposalId) implements FormPress { }

    private final Commendations list;
    private final ProposalService proposals;
    private final CommendationTexts t;
    private final CardDialog card;

    FormChoiceDialog(Commendations list, ProposalService proposals, CommendationTexts t, CardDialog card) {
        this.list = list;
        this.proposals = proposals;
        this.t = t;
        this.card = card;
    }

    @Override
    public String action() {
        return "com.form";
    }

    @Override
    public Class<FormPress> payloadType() {
        return FormPress.class;
    }

    @Override
    void press(ChatSession s, FormPress p) {
        if (p instanceof SetForm f) {
            proposals.setForm(list.campaign(), f.proposalId(), f.form(), Cards.me(s));
            card.show(s, f.proposalId(), f.card());
        } else if (p instanceof ClearForm f) {
            proposals.setForm(list.campaign(), f.proposalId(), null, Cards.me(s));
            card.show(s, f.proposalId(), f.card());
        } else if (p instanceof EditForm e) {
            choose(s, e);
        }
    }

    private void choose(ChatSession s, EditForm e) {
        Campaign c = list.campaign();
        Proposal p = Cards.proposal(list, e.proposalId());
        String key = e.card();
        Reply r = Cards.edit(s, key, t.text(s.locale(), "commendation.edit.choose-form", Cards.named(list, p)));
        for (Campaign.CommendationForm f : c.forms()) {
            r.button(f.name(), new SetForm(key, p.id(), f.code())).row();
        }
        r.buttonKey("commendation.form.none", new ClearForm(key, p.id())).row()
                .buttonKey("commendation.button.back", new CardDialog.Back(key, p.id())).send();
    }
}
