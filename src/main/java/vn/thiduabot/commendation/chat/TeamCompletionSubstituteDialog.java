package vn.thiduabot.commendation.chat;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.StaffRating;
import vn.thiduabot.chat.ButtonAction;
import vn.thiduabot.chat.ButtonPayload;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.commendation.Commendations.Refused;
import vn.thiduabot.commendation.TeamCompletionService;
import vn.thiduabot.commendation.TeamCompletionService.TeamCase;
import vn.thiduabot.people.Role;

/**
 * The substitute decider's buttons for the completion level of a team the principal belongs to.
 * Checked on the server at every press: only the substitute the campaign file names, only for a team
 * with a principal among its members, never for a team the substitute belongs to, and only while the
 * list can change.
 */
@Component
class TeamCompletionSubstituteDialog implements ButtonAction<TeamCompletionSubstituteDialog.SubstituteLevel> {

    record SubstituteLevel(long proposalId, StaffRating level) implements ButtonPayload { }

    private final TeamCompletionService levels;

    TeamCompletionSubstituteDialog(TeamCompletionService levels) {
        this.levels = levels;
    }

    @Override
    public String action() {
        return "com.team-level-substitute";
    }

    @Override
    public Class<SubstituteLevel> payloadType() {
        return SubstituteLevel.class;
    }

    /** Checked in {@link #onPress}: the substitute need not hold any role. */
    @Override
    public Set<Role> roles() {
        return Set.of();
    }

    @Override
    public void onPress(ChatSession s, SubstituteLevel press) {
        try {
            TeamCase team = levels.open(press.proposalId());
            long me = Cards.me(s);
            boolean substitute = levels.substitute(team.campaign()).filter(x -> x.staffId() == me).isPresent();
            if (!substitute || !levels.principalAmong(team)) {
                s.alert("decision.substitute.only");
                return;
            }
            if (team.hasMember(me)) {
                s.alert("commendation.team-level.own", team.proposal().teamName());
                return;
            }
            levels.record(press.proposalId(), press.level(), me);
        } catch (Refused r) {
            s.reply(r.key());
        }
    }
}
