package vn.thiduabot.commendation;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.commendation.CommendationStore.BallotEvent;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffView;

/**
 * A closed vote's results, read after the tally when only the counts and who took part remain: for the
 * outcome the secretaries and principals read, and the minutes of the council meeting.
 */
@Service
public class VoteResultService {

    private final CommendationStore store;
    private final VoteParticipants participants;
    private final Commendations service;
    private final Campaigns campaigns;
    private final StaffDirectory staff;
    private final MinutesDocument minutes;

    VoteResultService(CommendationStore store, VoteParticipants participants, Commendations service, Campaigns campaigns,
                      StaffDirectory staff, MinutesDocument minutes) {
        this.store = store;
        this.participants = participants;
        this.service = service;
        this.campaigns = campaigns;
        this.staff = staff;
        this.minutes = minutes;
    }

    @Transactional(readOnly = true)
    public ClosedVote closed(long voteId) {
        VoteView vote = store.vote(voteId).map(VoteView::of).filter(v -> !v.open()).orElseThrow();
        List<VoteParticipants.Participant> took = participants.of(voteId);
        int present = (int) took.stream().filter(VoteParticipants.Participant::inBot).count();
        List<String> notes = took.stream().filter(p -> p.note() != null).map(p -> name(p.staffId()) + ": " + p.note()).toList();
        return new ClosedVote(vote, store.items(voteId).stream().map(VoteItemView::of).toList(), present, notes, replaced(voteId),
                store.members(voteId));
    }

    /** One entry per member whose written ballot they replaced in the bot, with who had recorded it. */
    private List<ClosedVote.Replacement> replaced(long voteId) {
        List<BallotEvent> events = store.ballotEvents(voteId);
        List<ClosedVote.Replacement> out = new ArrayList<>();
        Set<Long> told = new HashSet<>();
        for (BallotEvent e : events) {
            if (!BallotHistory.REPLACED.equals(e.action()) || !told.add(e.voterStaffId())) {
                continue;
            }
            long recorder = events.stream().filter(x -> BallotHistory.RECORDED.equals(x.action()) && x.voterStaffId() == e.voterStaffId())
                    .map(BallotEvent::actorStaffId).reduce((a, b) -> b).orElse(0L);
            out.add(new ClosedVote.Replacement(name(e.voterStaffId()), name(recorder), e.at()));
        }
        return out;
    }

    /** The minutes of the meeting that closed the vote (always in Vietnamese: an official paper). */
    @Transactional(readOnly = true)
    public MinutesFile minutes(long voteId) {
        ClosedVote r = closed(voteId);
        VoteView vote = r.vote();
        Campaign c = campaigns.forYear(vote.schoolYear()).orElse(service.campaign());
        String chair = staff.withRole(Role.PRINCIPAL).stream().map(StaffView::fullName).findFirst().orElse("");
        String secretary = staff.byId(vote.openedBy()).map(StaffView::fullName).orElse("");
        AwardMoney money = service.view(c).money();
        List<MinutesDocument.Row> rows = r.items().stream().map(i -> new MinutesDocument.Row(i.subject(), i.individual(),
                c.title(i.titleCode()).map(Campaign.Title::name).orElse(i.titleCode()),
                i.formCode() == null ? null : c.form(i.formCode()).map(Campaign.CommendationForm::name).orElse(i.formCode()),
                i.yes(), i.no(), i.eligible(), i.threshold(), i.passed(),
                c.commendation().titleRules().voteRule(i.titleCode()).moreThan())).toList();
        LocalDateTime ended = LocalDateTime.ofInstant(vote.closedAutomatically() && vote.closesAt() != null ? vote.closesAt()
                : vote.closedAt(), c.zone());
        byte[] doc = minutes.write(new MinutesDocument.Data(c.schoolName(), c.schoolYear(), vote.meetingDate(), vote.place(), chair,
                secretary, r.present(), vote.councilSize(), rows, r.writtenNotes(), money.total(), c.place(), ended, money));
        return new MinutesFile("bien-ban-hoi-dong-" + vote.meetingDate() + ".docx", doc);
    }

    private String name(long staffId) {
        return staff.byId(staffId).map(StaffView::fullName).orElse("#" + staffId);
    }
}
