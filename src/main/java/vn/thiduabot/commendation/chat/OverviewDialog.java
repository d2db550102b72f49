package vn.thiduabot.commendation.chat;

import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.chat.ButtonPayload;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.commendation.CommendationTexts;
import vn.thiduabot.commendation.Commendations;
import vn.thiduabot.commendation.Commendations.ListView;
import vn.thiduabot.commendation.PrefillService;

/**
 * The overview of the year's list (/dexuat without a name): counts per title, violations, award money,
 * and the buttons to add a person or a team, fill from the registrations and approved scores, see the
 * numbered list, the rule report, and submit to the principal. "Back" on the screens below comes here.
 */
@Component
class OverviewDialog extends ProposalsButton<OverviewDialog.OverviewPress> {

    /** The overview's own buttons; {@code card} is the key of the message they edit. */
    sealed interface OverviewPress extends ButtonPayload permits Home, Prefill { }

    /** Back to the overview, in place. */
    record Home(String card) implements OverviewPress { }

    /** Fill the list from the registrations and the approved scores. */
    record Prefill(String card) implements OverviewPress { }

    private final Commendations list;
    private final PrefillService prefill;
    private final CommendationTexts t;

    OverviewDialog(Commendations list, PrefillService prefill, CommendationTexts t) {
        this.list = list;
        this.prefill = prefill;
        this.t = t;
    }

    @Override
    public String action() {
        return "com.overview";
    }

    @Override
    public Class<OverviewPress> payloadType() {
        return OverviewPress.class;
    }

    @Override
    void press(ChatSession s, OverviewPress p) {
        if (p instanceof Prefill f) {
            PrefillService.Prefill done = prefill.prefill(list.campaign(), Cards.me(s));
            s.reply("commendation.prefill.done", String.valueOf(done.people()), String.valueOf(done.teams()),
                    String.valueOf(done.initiatives()), String.valueOf(done.ratings()));
            show(s, f.card());
        } else if (p instanceof Home h) {
            show(s, h.card());
        }
    }

    /** The overview as a new message ({@code replacing} null) or in place of the message with that key. */
    void show(ChatSession s, String replacing) {
        ListView v = list.view();
        Locale l = s.locale();
        Campaign c = v.campaign();
        String text = t.text(l, "commendation.list.overview", c.schoolYear(), t.status(l, v.state().status()),
                String.valueOf(v.individuals().size()), t.counts(l, c, v.individuals()),
                String.valueOf(v.collectives().size()), t.counts(l, c, v.collectives()),
                String.valueOf(v.violations().size()), t.money(l, v.money().total()));
        String key = replacing == null ? Cards.cardKey(s) : replacing;
        Reply r = Cards.compose(s, key, replacing == null, text);
        if (v.state().editable()) {
            r.buttonKey("commendation.button.add-person", new FindPersonDialog.AddPerson())
                    .buttonKey("commendation.button.add-team", new TeamChoiceDialog.AddTeam(key)).row()
                    .buttonKey("commendation.button.prefill", new Prefill(key)).row();
        }
        r.buttonKey("commendation.button.list", new ProposalListDialog.ShowList())
                .buttonKey("commendation.button.check", new CheckDialog.RunCheck());
        if (v.state().editable() && !v.proposals().isEmpty()) {
            r.row().buttonKey("commendation.button.submit", new SubmitButton.Submit());
        }
        r.send();
    }
}
