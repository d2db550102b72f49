package vn.thiduabot.commendation.chat;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Flow;
import vn.thiduabot.chat.Incoming;
import vn.thiduabot.commendation.Commendations;
import vn.thiduabot.commendation.Commendations.Refused;
import vn.thiduabot.commendation.Proposal;
import vn.thiduabot.people.Role;

/**
 * What the secretary types on the proposals screens: a name to find, or one of a proposal's facts
 * (initiative, research, start date), each read by its own step. Typed inputs are short and checked;
 * a refusal ends the flow with the reason.
 */
@Component
class ProposalFactsDialog implements Flow {

    static final String FLOW = "commendation-proposals";
    static final String STEP_FIND = "find";
    static final String STEP_INITIATIVE = "initiative";
    static final String STEP_RESEARCH = "research";
    static final String STEP_START = "start";
    static final String DRAFT_PROPOSAL = "proposal";

    private final Commendations list;
    private final FindPersonDialog find;
    private final InitiativeStep initiative;
    private final ResearchStep research;
    private final StartDateStep startDate;

    ProposalFactsDialog(Commendations list, FindPersonDialog find, InitiativeStep initiative, ResearchStep research, StartDateStep startDate) {
        this.list = list;
        this.find = find;
        this.initiative = initiative;
        this.research = research;
        this.startDate = startDate;
    }

    @Override
    public String name() {
        return FLOW;
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.SECRETARY, Role.ADMIN);
    }

    @Override
    public void onInput(ChatSession s) {
        if (s.incoming().kind() != Incoming.Kind.TEXT || s.incoming().text().isBlank()) {
            s.reply("commendation.input.text-only");
            return;
        }
        String text = s.incoming().text().strip();
        try {
            switch (s.step()) {
                case STEP_FIND -> {
                    s.endFlow();
                    find.find(s, text);
                }
                case STEP_INITIATIVE -> initiative.read(s, draftProposal(s), text);
                case STEP_RESEARCH -> research.read(s, draftProposal(s), text);
                case STEP_START -> startDate.read(s, draftProposal(s), text);
                default -> {
                    s.endFlow();
                    s.reply("commendation.flow-lost");
                }
            }
        } catch (Refused r) {
            s.endFlow();
            s.reply(r.key());
        }
    }

    private Proposal draftProposal(ChatSession s) {
        String id = s.draft().get(DRAFT_PROPOSAL);
        if (id == null || !id.matches("\\d{1,18}")) {
            throw new Refused("commendation.flow-lost");
        }
        return Cards.proposal(list, Long.parseLong(id));
    }
}
