package vn.thiduabot.commendation.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.chat.ButtonPayload;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.commendation.CommendationTexts;
import vn.thiduabot.commendation.Commendations;
import vn.thiduabot.commendation.Commendations.ListView;
import vn.thiduabot.commendation.Proposal;

/**
 * The numbered list of proposals (⚠️ marks one that breaks a rule), in several messages when long, with
 * a numbered button per proposal that opens its card while there are at most {@value #MAX_NUMBER_BUTTONS}.
 */
@Component
class ProposalListDialog extends ProposalsButton<ProposalListDialog.ShowList> {

    static final int MAX_NUMBER_BUTTONS = 48;

    record ShowList() implements ButtonPayload { }

    private final Commendations list;
    private final CommendationTexts t;

    ProposalListDialog(Commendations list, CommendationTexts t) {
        this.list = list;
        this.t = t;
    }

    @Override
    public String action() {
        return "com.show-list";
    }

    @Override
    public Class<ShowList> payloadType() {
        return ShowList.class;
    }

    @Override
    void press(ChatSession s, ShowList payload) {
        ListView v = list.view();
        Locale l = s.locale();
        Campaign c = v.campaign();
        if (v.proposals().isEmpty()) {
            s.reply("commendation.list.empty", c.schoolYear());
            return;
        }
        List<String> chunks = new ArrayList<>();
        StringBuilder b = new StringBuilder(t.text(l, "commendation.list.header", c.schoolYear(), String.valueOf(v.proposals().size())));
        int i = 0;
        for (Proposal p : v.proposals()) {
            i++;
            String mark = v.violationsOf(p.id()).isEmpty() ? "" : " ⚠️";
            String line = i + ". " + t.proposal(l, c, p, v.people().get(p.staffId())) + mark;
            if (b.length() + line.length() + 1 > CommendationTexts.MAX_TEXT) {
                chunks.add(b.toString());
                b = new StringBuilder();
            }
            b.append(b.isEmpty() ? "" : "\n").append(line);
        }
        boolean numbers = v.proposals().size() <= MAX_NUMBER_BUTTONS;
        b.append("\n\n").append(t.text(l, numbers ? "commendation.list.open-hint" : "commendation.list.open-hint-typed"));
        chunks.add(b.toString());
        for (int k = 0; k < chunks.size(); k++) {
            Reply r = s.literal(chunks.get(k));
            if (k == chunks.size() - 1 && numbers) {
                int n = 0;
                for (Proposal p : v.proposals()) {
                    r.button(String.valueOf(++n), new CardDialog.Open(p.id()));
                    if (n % 8 == 0) {
                        r.row();
                    }
                }
            }
            r.send();
        }
    }
}
