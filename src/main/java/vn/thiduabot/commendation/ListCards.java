package vn.thiduabot.commendation;

import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.commendation.Commendations.ListView;
import vn.thiduabot.staff.StaffView;

/**
 * The principal's card on the year's list, in one reader's language: proposals, vote results, the rules the
 * list breaks, the award money. It renders the list's own view and texts (package-private to this package),
 * so it lives here rather than in commendation.chat; the chat side only asks for the text.
 */
@Component
public class ListCards {

    static final int NAMES_ON_CARD = 25;

    private final Commendations service;
    private final CommendationStore store;
    private final CommendationTexts t;

    ListCards(Commendations service, CommendationStore store, CommendationTexts t) {
        this.service = service;
        this.store = store;
        this.t = t;
    }

    /** The idempotency key of one decider's card of one round (its edits replace it). */
    public static String cardKey(String schoolYear, int round, long principalStaffId) {
        return "com-decision-" + schoolYear + "-" + round + "-" + principalStaffId;
    }

    public static String cardKey(Campaign c, int round, long principalStaffId) {
        return cardKey(c.schoolYear(), round, principalStaffId);
    }

    /** The current list's card for this round, naming who submitted it. */
    @Transactional(readOnly = true)
    public String card(Locale l, int round, String submittedBy) {
        return card(l, service.view(), round, submittedBy);
    }

    /** The current list's card for this round, naming who submitted it as recorded. */
    @Transactional(readOnly = true)
    public String card(Locale l, int round) {
        ListView v = service.view();
        return card(l, v, round, submitter(v.campaign(), round));
    }

    /** An amount of money as the cards write it. */
    public String money(Locale l, long amount) {
        return t.money(l, amount);
    }

    private String submitter(Campaign c, int round) {
        return store.decisions(c.schoolYear()).stream().filter(d -> d.round() == round && d.action().equals("SUBMITTED"))
                .map(d -> service.staffMember(d.actor()).map(StaffView::fullName).orElse("#" + d.actor()))
                .reduce((x, y) -> y).orElse("?");
    }

    private String card(Locale l, ListView v, int round, String submittedBy) {
        Campaign c = v.campaign();
        StringBuilder b = new StringBuilder(t.text(l, "commendation.decide.card-header", c.schoolYear(), String.valueOf(round), submittedBy));
        b.append('\n').append(t.text(l, "commendation.decide.card-counts", String.valueOf(v.individuals().size()),
                t.counts(l, c, v.individuals()), String.valueOf(v.collectives().size()), t.counts(l, c, v.collectives())));
        int i = 0;
        for (Proposal p : v.proposals()) {
            if (i == NAMES_ON_CARD) {
                b.append('\n').append(t.text(l, "commendation.decide.more-proposals", String.valueOf(v.proposals().size() - i)));
                break;
            }
            b.append('\n').append(++i).append(". ").append(t.proposal(l, c, p, v.people().get(p.staffId())));
        }
        long voted = v.proposals().stream().filter(p -> c.commendation().needsVote(p.titleCode())).count();
        if (voted > 0) {
            long passed = v.proposals().stream().filter(p -> {
                RuleCheck.VoteResult r = v.votes().get(p.id());
                return r != null && r.passed() && r.titleCode().equals(p.titleCode());
            }).count();
            b.append("\n\n").append(t.text(l, "commendation.decide.card-votes", String.valueOf(passed), String.valueOf(voted)));
        }
        b.append("\n\n").append(v.violations().isEmpty() ? t.text(l, "commendation.check.none")
                : t.text(l, "commendation.check.count", String.valueOf(v.violations().size())) + "\n" + t.violations(l, v.violations(), 15));
        b.append("\n\n").append(t.moneyLines(l, v.money()));
        return Texts.shorten(b.toString(), CommendationTexts.MAX_TEXT);
    }
}
