package vn.thiduabot.commendation.chat;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.chat.ButtonPayload;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.commendation.CommendationTexts;
import vn.thiduabot.commendation.Commendations;

/** "Add a team": the school's teams, then the collective titles for the team chosen, in place of the overview. */
@Component
class TeamChoiceDialog extends ProposalsButton<TeamChoiceDialog.TeamPress> {

    sealed interface TeamPress extends ButtonPayload permits AddTeam, TeamPicked { }

    record AddTeam(String card) implements TeamPress { }

    record TeamPicked(String card, String team) implements TeamPress { }

    private final Commendations list;
    private final CommendationTexts t;

    TeamChoiceDialog(Commendations list, CommendationTexts t) {
        this.list = list;
        this.t = t;
    }

    @Override
    public String action() {
        return "com.team";
    }

    @Override
    public Class<TeamPress> payloadType() {
        return TeamPress.class;
    }

    @Override
    void press(ChatSession s, TeamPress press) {
        if (press instanceof TeamPicked picked) {
            titles(s, picked.team(), picked.card());
        } else if (press instanceof AddTeam add) {
            teams(s, add.card());
        }
    }

    private void teams(ChatSession s, String key) {
        List<String> teams = list.teams();
        if (teams.isEmpty()) {
            s.reply("commendation.add.no-teams");
            return;
        }
        Reply r = Cards.edit(s, key, t.text(s.locale(), "commendation.add.choose-team"));
        for (String team : teams) {
            r.button(team, new TeamPicked(key, team)).row();
        }
        r.buttonKey("commendation.button.back", new OverviewDialog.Home(key)).send();
    }

    private void titles(ChatSession s, String team, String key) {
        Reply r = Cards.edit(s, key, t.text(s.locale(), "commendation.add.choose-team-title", team));
        for (Campaign.Title title : list.campaign().collectiveTitles()) {
            r.button(title.name(), new ProposeDialog.ProposeTeam(key, team, title.code())).row();
        }
        r.buttonKey("commendation.button.back", new AddTeam(key)).send();
    }
}
