package vn.thiduabot.commendation;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.LegacyButtonAction;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.people.Role;
import vn.thiduabot.commendation.Commendations.ListView;

/**
 * The substitute decider's buttons for the completion level of a team the principal belongs to.
 * Checked on the server at every press: only the substitute the campaign file names, only for a team
 * with a principal among its members, never for a team the substitute belongs to, and only while the
 * list can change.
 */
@Component
class TeamCompletionSubstitute implements LegacyButtonAction {

    static final String ACTION = "com.teamsub";

    private final Commendations service;
    private final ListDeciders deciders;
    private final TeamCompletionCommand command;
    private final vn.thiduabot.people.PersonDirectory users;

    TeamCompletionSubstitute(Commendations service, ListDeciders deciders, TeamCompletionCommand command,
                             vn.thiduabot.people.PersonDirectory users) {
        this.service = service;
        this.deciders = deciders;
        this.command = command;
        this.users = users;
    }

    @Override
    public String action() {
        return ACTION;
    }

    /** Checked in {@link #onPress}: the substitute need not hold any role. */
    @Override
    public Set<Role> roles() {
        return Set.of();
    }

    @Override
    public void onPress(ChatSession s, String payload) {
        String[] a = payload.split("\\|", -1);
        try {
            Proposal p = service.proposal(Long.parseLong(a[1])).filter(x -> !x.individual())
                    .orElseThrow(() -> new Commendations.Refused("commendation.list.gone"));
            if (!service.state(p.schoolYear()).editable()) {
                throw new Commendations.Refused("commendation.list.locked-submitted");
            }
            ListView v = service.view();
            long me = s.requireUser().staffId();
            List<Long> members = v.teamMembers().getOrDefault(p.teamName(), List.of());
            boolean substitute = deciders.substitute(v.campaign()).filter(x -> x.staffId() == me).isPresent();
            boolean principalsTeam = users.linkedWithRole(Role.PRINCIPAL).stream().anyMatch(u -> members.contains(u.staffId()));
            if (!substitute || !principalsTeam) {
                s.alert("decision.substitute.only");
                return;
            }
            if (members.contains(me)) {
                s.alert("commendation.team-level.own", p.teamName());
                return;
            }
            command.save(s, p, a[2]);
        } catch (Commendations.Refused r) {
            s.reply(r.key);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            s.reply("commendation.list.gone");
        }
    }
}
