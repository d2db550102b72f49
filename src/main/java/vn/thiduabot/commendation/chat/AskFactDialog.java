package vn.thiduabot.commendation.chat;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ButtonPayload;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.commendation.Commendations;
import vn.thiduabot.commendation.Commendations.Refused;
import vn.thiduabot.commendation.Proposal;

/**
 * The card's buttons for a fact typed as text (initiative, research, start date): asks for it and waits
 * for the answer in {@link ProposalFactsDialog}. Nobody types the start date of their own proposal (it
 * decides whether they may have a title at all).
 */
@Component
class AskFactDialog extends ProposalsButton<AskFactDialog.AskFact> {

    enum Fact {
        INITIATIVE(ProposalFactsDialog.STEP_INITIATIVE, "commendation.ask.initiative"),
        RESEARCH(ProposalFactsDialog.STEP_RESEARCH, "commendation.ask.research-decision"),
        START_DATE(ProposalFactsDialog.STEP_START, "commendation.ask.start-date");

        final String step;
        final String question;

        Fact(String step, String question) {
            this.step = step;
            this.question = question;
        }
    }

    record AskFact(long proposalId, Fact fact) implements ButtonPayload { }

    private final Commendations list;

    AskFactDialog(Commendations list) {
        this.list = list;
    }

    @Override
    public String action() {
        return "com.ask-fact";
    }

    @Override
    public Class<AskFact> payloadType() {
        return AskFact.class;
    }

    @Override
    void press(ChatSession s, AskFact ask) {
        Proposal p = Cards.proposal(list, ask.proposalId());
        if (ask.fact() == Fact.START_DATE && Cards.about(p, s)) {
            s.alert("decision.proposal.own");
            return;
        }
        if (!list.state(p.schoolYear()).editable()) {
            throw new Refused("commendation.list.locked-submitted");
        }
        Map<String, String> draft = new HashMap<>();
        draft.put(ProposalFactsDialog.DRAFT_PROPOSAL, String.valueOf(p.id()));
        s.startFlow(ProposalFactsDialog.FLOW, ask.fact().step, draft);
        s.reply(ask.fact().question, Cards.named(list, p), String.valueOf(Commendations.MAX_TEXT_FIELD));
    }
}
