package vn.thiduabot.commendation.chat;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ButtonAction;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Flow;
import vn.thiduabot.chat.FreeText;
import vn.thiduabot.chat.Incoming;
import vn.thiduabot.commendation.CongratulationService;
import vn.thiduabot.commendation.DecisionRefused;
import vn.thiduabot.people.Role;

/**
 * "✍️ Send a congratulation" under the approval's confirmation: the next text the decider types goes to everyone
 * (linked, active staff) with a header naming them; "✖️ Cancel" or /huy leaves without sending. The service checks
 * who may (the list's decider) and that none was sent this year, at the press and again at the text.
 */
@Component
class CongratulateDialog implements ButtonAction<CongratulatePress>, Flow {

    static final String ACTION = "com.congrats";
    static final String FLOW = "commendation-congratulate";

    private final CongratulationService congratulations;

    CongratulateDialog(CongratulationService congratulations) {
        this.congratulations = congratulations;
    }

    @Override
    public String action() {
        return ACTION;
    }

    @Override
    public String name() {
        return FLOW;
    }

    @Override
    public Class<CongratulatePress> payloadType() {
        return CongratulatePress.class;
    }

    /** Any linked staff member at the router: the substitute may hold no principal's role; the service checks. */
    @Override
    public Set<Role> roles() {
        return Set.of();
    }

    @Override
    public void onPress(ChatSession s, CongratulatePress press) {
        if (press instanceof CongratulatePress.Cancel) {
            if (s.inFlow(FLOW)) {
                s.endFlow();
            }
            s.reply("announce.congrats.cancelled");
            return;
        }
        try {
            congratulations.checkCanSend(s.requireUser());
        } catch (DecisionRefused r) {
            s.reply(r.key(), r.args());
            return;
        }
        s.startFlow(FLOW, "text");
        s.message("announce.congrats.ask", String.valueOf(FreeText.REASON.max()))
                .buttonKey("announce.congrats.cancel-button", new CongratulatePress.Cancel())
                .send();
    }

    @Override
    public void onInput(ChatSession s) {
        if (s.incoming().kind() != Incoming.Kind.TEXT || s.incoming().text().isBlank()) {
            s.reply("commendation.input.text-only");
            return;
        }
        String text = s.incoming().text().strip();
        if (FreeText.REASON.refuse(s, text)) {
            return;
        }
        s.endFlow();
        try {
            congratulations.send(s.requireUser(), text);
        } catch (DecisionRefused r) {
            s.reply(r.key(), r.args());
        }
    }
}
