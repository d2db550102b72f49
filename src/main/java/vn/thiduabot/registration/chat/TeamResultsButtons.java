package vn.thiduabot.registration.chat;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ButtonAction;
import vn.thiduabot.chat.ButtonPayload;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.people.Role;
import vn.thiduabot.registration.TargetInput;

/**
 * The buttons of the team's results: open them (/totoi), the yes/no result of a yes/no team target, and "skip".
 * A yes/no or skip press counts only while that target's question is on screen; another is no longer valid.
 */
@Component
class TeamResultsButtons implements ButtonAction<TeamResultsButtons.TeamResultPress> {

    sealed interface TeamResultPress extends ButtonPayload permits TeamResultsStart, TeamYesNo, TeamSkip { }

    /** Opens the team's results (the button under /totoi in the self-assessment window). */
    record TeamResultsStart() implements TeamResultPress { }

    /** The team's result of a yes/no team target. */
    record TeamYesNo(String targetCode, boolean yes) implements TeamResultPress { }

    /** Goes on without entering (or changing) this team target's result. */
    record TeamSkip(String targetCode) implements TeamResultPress { }

    private final TeamResultsDialog dialog;

    TeamResultsButtons(TeamResultsDialog dialog) {
        this.dialog = dialog;
    }

    @Override
    public String action() {
        return "results.team";
    }

    @Override
    public Class<TeamResultPress> payloadType() {
        return TeamResultPress.class;
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.TEAM_LEADER);
    }

    @Override
    public void onPress(ChatSession s, TeamResultPress p) {
        if (p instanceof TeamResultsStart) {
            dialog.start(s);
            return;
        }
        String code = p instanceof TeamYesNo y ? y.targetCode() : ((TeamSkip) p).targetCode();
        if (!s.inFlow(TeamResultsDialog.FLOW) || !code.equals(s.step())) {
            s.toast("error.button-stale");
            return;
        }
        if (p instanceof TeamYesNo y && !dialog.save(s, code, y.yes() ? TargetInput.YES : TargetInput.NO)) {
            return;
        }
        dialog.next(s, code);
    }
}
