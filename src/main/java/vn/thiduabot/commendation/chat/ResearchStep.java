package vn.thiduabot.commendation.chat;

import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.FreeText;
import vn.thiduabot.commendation.Commendations;
import vn.thiduabot.commendation.Commendations.Refused;
import vn.thiduabot.commendation.FactsInput;
import vn.thiduabot.commendation.PersonFactsService;
import vn.thiduabot.commendation.Proposal;

/** Research as typed: "name; decision number; dd/MM/yyyy", just the name, or "-" to clear. */
@Component
class ResearchStep {

    private final Commendations list;
    private final PersonFactsService facts;
    private final CardDialog card;

    ResearchStep(Commendations list, PersonFactsService facts, CardDialog card) {
        this.list = list;
        this.facts = facts;
        this.card = card;
    }

    void read(ChatSession s, Proposal p, String text) {
        FactsInput.Research r;
        try {
            r = text.equals("-") ? new FactsInput.Research(null, null, null) : FactsInput.research(text, InitiativeStep.MAX_DECISION);
        } catch (Refused e) {
            s.reply(e.key(), String.valueOf(InitiativeStep.MAX_DECISION)); // the flow goes on: the teacher types it again
            return;
        }
        if (r.name() != null && FreeText.TITLE.refuse(s, r.name())) {
            return;
        }
        s.endFlow();
        facts.setResearch(p.schoolYear(), p.staffId(), r.name(), r.decision(), r.decided(), Cards.me(s));
        s.reply(r.name() == null ? "commendation.saved.research-cleared"
                : r.decision() == null ? "commendation.saved.research-no-decision" : "commendation.saved.research", Cards.named(list, p));
        card.show(s, p.id(), null);
    }
}
