package vn.thiduabot.commendation.chat;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.chat.ButtonAction;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.FreeText;
import vn.thiduabot.commendation.DecisionRefused;
import vn.thiduabot.commendation.ListCards;
import vn.thiduabot.commendation.ListDecisionService;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;

/**
 * ✅ / ↩️ / ⚠️ on the card of the year's list: "approve" on a list that breaks rules asks a second time
 * ("approve anyway"), and the override is recorded with the violations; "return" asks the reason.
 */
@Component
class ListDecisionDialog implements ButtonAction<DecidePress> {

    static final String ACTION = "com.decide";

    private final ListDecisionService decisions;
    private final ListCards cards;
    private final Campaigns campaigns;

    ListDecisionDialog(ListDecisionService decisions, ListCards cards, Campaigns campaigns) {
        this.decisions = decisions;
        this.cards = cards;
        this.campaigns = campaigns;
    }

    @Override
    public String action() {
        return ACTION;
    }

    @Override
    public Class<DecidePress> payloadType() {
        return DecidePress.class;
    }

    /** Any linked staff member at the router: the substitute may hold no principal's role; the service checks. */
    @Override
    public Set<Role> roles() {
        return Set.of();
    }

    @Override
    public void onPress(ChatSession s, DecidePress press) {
        int round = press.round();
        try {
            decisions.checkWaiting(round);
        } catch (DecisionRefused r) {
            s.alert(r.key());
            s.reply(r.key());
            return;
        }
        Person me = s.requireUser();
        try {
            decisions.checkDecider(me);
            if (press instanceof DecidePress.Approve && decisions.violations() > 0) {
                confirm(s, round, me);
            } else if (press instanceof DecidePress.Approve || press instanceof DecidePress.ApproveAnyway) {
                decisions.approve(me.staffId(), round, press instanceof DecidePress.ApproveAnyway);
                s.toast("commendation.decide.approved-toast");
            } else if (press instanceof DecidePress.Back) {
                card(s, round, me);
            } else if (press instanceof DecidePress.Return) {
                s.startFlow(ListReturnDialog.FLOW, "reason", Map.of("round", String.valueOf(round)));
                s.reply("commendation.decide.ask-reason", String.valueOf(FreeText.REASON.max()));
            }
        } catch (DecisionRefused r) {
            if ("commendation.decide.stale".equals(r.key())) {
                s.reply(r.key());
            } else {
                s.alert(r.key(), r.args());
            }
        }
    }

    /** The second confirmation: the card now says plainly what approving would override. */
    private void confirm(ChatSession s, int round, Person me) {
        String key = ListCards.cardKey(campaigns.current(), round, me.staffId());
        s.literal(cards.card(s.locale(), round) + "\n\n"
                        + s.text("commendation.decide.confirm-override", String.valueOf(decisions.violations())))
                .key(key + "-confirm-" + s.incoming().updateId()).replacing(key)
                .buttonKey("commendation.decide.override-button", new DecidePress.ApproveAnyway(round)).row()
                .buttonKey("commendation.decide.return-button", new DecidePress.Return(round))
                .buttonKey("commendation.decide.back-button", new DecidePress.Back(round))
                .send();
    }

    private void card(ChatSession s, int round, Person me) {
        String key = ListCards.cardKey(campaigns.current(), round, me.staffId());
        s.literal(cards.card(s.locale(), round))
                .key(key + "-back-" + s.incoming().updateId()).replacing(key)
                .buttonKey("commendation.decide.approve-button", new DecidePress.Approve(round))
                .buttonKey("commendation.decide.return-button", new DecidePress.Return(round))
                .send();
    }
}
