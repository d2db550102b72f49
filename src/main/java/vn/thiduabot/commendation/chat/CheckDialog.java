package vn.thiduabot.commendation.chat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ButtonAction;
import vn.thiduabot.chat.ButtonPayload;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Command;
import vn.thiduabot.commendation.CommendationTexts;
import vn.thiduabot.commendation.Commendations;
import vn.thiduabot.commendation.Commendations.ListView;
import vn.thiduabot.commendation.Violation;
import vn.thiduabot.people.Role;

/**
 * /kiemtra (/check), and the overview's "check" button: the rule report of the year's list: every rule
 * a proposal breaks, in plain words, and the expected award money, for the secretary, the council and
 * the principal.
 */
@Component
@Order(610)
class CheckDialog implements Command, ButtonAction<CheckDialog.RunCheck> {

    record RunCheck() implements ButtonPayload { }

    private final Commendations list;
    private final CommendationTexts t;

    CheckDialog(Commendations list, CommendationTexts t) {
        this.list = list;
        this.t = t;
    }

    @Override
    public List<String> names() {
        return List.of("kiemtra", "check");
    }

    @Override
    public String descriptionKey() {
        return "command.check";
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.SECRETARY, Role.ADMIN, Role.COUNCIL, Role.PRINCIPAL);
    }

    @Override
    public String action() {
        return "com.check";
    }

    @Override
    public Class<RunCheck> payloadType() {
        return RunCheck.class;
    }

    @Override
    public void run(ChatSession s, String args) {
        report(s, list.view());
    }

    @Override
    public void onPress(ChatSession s, RunCheck payload) {
        report(s, list.view());
    }

    private void report(ChatSession s, ListView v) {
        Locale l = s.locale();
        StringBuilder b = new StringBuilder(t.text(l, "commendation.check.header", v.campaign().schoolYear(),
                t.status(l, v.state().status()), String.valueOf(v.individuals().size()), String.valueOf(v.collectives().size())));
        b.append("\n\n");
        if (v.violations().isEmpty()) {
            b.append(t.text(l, "commendation.check.none"));
        } else {
            b.append(t.text(l, "commendation.check.count", String.valueOf(v.violations().size())));
        }
        String money = t.moneyLines(l, v.money());
        // Long reports go in several messages; every violation is listed.
        for (Violation x : v.violations()) {
            String line = "⚠️ " + t.violation(l, x);
            if (b.length() + line.length() + 1 > CommendationTexts.MAX_TEXT) {
                s.literal(b.toString()).send();
                b = new StringBuilder();
            }
            b.append(b.isEmpty() ? "" : "\n").append(line);
        }
        if (b.length() + money.length() + 2 > CommendationTexts.MAX_TEXT) {
            s.literal(b.toString()).send();
            b = new StringBuilder();
        }
        b.append(b.isEmpty() ? "" : "\n\n").append(money);
        s.literal(b.toString()).send();
    }
}
