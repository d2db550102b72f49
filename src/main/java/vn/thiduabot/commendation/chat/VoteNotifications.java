package vn.thiduabot.commendation.chat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.chat.Messenger;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.commendation.BallotService;
import vn.thiduabot.commendation.ClosedVote;
import vn.thiduabot.commendation.MemberBallot;
import vn.thiduabot.commendation.MinutesFile;
import vn.thiduabot.commendation.VoteClosed;
import vn.thiduabot.commendation.VoteInput;
import vn.thiduabot.commendation.VoteItemView;
import vn.thiduabot.commendation.VoteOpened;
import vn.thiduabot.commendation.VoteResultService;
import vn.thiduabot.commendation.VoteService;
import vn.thiduabot.commendation.WrittenBallotRecorded;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.PersonDirectory;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffView;

/**
 * What the vote's transitions send, in the transaction that made them (the outbox): the ballots when it
 * opens, the member's view of a written ballot recorded for them, and after the tally the closed cards,
 * the outcome and the minutes.
 */
@Component
class VoteNotifications {

    private final VoteService votes;
    private final BallotService ballots;
    private final VoteResultService results;
    private final BallotCards cards;
    private final VoteTexts t;
    private final Messenger messenger;
    private final Campaigns campaigns;
    private final StaffDirectory staff;
    private final PersonDirectory users;

    VoteNotifications(VoteService votes, BallotService ballots, VoteResultService results, BallotCards cards, VoteTexts t,
                      Messenger messenger, Campaigns campaigns, StaffDirectory staff, PersonDirectory users) {
        this.votes = votes;
        this.ballots = ballots;
        this.results = results;
        this.cards = cards;
        this.t = t;
        this.messenger = messenger;
        this.campaigns = campaigns;
        this.staff = staff;
        this.users = users;
    }

    /** Every member on Telegram gets their ballot. */
    @EventListener
    void on(VoteOpened e) {
        Campaign c = campaign(e.schoolYear());
        for (StaffView m : votes.members(e.voteId())) {
            linked(m.staffId()).ifPresent(u -> cards.send(u, c, ballots.ballotOf(e.voteId(), m.staffId()), null));
        }
    }

    /** The member sees, in a secret message, what the secretary recorded and when; their ballot shows it. */
    @EventListener
    void on(WrittenBallotRecorded e) {
        Person member = linked(e.memberStaffId()).orElse(null);
        if (member == null) {
            return;
        }
        MemberBallot mine = ballots.ballotOf(e.voteId(), e.memberStaffId());
        Campaign c = campaign(mine.vote().schoolYear());
        Locale l = member.locale();
        StringBuilder lines = new StringBuilder();
        for (VoteItemView i : mine.items()) {
            Boolean yes = mine.choices().get(i.id());
            if (yes != null) {
                lines.append(lines.isEmpty() ? "" : "\n").append(i.position()).append(". ").append(t.itemLabel(l, c, i)).append(": ")
                        .append(t.text(l, yes ? "commendation.ballot.yes" : "commendation.ballot.no"));
            }
        }
        String secretary = staff.byId(e.recordedBy()).map(StaffView::fullName).orElse("#" + e.recordedBy());
        messenger.to(member, "decision.written.recorded", secretary, VoteInput.dateTime(e.at(), c.zone()), lines.toString())
                .key("com-written-" + e.voteId() + "-" + e.memberStaffId() + "-" + e.at().toEpochMilli())
                .sensitive()
                .send();
        cards.send(member, c, mine, e.at().toEpochMilli());
    }

    /** Ballots shown as closed; the outcome and the minutes to the secretaries, the principals and whoever opened or closed it. */
    @EventListener
    void on(VoteClosed e) {
        ClosedVote r = results.closed(e.voteId());
        Campaign c = campaign(e.schoolYear());
        for (Long id : r.members()) {
            linked(id).ifPresent(u -> cards.closed(u, c, r.vote(), r.items().size()));
        }
        List<Person> readers = new ArrayList<>(users.linkedWithRole(Role.SECRETARY));
        readers.addAll(users.linkedWithRole(Role.PRINCIPAL));
        for (Long id : new Long[] {r.vote().openedBy(), e.closedBy()}) {
            if (id != null) {
                linked(id).ifPresent(readers::add);
            }
        }
        MinutesFile minutes = results.minutes(e.voteId());
        Set<Long> told = new HashSet<>();
        for (Person u : readers) {
            if (!told.add(u.staffId())) {
                continue;
            }
            messenger.toLiteral(BallotCards.recipient(u), t.outcome(u.locale(), c, r))
                    .key("com-vote-outcome-" + e.voteId() + "-" + u.staffId()).send();
            messenger.to(u, "commendation.minutes.caption", Texts.date(r.vote().meetingDate()), r.vote().place())
                    .attachNew(minutes.fileName(), minutes.content())
                    .key("com-vote-minutes-" + e.voteId() + "-" + u.staffId()).send();
        }
    }

    private Optional<Person> linked(long staffId) {
        return staff.byId(staffId).flatMap(StaffView::linkedPerson).filter(u -> u.chatId() != null);
    }

    private Campaign campaign(String year) {
        return campaigns.forYear(year).orElse(campaigns.current());
    }
}
