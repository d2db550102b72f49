package vn.thiduabot.commendation.chat;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.chat.ButtonPayload;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.commendation.CommendationStore;
import vn.thiduabot.commendation.CommendationTexts;
import vn.thiduabot.commendation.Commendations;
import vn.thiduabot.commendation.Proposal;
import vn.thiduabot.staff.StaffView;

/**
 * Finding a person by a typed name (accents optional): one match opens their card, or the choice of a
 * title when they are not proposed yet; a few matches are offered as buttons; too many ask for more of
 * the name.
 */
@Component
class FindPersonDialog extends ProposalsButton<FindPersonDialog.FindPress> {

    static final int MAX_CHOICES = 8;
    static final int MAX_NAME = 80;

    sealed interface FindPress extends ButtonPayload permits AddPerson, PickPerson { }

    /** "Add a person": asks for the name. */
    record AddPerson() implements FindPress { }

    /** One of several people whose names matched. */
    record PickPerson(String card, long staffId) implements FindPress { }

    private final Commendations list;
    private final CommendationTexts t;
    private final CardDialog card;

    FindPersonDialog(Commendations list, CommendationTexts t, CardDialog card) {
        this.list = list;
        this.t = t;
        this.card = card;
    }

    @Override
    public String action() {
        return "com.find";
    }

    @Override
    public Class<FindPress> payloadType() {
        return FindPress.class;
    }

    @Override
    void press(ChatSession s, FindPress p) {
        if (p instanceof PickPerson pick) {
            person(s, pick.staffId(), pick.card());
        } else {
            s.startFlow(ProposalFactsDialog.FLOW, ProposalFactsDialog.STEP_FIND);
            s.reply("commendation.add.ask-name");
        }
    }

    void find(ChatSession s, String typed) {
        String wanted = typed.strip();
        if (wanted.length() > MAX_NAME) {
            s.reply("commendation.find.too-long");
            return;
        }
        List<StaffView> found = list.findStaff(wanted);
        if (found.isEmpty()) {
            s.reply("commendation.find.none", wanted);
        } else if (found.size() == 1) {
            person(s, found.get(0).staffId(), null);
        } else if (found.size() > MAX_CHOICES) {
            s.reply("commendation.find.too-many", String.valueOf(found.size()), wanted);
        } else {
            String key = Cards.cardKey(s);
            Reply r = s.message("commendation.find.choose", String.valueOf(found.size())).key(key);
            for (StaffView v : found) {
                r.button(v.fullName() + (v.teamName() == null ? "" : " — " + v.teamName()), new PickPerson(key, v.staffId())).row();
            }
            r.send();
        }
    }

    /** A person's card if they are proposed; otherwise the choice of a title for them. */
    private void person(ChatSession s, long staffId, String replacing) {
        Campaign c = list.campaign();
        Optional<Proposal> p = list.proposalOf(c.schoolYear(), staffId);
        if (p.isPresent()) {
            card.show(s, p.get().id(), replacing);
            return;
        }
        StaffView v = list.staffMember(staffId).orElse(null);
        if (v == null) {
            s.reply("commendation.list.gone");
            return;
        }
        CommendationStore.ListState state = list.state(c.schoolYear());
        if (!state.editable()) {
            s.reply(state.status() == CommendationStore.ListStatus.APPROVED
                    ? "commendation.list.locked-approved" : "commendation.list.locked-submitted");
            return;
        }
        String key = replacing == null ? Cards.cardKey(s) : replacing;
        Reply r = Cards.compose(s, key, replacing == null, t.text(s.locale(), "commendation.add.choose-title", v.fullName(),
                v.teamName() == null ? t.text(s.locale(), "commendation.no-team") : v.teamName()));
        for (Campaign.Title title : c.individualTitles()) {
            r.button(title.name(), new ProposeDialog.ProposePerson(key, staffId, title.code())).row();
        }
        r.send();
    }
}
