package vn.thiduabot.registration.chat;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaign.TargetType;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Flow;
import vn.thiduabot.chat.Incoming;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;
import vn.thiduabot.registration.RegistrationRefused;
import vn.thiduabot.registration.TargetResult;
import vn.thiduabot.registration.TargetResultLines;
import vn.thiduabot.registration.TargetResultService;
import vn.thiduabot.registration.TeamTargetResultService;

/**
 * The team's results (opened from /totoi's button in the self-assessment window): the team leader enters the
 * team's result for each registered team target, one by one, each saved at once, any one skipped; at the end the
 * team's summary target → result, met or not. Same questions, hints and rule as a person's own /ketqua.
 */
@Component
class TeamResultsDialog implements Flow {

    static final String FLOW = "team-results";

    private final Campaigns campaigns;
    private final TeamTargetResultService results;
    private final TargetResultService own;
    private final TargetResultLines lines;

    TeamResultsDialog(Campaigns campaigns, TeamTargetResultService results, TargetResultService own, TargetResultLines lines) {
        this.campaigns = campaigns;
        this.results = results;
        this.own = own;
        this.lines = lines;
    }

    @Override
    public String name() {
        return FLOW;
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.TEAM_LEADER);
    }

    void start(ChatSession s) {
        Person me = s.requireUser();
        Campaign c = campaigns.current();
        if (!own.open(c)) {
            RegistrationRefused no = own.closed(c);
            s.reply(no.key(), no.args());
            return;
        }
        List<TargetResult> team = results.results(me.teamName(), c);
        if (team.isEmpty()) {
            s.reply("results.team.nothing-registered");
            return;
        }
        s.startFlow(FLOW, team.get(0).code());
        ask(s, team.get(0));
    }

    @Override
    public void onInput(ChatSession s) {
        if (s.incoming().kind() != Incoming.Kind.TEXT) {
            s.reply("results.text-please");
            return;
        }
        if (save(s, s.step(), s.incoming().text())) {
            next(s, s.step());
        }
    }

    /** Saves one result; false (with the refusal said) when it was refused and the flow stays or ended. */
    boolean save(ChatSession s, String code, String raw) {
        try {
            results.record(s.requireUser(), campaigns.current(), code, raw);
            return true;
        } catch (RegistrationRefused no) {
            s.reply(no.key(), no.args());
            if (no.kind() == RegistrationRefused.Kind.NOT_NOW) {
                s.endFlow();
                return false;
            }
            return "results.not-registered".equals(no.key()); // the target left the registration: go on
        }
    }

    /** After the team target {@code code} (answered or skipped): the next one, or the team's summary at the end. */
    void next(ChatSession s, String code) {
        Person me = s.requireUser();
        Campaign c = campaigns.current();
        List<TargetResult> team = results.results(me.teamName(), c);
        int at = -1;
        for (int i = 0; i < team.size(); i++) {
            if (team.get(i).code().equals(code)) {
                at = i;
            }
        }
        if (at >= 0 && at + 1 < team.size()) {
            TargetResult t = team.get(at + 1);
            s.moveTo(t.code());
            ask(s, t);
            return;
        }
        s.endFlow();
        s.reply("results.team.summary", me.teamName(), c.schoolYear(), lines.lines(s.locale(), team));
    }

    private void ask(ChatSession s, TargetResult t) {
        String question = s.text("results.team.ask", t.name(), lines.value(s.locale(), t, t.target()));
        String hint = s.text(switch (t.type()) {
            case NUMBER -> "registration.hint.number";
            case PERCENT -> "registration.hint.percent";
            case YES_NO -> "registration.hint.yes-no";
            case TEXT -> "results.hint.text";
        });
        String saved = t.result() == null ? "" : "\n" + s.text("results.ask.saved", lines.value(s.locale(), t, t.result()));
        Reply reply = s.literal(question + "\n" + hint + saved);
        if (t.type() == TargetType.YES_NO) {
            reply.buttonKey("registration.yes", new TeamResultsButtons.TeamYesNo(t.code(), true))
                    .buttonKey("registration.no", new TeamResultsButtons.TeamYesNo(t.code(), false)).row();
        }
        reply.buttonKey("results.skip-button", new TeamResultsButtons.TeamSkip(t.code())).send();
    }
}
