package vn.thiduabot.commendation.chat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.StaffRating;
import vn.thiduabot.chat.ButtonAction;
import vn.thiduabot.chat.ButtonPayload;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Command;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.commendation.CommendationTexts;
import vn.thiduabot.commendation.Commendations;
import vn.thiduabot.commendation.Commendations.ListView;
import vn.thiduabot.commendation.Commendations.Refused;
import vn.thiduabot.commendation.Proposal;
import vn.thiduabot.commendation.TeamCompletionService;
import vn.thiduabot.commendation.TeamCompletionService.TeamCase;
import vn.thiduabot.people.Role;

/**
 * /hoanthanhto (/teamlevel): the principal records each proposed team's own completion level of the
 * year (Luật Thi đua, khen thưởng 2022, Art. 27 and 28): "excellently" is needed for Tập thể lao động
 * xuất sắc, "well" or better for Tập thể lao động tiên tiến. The principal does not record the level
 * of a team they belong to: that goes to the substitute decider the campaign file names
 * ({@link TeamCompletionSubstituteDialog}); nothing changes once the list is submitted.
 */
@Component
@Order(612)
class TeamCompletionDialog implements Command, ButtonAction<TeamCompletionDialog.LevelPress> {

    sealed interface LevelPress extends ButtonPayload permits ChooseLevel, SetLevel {
        long proposalId();
    }

    /** A team on the list: the levels to choose from. */
    record ChooseLevel(long proposalId) implements LevelPress { }

    record SetLevel(long proposalId, StaffRating level) implements LevelPress { }

    private final Commendations list;
    private final TeamCompletionService levels;
    private final CommendationTexts t;

    TeamCompletionDialog(Commendations list, TeamCompletionService levels, CommendationTexts t) {
        this.list = list;
        this.levels = levels;
        this.t = t;
    }

    @Override
    public List<String> names() {
        return List.of("hoanthanhto", "teamlevel");
    }

    @Override
    public String descriptionKey() {
        return "command.team-completion";
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.PRINCIPAL);
    }

    @Override
    public String action() {
        return "com.team-level";
    }

    @Override
    public Class<LevelPress> payloadType() {
        return LevelPress.class;
    }

    @Override
    public void run(ChatSession s, String args) {
        list(s);
    }

    private void list(ChatSession s) {
        ListView v = list.view();
        Locale l = s.locale();
        String year = v.campaign().schoolYear();
        List<Proposal> teams = v.collectives();
        if (teams.isEmpty()) {
            s.reply("commendation.team-level.none", year);
            return;
        }
        Map<String, StaffRating> recorded = levels.levels(year);
        StringBuilder lines = new StringBuilder();
        for (Proposal p : teams) {
            StaffRating r = recorded.get(p.teamName());
            lines.append(lines.isEmpty() ? "" : "\n").append(t.text(l, "commendation.team-level.line", p.teamName(),
                    t.title(v.campaign(), p.titleCode()), r == null ? t.text(l, "commendation.team-level.unknown") : t.rating(l, r)));
        }
        Reply r = s.literal(t.text(l, "commendation.team-level.list", year, lines.toString()));
        for (Proposal p : teams) {
            r.button(p.teamName(), new ChooseLevel(p.id())).row();
        }
        r.send();
    }

    @Override
    public void onPress(ChatSession s, LevelPress press) {
        try {
            long proposalId = press.proposalId();
            TeamCase team = levels.open(proposalId);
            if (team.hasMember(Cards.me(s))) {
                toSubstitute(s, team);
            } else if (press instanceof SetLevel set) {
                levels.record(proposalId, set.level(), Cards.me(s));
                list(s);
            } else {
                Reply r = s.message("commendation.team-level.choose", team.proposal().teamName());
                for (StaffRating level : StaffRating.values()) {
                    r.button(t.rating(s.locale(), level), new SetLevel(proposalId, level)).row();
                }
                r.send();
            }
        } catch (Refused r) {
            s.reply(r.key());
        }
    }

    /**
     * The principal's own team: the substitute the campaign file names gets the choice (unless they
     * belong to the team too); the principal is told who decides.
     */
    private void toSubstitute(ChatSession s, TeamCase team) {
        var sub = levels.substitute(team.campaign());
        String name = team.proposal().teamName();
        if (sub.isEmpty()) {
            s.alert("decision.substitute.missing");
            return;
        }
        if (team.hasMember(sub.get().staffId())) {
            s.alert("commendation.team-level.own", name);
            return;
        }
        var user = sub.get().linkedPerson().filter(u -> u.chatId() != null && u.telegramUserId() != null);
        if (user.isEmpty()) {
            s.alert("commendation.team-level.substitute-unlinked", sub.get().fullName());
            return;
        }
        Reply r = s.messenger().to(user.get(), "commendation.team-level.substitute-choose", name);
        for (StaffRating level : StaffRating.values()) {
            r.buttonKey(level.messageKey(), new TeamCompletionSubstituteDialog.SubstituteLevel(team.proposal().id(), level)).row();
        }
        r.send();
        s.alert("decision.substitute.named", sub.get().fullName());
    }
}
