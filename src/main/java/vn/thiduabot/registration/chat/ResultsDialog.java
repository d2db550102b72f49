package vn.thiduabot.registration.chat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaign.TargetType;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Command;
import vn.thiduabot.chat.Flow;
import vn.thiduabot.chat.Incoming;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;
import vn.thiduabot.registration.RegistrationRefused;
import vn.thiduabot.registration.TargetResult;
import vn.thiduabot.registration.TargetResultLines;
import vn.thiduabot.registration.TargetResultService;

/**
 * /ketqua (/results): in the self-assessment window a person enters the result achieved for each target they
 * registered, one by one ("85% registered → your result?"), each answer saved at once, any one skipped; at the end
 * the summary target → result, met or not. Outside the window a polite refusal with the window's dates. The
 * buttons (yes/no, skip) are {@link ResultsButtons}.
 */
@Component
@Order(330)
class ResultsDialog implements Command, Flow {

    static final String FLOW = "results";

    private final Campaigns campaigns;
    private final TargetResultService results;
    private final TargetResultLines lines;

    ResultsDialog(Campaigns campaigns, TargetResultService results, TargetResultLines lines) {
        this.campaigns = campaigns;
        this.results = results;
        this.lines = lines;
    }

    @Override
    public List<String> names() {
        return List.of("ketqua", "results");
    }

    @Override
    public String descriptionKey() {
        return "command.results";
    }

    @Override
    public String name() {
        return FLOW;
    }

    /** Everyone on the staff list registers targets, so everyone enters their results. */
    @Override
    public Set<Role> roles() {
        return Set.of();
    }

    @Override
    public void run(ChatSession s, String args) {
        Person me = s.requireUser();
        Campaign c = campaigns.current();
        if (!results.open(c)) {
            RegistrationRefused no = results.closed(c);
            s.reply(no.key(), no.args());
            return;
        }
        List<TargetResult> mine = results.results(me.staffId(), c);
        if (mine.isEmpty()) {
            s.reply("results.nothing-registered");
            return;
        }
        s.startFlow(FLOW, mine.get(0).code());
        ask(s, mine.get(0));
    }

    @Override
    public void onInput(ChatSession s) {
        Person me = s.requireUser();
        Campaign c = campaigns.current();
        String code = s.step();
        if (s.incoming().kind() != Incoming.Kind.TEXT) {
            s.reply("results.text-please");
            return;
        }
        try {
            results.record(me.staffId(), c, code, s.incoming().text());
        } catch (RegistrationRefused no) {
            s.reply(no.key(), no.args());
            if (no.kind() == RegistrationRefused.Kind.NOT_NOW) {
                s.endFlow();
            } else if ("results.not-registered".equals(no.key())) {
                next(s, code); // the target left the registration meanwhile: go on with the others
            }
            return;
        }
        next(s, code);
    }

    /** After the target {@code code} (answered or skipped): the next one, or the summary at the end. */
    void next(ChatSession s, String code) {
        Person me = s.requireUser();
        Campaign c = campaigns.current();
        List<TargetResult> mine = results.results(me.staffId(), c);
        int at = -1;
        for (int i = 0; i < mine.size(); i++) {
            if (mine.get(i).code().equals(code)) {
                at = i;
            }
        }
        if (at >= 0 && at + 1 < mine.size()) {
            TargetResult t = mine.get(at + 1);
            s.moveTo(t.code());
            ask(s, t);
            return;
        }
        s.endFlow();
        s.reply("results.summary", c.schoolYear(), lines.lines(s.locale(), mine));
    }

    private void ask(ChatSession s, TargetResult t) {
        String question = s.text("results.ask", t.name(), lines.value(s.locale(), t, t.target()));
        String hint = s.text(switch (t.type()) {
            case NUMBER -> "registration.hint.number";
            case PERCENT -> "registration.hint.percent";
            case YES_NO -> "registration.hint.yes-no";
            case TEXT -> "results.hint.text";
        });
        Optional<String> saved = Optional.ofNullable(t.result()).map(r -> s.text("results.ask.saved", lines.value(s.locale(), t, r)));
        Reply reply = s.literal(question + "\n" + hint + saved.map(x -> "\n" + x).orElse(""));
        if (t.type() == TargetType.YES_NO) {
            reply.buttonKey("registration.yes", new ResultsButtons.YesNo(t.code(), true))
                    .buttonKey("registration.no", new ResultsButtons.YesNo(t.code(), false)).row();
        }
        reply.buttonKey("results.skip-button", new ResultsButtons.Skip(t.code())).send();
    }
}
