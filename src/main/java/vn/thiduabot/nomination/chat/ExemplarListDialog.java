package vn.thiduabot.nomination.chat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ButtonAction;
import vn.thiduabot.chat.ButtonPayload;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Command;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.nomination.NominationQueries;
import vn.thiduabot.nomination.NominationService;
import vn.thiduabot.nomination.NominationSummary;
import vn.thiduabot.nomination.Quarter;
import vn.thiduabot.people.Role;

/**
 * /dienhinh (/exemplars): the secretary lists the exemplars the principal introduced this quarter,
 * with a button for each earlier quarter of the school year.
 */
@Component
@Order(330)
class ExemplarListDialog implements Command, ButtonAction<ExemplarListDialog.ShowQuarter> {

    /** An earlier quarter's list; a quarter that does not exist does not decode. */
    record ShowQuarter(int year, int number) implements ButtonPayload {
        ShowQuarter {
            new Quarter(year, number);
        }
    }


    /** Keeps the list inside one Telegram message. */
    static final int MAX_TEXT = 3800;
    static final int ACHIEVEMENT_IN_LIST = 300;

    private final NominationQueries queries;
    private final NominationService service;
    private final NominationCards cards;

    ExemplarListDialog(NominationQueries queries, NominationService service, NominationCards cards) {
        this.queries = queries;
        this.service = service;
        this.cards = cards;
    }

    @Override
    public List<String> names() {
        return List.of("dienhinh", "exemplars");
    }

    @Override
    public String descriptionKey() {
        return "command.exemplars";
    }

    @Override
    public String action() {
        return "nom.exemplars";
    }

    @Override
    public Class<ShowQuarter> payloadType() {
        return ShowQuarter.class;
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.SECRETARY, Role.ADMIN);
    }

    @Override
    public void run(ChatSession s, String args) {
        Quarter current = service.currentQuarter();
        Reply r = s.literal(render(s.locale(), current));
        for (Quarter q : Quarter.ofSchoolYearUpTo(service.schoolYear(), current.previous())) {
            r.button(cards.quarter(s.locale(), q), new ShowQuarter(q.year(), q.number()));
        }
        r.send();
    }

    @Override
    public void onPress(ChatSession s, ShowQuarter payload) {
        s.literal(render(s.locale(), new Quarter(payload.year(), payload.number()))).send();
    }

    String render(Locale locale, Quarter quarter) {
        List<NominationSummary> introduced = queries.introduced(quarter);
        String q = cards.quarter(locale, quarter);
        if (introduced.isEmpty()) {
            return cards.text(locale, "nomination.exemplars.none", q);
        }
        StringBuilder sb = new StringBuilder(cards.text(locale, "nomination.exemplars.header", q, String.valueOf(introduced.size())));
        int shown = 0;
        for (NominationSummary n : introduced) {
            String achievement = n.achievement().length() > ACHIEVEMENT_IN_LIST
                    ? n.achievement().substring(0, ACHIEVEMENT_IN_LIST) + "…" : n.achievement();
            String decided = n.decision().map(d -> cards.date(d.at())).orElse("?");
            String item = cards.text(locale, "nomination.exemplars.item", String.valueOf(shown + 1), nominee(locale, n),
                    cards.category(locale, n.category()), achievement, n.nominatorName() == null ? "?" : n.nominatorName(), decided);
            if (sb.length() + item.length() + 2 > MAX_TEXT) {
                sb.append("\n\n").append(cards.text(locale, "nomination.exemplars.more-items", String.valueOf(introduced.size() - shown)));
                break;
            }
            sb.append("\n\n").append(item);
            shown++;
        }
        return sb.toString();
    }

    private String nominee(Locale locale, NominationSummary n) {
        return switch (n.nomineeKind()) {
            case STAFF -> n.nomineeTeam() == null ? cards.text(locale, "nomination.nominee.staff-no-team", n.nomineeName())
                    : cards.text(locale, "nomination.nominee.staff", n.nomineeName(), n.nomineeTeam());
            case EXTERNAL -> cards.text(locale, "nomination.nominee.external", n.nomineeName());
            case COLLECTIVE -> cards.text(locale, "nomination.nominee.collective", n.nomineeName());
        };
    }
}
