package vn.thiduabot.commendation.chat;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.chat.Messenger;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.commendation.MemberBallot;
import vn.thiduabot.commendation.VoteItemView;
import vn.thiduabot.commendation.VoteView;
import vn.thiduabot.people.Person;

/**
 * A council member's ballot on their phone: one secret message per 20 proposals, each with its agree and
 * disagree buttons (none on the member's own proposal), edited in place as the member chooses, and replaced
 * by a closed card without buttons after the tally.
 */
@Component
public class BallotCards {

    static final int ITEMS_PER_BALLOT = 20;

    private final Messenger messenger;
    private final VoteTexts t;

    BallotCards(Messenger messenger, VoteTexts t) {
        this.messenger = messenger;
        this.t = t;
    }

    /** The idempotency key of one page of a member's ballot (its edits and its closed card replace it). */
    public static String ballotKey(long voteId, long staffId, int page) {
        return "com-ballot-" + voteId + "-" + staffId + "-" + page;
    }

    /** Sends (or, with an update id, edits in place) every page of one member's ballot. */
    void send(Person member, Campaign c, MemberBallot ballot, Long editUpdate) {
        VoteView vote = ballot.vote();
        List<VoteItemView> items = ballot.items();
        Locale l = member.locale();
        for (int page = 0; page * ITEMS_PER_BALLOT < items.size(); page++) {
            List<VoteItemView> slice = items.subList(page * ITEMS_PER_BALLOT, Math.min(items.size(), (page + 1) * ITEMS_PER_BALLOT));
            StringBuilder b = new StringBuilder(t.text(l, "commendation.ballot.header", c.schoolYear(), vote.place(),
                    Texts.date(vote.meetingDate()), t.closing(l, c, vote.closesAt())));
            for (VoteItemView i : slice) {
                b.append('\n').append(i.position()).append(". ").append(t.itemLabel(l, c, i)).append(": ");
                Boolean mine = ballot.choices().get(i.id());
                if (i.isCandidate(member.staffId())) {
                    b.append(t.text(l, "commendation.ballot.own"));
                } else if (mine == null) {
                    b.append(t.text(l, "commendation.ballot.none"));
                } else {
                    b.append(t.text(l, mine ? "commendation.ballot.yes" : "commendation.ballot.no"));
                }
            }
            String key = ballotKey(vote.id(), member.staffId(), page);
            Reply r = messenger.toLiteral(recipient(member), b.toString()).sensitive();
            if (editUpdate == null) {
                r.key(key);
            } else {
                r.key(key + "-e" + editUpdate).replacing(key);
            }
            for (VoteItemView i : slice) {
                if (i.isCandidate(member.staffId())) {
                    continue;
                }
                String n = String.valueOf(i.position());
                r.button(t.text(l, "commendation.ballot.yes-button", n), new BallotPress(vote.id(), i.id(), BallotPress.Choice.YES))
                        .button(t.text(l, "commendation.ballot.no-button", n), new BallotPress(vote.id(), i.id(), BallotPress.Choice.NO))
                        .row();
            }
            r.send();
        }
    }

    /** After the tally: every page of the member's ballot becomes a closed card, its buttons gone. */
    void closed(Person member, Campaign c, VoteView vote, int items) {
        for (int page = 0; page * ITEMS_PER_BALLOT < items; page++) {
            String key = ballotKey(vote.id(), member.staffId(), page);
            messenger.toLiteral(recipient(member), t.text(member.locale(), "commendation.ballot.closed-card", c.schoolYear(),
                            vote.place(), Texts.date(vote.meetingDate())))
                    .key(key + "-closed").replacing(key).send();
        }
    }

    static Reply.Recipient recipient(Person u) {
        return new Reply.Recipient(u.chatId(), u.telegramUserId(), u.locale());
    }
}
