package vn.thiduabot.commendation.chat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.commendation.DecisionRefused;
import vn.thiduabot.commendation.Share;
import vn.thiduabot.commendation.VoteCandidate;
import vn.thiduabot.commendation.VoteOpening;
import vn.thiduabot.commendation.VoteService;

/** The last step of opening a vote: what will be voted on, then "open" (the ballots go out) or "cancel". */
@Component
class VoteConfirmation {

    private final VoteService votes;
    private final Campaigns campaigns;
    private final VoteTexts t;

    VoteConfirmation(VoteService votes, Campaigns campaigns, VoteTexts t) {
        this.votes = votes;
        this.campaigns = campaigns;
        this.t = t;
    }

    /** The place, date, closing time and proposals, with "open" and "cancel". */
    void show(ChatSession s, Campaign c, Map<String, String> draft) {
        Locale l = s.locale();
        StringBuilder b = new StringBuilder(t.text(l, "commendation.vote.confirm", draft.get("place"),
                Texts.date(LocalDate.parse(draft.get("date"))),
                t.closing(l, c, draft.containsKey("closes") ? Instant.parse(draft.get("closes")) : null),
                String.valueOf(votes.council().size())));
        int i = 0;
        for (VoteCandidate p : votes.candidates(c)) {
            String line = "\n" + (++i) + ". " + p.subject() + " — " + VoteTexts.title(c, p.titleCode()) + " ("
                    + Share.number(p.threshold(), l) + "%)";
            if (b.length() + line.length() > VoteTexts.MAX_TEXT) {
                break;
            }
            b.append(line);
        }
        s.literal(b.toString())
                .buttonKey("commendation.button.open-vote", new VotePress.OpenVote())
                .buttonKey("commendation.button.cancel", new VotePress.CancelVote())
                .send();
    }

    /** "Open the vote" under the confirmation. */
    void open(ChatSession s) {
        if (!s.inFlow(VoteDialog.FLOW) || !"confirm".equals(s.step())) {
            s.toast("error.button-stale");
            return;
        }
        Map<String, String> d = s.draft();
        s.endFlow();
        try {
            VoteOpening o = votes.open(campaigns.current(), d.get("place"), LocalDate.parse(d.get("date")),
                    d.containsKey("closes") ? Instant.parse(d.get("closes")) : null, s.requireUser().staffId());
            s.reply("commendation.vote.opened", String.valueOf(o.items()), String.valueOf(o.council() - o.unlinked().size()),
                    String.valueOf(o.council()));
            if (!o.unlinked().isEmpty()) {
                s.reply("commendation.vote.unlinked", String.join(", ", o.unlinked()));
            }
        } catch (DecisionRefused r) {
            s.reply(r.key(), r.args());
        }
    }
}
