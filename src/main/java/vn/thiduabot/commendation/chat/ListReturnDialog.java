package vn.thiduabot.commendation.chat;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Flow;
import vn.thiduabot.chat.FreeText;
import vn.thiduabot.chat.Incoming;
import vn.thiduabot.commendation.DecisionRefused;
import vn.thiduabot.commendation.ListDecisionService;
import vn.thiduabot.people.Role;

/** The reason the decider types after "return"; the list goes back to the secretary with it. */
@Component
class ListReturnDialog implements Flow {

    static final String FLOW = "commendation-return";

    private final ListDecisionService decisions;

    ListReturnDialog(ListDecisionService decisions) {
        this.decisions = decisions;
    }

    @Override
    public String name() {
        return FLOW;
    }

    /** Any linked staff member at the router: the substitute may hold no principal's role; the service checks. */
    @Override
    public Set<Role> roles() {
        return Set.of();
    }

    @Override
    public void onInput(ChatSession s) {
        if (s.incoming().kind() != Incoming.Kind.TEXT || s.incoming().text().isBlank()) {
            s.reply("commendation.input.text-only");
            return;
        }
        String reason = s.incoming().text().strip();
        if (FreeText.REASON.refuse(s, reason)) {
            return;
        }
        int round;
        try {
            round = Integer.parseInt(s.draft().get("round"));
        } catch (RuntimeException e) {
            s.endFlow();
            s.reply("commendation.flow-lost");
            return;
        }
        s.endFlow();
        try {
            decisions.checkWaiting(round);
            if (!decisions.deciders().decides(s.requireUser().staffId())) {
                s.reply("decision.list.own");
                return;
            }
            decisions.returnList(s.requireUser().staffId(), round, reason);
            s.toast("commendation.decide.returned-toast");
        } catch (DecisionRefused r) {
            s.reply(r.key(), r.args());
        }
    }
}
