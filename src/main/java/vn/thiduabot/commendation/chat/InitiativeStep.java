package vn.thiduabot.commendation.chat;

import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.FreeText;
import vn.thiduabot.commendation.Commendations;
import vn.thiduabot.commendation.PersonFactsService;
import vn.thiduabot.commendation.Proposal;

/** The initiative as typed: "name; decision number", just the name (not recognised yet), or "-" to clear. */
@Component
class InitiativeStep {

    static final int MAX_DECISION = 60;

    private final Commendations list;
    private final PersonFactsService facts;
    private final CardDialog card;

    InitiativeStep(Commendations list, PersonFactsService facts, CardDialog card) {
        this.list = list;
        this.facts = facts;
        this.card = card;
    }

    void read(ChatSession s, Proposal p, String text) {
        String name;
        String decision;
        if (text.equals("-")) {
            name = null;
            decision = null;
        } else {
            int semi = text.lastIndexOf(';');
            name = (semi < 0 ? text : text.substring(0, semi)).strip();
            decision = semi < 0 ? null : text.substring(semi + 1).strip();
            if (name.isEmpty()) {
                s.reply("commendation.input.length", String.valueOf(Commendations.MAX_TEXT_FIELD));
                return;
            }
            if (FreeText.TITLE.refuse(s, name)) {
                return;
            }
            if (decision != null && (decision.isEmpty() || decision.length() > MAX_DECISION)) {
                s.reply("commendation.input.decision", String.valueOf(MAX_DECISION));
                return;
            }
        }
        s.endFlow();
        facts.setInitiative(p.schoolYear(), p.staffId(), name, decision, Cards.me(s));
        s.reply(name == null ? "commendation.saved.initiative-cleared"
                : decision == null ? "commendation.saved.initiative-no-decision" : "commendation.saved.initiative", Cards.named(list, p));
        card.show(s, p.id(), null);
    }
}
