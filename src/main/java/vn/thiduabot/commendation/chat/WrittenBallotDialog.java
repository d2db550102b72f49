package vn.thiduabot.commendation.chat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.FreeText;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.commendation.BallotService;
import vn.thiduabot.commendation.DecisionRefused;
import vn.thiduabot.commendation.VoteInput;
import vn.thiduabot.commendation.VoteItemView;
import vn.thiduabot.commendation.VoteService;
import vn.thiduabot.commendation.VoteStatus;
import vn.thiduabot.staff.StaffView;

/**
 * The secretary records an absent member's written (paper) ballot with a note: chooses the member, then
 * types one choice per proposal in order (the member's own proposal as "-") and the note after a semicolon.
 */
@Component
class WrittenBallotDialog {

    static final int MAX_NOTE = FreeText.NOTE.max();

    private final VoteService votes;
    private final BallotService ballots;
    private final Campaigns campaigns;
    private final VoteTexts t;

    WrittenBallotDialog(VoteService votes, BallotService ballots, Campaigns campaigns, VoteTexts t) {
        this.votes = votes;
        this.ballots = ballots;
        this.campaigns = campaigns;
        this.t = t;
    }

    /** The members who have not voted in the bot, a written ballot marked. */
    void chooseAbsent(ChatSession s, long voteId) {
        Optional<VoteStatus> st = open(voteId);
        if (st.isEmpty()) {
            s.reply("commendation.ballot.closed");
            return;
        }
        List<StaffView> absent = st.get().members().stream().filter(m -> !st.get().votedInBot().contains(m.staffId())).toList();
        if (absent.isEmpty()) {
            s.reply("commendation.written.nobody");
            return;
        }
        Reply r = s.message("commendation.written.choose");
        for (StaffView m : absent) {
            r.button(m.fullName() + (st.get().votedInWriting().contains(m.staffId()) ? " ✍️" : ""), new VotePress.WriteFor(voteId, m.staffId()))
                    .row();
        }
        r.send();
    }

    /** Lists the proposals in order and waits for the typed choices. */
    void ask(ChatSession s, long voteId, long memberId) {
        Optional<VoteStatus> st = open(voteId);
        if (st.isEmpty()) {
            s.reply("commendation.ballot.closed");
            return;
        }
        StaffView member = st.get().members().stream().filter(m -> m.staffId() == memberId).findFirst().orElse(null);
        if (member == null) {
            s.reply("commendation.ballot.not-member");
            return;
        }
        Campaign c = campaigns.current();
        Locale l = s.locale();
        StringBuilder b = new StringBuilder(t.text(l, "commendation.written.ask", member.fullName(), String.valueOf(st.get().items().size())));
        for (VoteItemView i : st.get().items()) {
            b.append('\n').append(i.position()).append(". ").append(t.itemLabel(l, c, i));
            if (i.isCandidate(memberId)) {
                b.append(' ').append(t.text(l, "commendation.written.own"));
            }
        }
        Map<String, String> draft = new LinkedHashMap<>();
        draft.put("vote", String.valueOf(voteId));
        draft.put("member", String.valueOf(memberId));
        s.startFlow(VoteDialog.FLOW, VoteDialog.STEP_WRITTEN, draft);
        s.literal(b.toString()).send();
    }

    /** The typed ballot: choices, a semicolon, the note. */
    void typed(ChatSession s, Campaign c, String text) {
        long voteId;
        long memberId;
        try {
            voteId = Long.parseLong(s.draft().get("vote"));
            memberId = Long.parseLong(s.draft().get("member"));
        } catch (RuntimeException e) {
            s.endFlow();
            s.reply("commendation.flow-lost");
            return;
        }
        int semi = text.indexOf(';');
        String note = semi < 0 ? "" : text.substring(semi + 1).strip();
        Optional<List<VoteInput.Choice>> choices = VoteInput.choices(semi < 0 ? text : text.substring(0, semi));
        if (note.isEmpty()) {
            s.reply("commendation.written.need-note", String.valueOf(MAX_NOTE));
            return;
        }
        if (FreeText.NOTE.refuse(s, note)) {
            return;
        }
        Optional<VoteStatus> st = open(voteId);
        if (st.isEmpty()) {
            s.endFlow();
            s.reply("commendation.ballot.closed");
            return;
        }
        List<VoteItemView> items = st.get().items();
        if (choices.isEmpty() || choices.get().size() != items.size()) {
            s.reply("commendation.written.bad-choices", String.valueOf(items.size()));
            return;
        }
        Map<Long, Boolean> ballot = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            boolean own = items.get(i).isCandidate(memberId);
            VoteInput.Choice ch = choices.get().get(i);
            if (own != (ch == VoteInput.Choice.SKIP)) {
                s.reply(own ? "commendation.written.own-must-skip" : "commendation.written.skip-not-allowed", String.valueOf(i + 1));
                return;
            }
            if (!own) {
                ballot.put(items.get(i).id(), ch == VoteInput.Choice.YES);
            }
        }
        s.endFlow();
        try {
            ballots.recordWritten(voteId, memberId, ballot, note, s.requireUser().staffId());
        } catch (DecisionRefused r) {
            s.reply(r.key(), r.args());
            return;
        }
        String name = st.get().members().stream().filter(m -> m.staffId() == memberId).map(StaffView::fullName).findFirst().orElse("");
        long yes = ballot.values().stream().filter(Boolean::booleanValue).count();
        s.message("commendation.written.saved", name, String.valueOf(yes), String.valueOf(ballot.size() - yes), note).sensitive().send();
    }

    /** The year's open vote, if it is this one. */
    private Optional<VoteStatus> open(long voteId) {
        return votes.status(campaigns.current().schoolYear()).filter(st -> st.vote().id() == voteId);
    }
}
