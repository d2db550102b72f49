package vn.thiduabot.commendation;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Command;
import vn.thiduabot.people.Role;
import vn.thiduabot.commendation.Commendations.ListView;

/**
 * /kiemtra (/check): the rule report of the year's list: every rule a proposal breaks, in plain
 * words, and the expected award money, for the secretary, the council and the principal.
 */
@Component
@Order(610)
class CheckCommand implements Command {

    private final Commendations service;
    private final CommendationTexts t;

    CheckCommand(Commendations service, CommendationTexts t) {
        this.service = service;
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
    public void run(ChatSession s, String args) {
        report(s, service.view(), t);
    }

    static void report(ChatSession s, ListView v, CommendationTexts t) {
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
