package vn.thiduabot.commendation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.StaffRating;
import vn.thiduabot.chat.LegacyButtonAction;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Command;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.people.Role;
import vn.thiduabot.commendation.Commendations.ListView;

/**
 * /hoanthanhto (/teamlevel): the principal records each proposed team's own completion level of the
 * year (Luật Thi đua, khen thưởng 2022, Art. 27 and 28): "excellently" is needed for Tập thể lao động
 * xuất sắc, "well" or better for Tập thể lao động tiên tiến. The principal does not record the level
 * of a team they belong to: that goes to the substitute decider the campaign file names
 * ({@link TeamCompletionSubstitute}); nothing changes once the list is submitted.
 */
@Component
@Order(612)
class TeamCompletionCommand implements Command, LegacyButtonAction {

    private static final Logger log = LoggerFactory.getLogger(TeamCompletionCommand.class);
    static final String ACTION = "com.team";

    private final Commendations service;
    private final CommendationStore store;
    private final CommendationTexts t;
    private final ListDeciders deciders;

    TeamCompletionCommand(Commendations service, CommendationStore store, CommendationTexts t, ListDeciders deciders) {
        this.service = service;
        this.store = store;
        this.t = t;
        this.deciders = deciders;
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
        return ACTION;
    }

    @Override
    public void run(ChatSession s, String args) {
        list(s);
    }

    private void list(ChatSession s) {
        ListView v = service.view();
        Locale l = s.locale();
        String year = v.campaign().schoolYear();
        List<Proposal> teams = v.collectives();
        if (teams.isEmpty()) {
            s.reply("commendation.team-level.none", year);
            return;
        }
        Map<String, StaffRating> levels = store.teamCompletion(year);
        StringBuilder lines = new StringBuilder();
        for (Proposal p : teams) {
            StaffRating r = levels.get(p.teamName());
            lines.append(lines.isEmpty() ? "" : "\n").append(t.text(l, "commendation.team-level.line", p.teamName(),
                    t.title(v.campaign(), p.titleCode()), r == null ? t.text(l, "commendation.team-level.unknown") : t.rating(l, r)));
        }
        Reply r = s.literal(t.text(l, "commendation.team-level.list", year, lines.toString()));
        for (Proposal p : teams) {
            r.button(p.teamName(), ACTION, "team|" + p.id()).row();
        }
        r.send();
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
            if (v.teamMembers().getOrDefault(p.teamName(), List.of()).contains(s.requireUser().staffId())) {
                toSubstitute(s, v, p);
                return;
            }
            switch (a[0]) {
                case "team" -> {
                    Reply r = s.message("commendation.team-level.choose", p.teamName());
                    for (StaffRating level : StaffRating.values()) {
                        r.button(t.rating(s.locale(), level), ACTION, "set|" + p.id() + "|" + level.name()).row();
                    }
                    r.send();
                }
                case "set" -> {
                    save(s, p, a[2]);
                    list(s);
                }
                default -> s.reply("commendation.list.gone");
            }
        } catch (Commendations.Refused r) {
            s.reply(r.key);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            s.reply("commendation.list.gone");
        }
    }

    /**
     * The principal's own team: the substitute the campaign file names gets the choice (unless they
     * belong to the team too); the principal is told who decides.
     */
    private void toSubstitute(ChatSession s, ListView v, Proposal p) {
        var sub = deciders.substitute(v.campaign());
        if (sub.isEmpty()) {
            s.alert("decision.substitute.missing");
            return;
        }
        if (v.teamMembers().getOrDefault(p.teamName(), List.of()).contains(sub.get().staffId())) {
            s.alert("commendation.team-level.own", p.teamName());
            return;
        }
        var user = sub.get().chatUser().filter(u -> u.chatId() != null && u.telegramUserId() != null);
        if (user.isEmpty()) {
            s.alert("commendation.team-level.substitute-unlinked", sub.get().fullName());
            return;
        }
        Reply r = s.messenger().to(user.get(), "commendation.team-level.substitute-choose", p.teamName());
        for (StaffRating level : StaffRating.values()) {
            r.buttonKey(level.messageKey(), TeamCompletionSubstitute.ACTION, "set|" + p.id() + "|" + level.name()).row();
        }
        r.send();
        s.alert("decision.substitute.named", sub.get().fullName());
    }

    /** Records the level typed in {@code code} for the team of {@code p}, and says so. */
    void save(ChatSession s, Proposal p, String code) {
        StaffRating level = StaffRating.parse(code).orElseThrow(() -> new Commendations.Refused("commendation.list.gone"));
        store.saveTeamCompletion(p.schoolYear(), p.teamName(), level, s.requireUser().staffId(), service.now());
        log.info("Staff #{} recorded team {}'s completion level {}", s.requireUser().staffId(), p.teamName(), level);
        s.reply("commendation.team-level.saved", p.teamName(), t.rating(s.locale(), level));
    }
}
