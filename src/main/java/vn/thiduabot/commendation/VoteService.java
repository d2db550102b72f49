package vn.thiduabot.commendation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.commendation.CommendationStore.BallotRow;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffView;

/**
 * The council's vote (bình xét) on the proposals whose titles need one: opening it and following it.
 * Ballots are secret: a member sees only their own choices ({@link BallotService}), the secretary only how
 * many members have voted, and everyone the counts once the vote is closed ({@link VoteClosing}).
 *
 * <p>Shares are counted over ALL council members as they were when the vote opened, not over those
 * who voted. A member who is the candidate does not vote on their own proposal.
 */
@Service
public class VoteService {

    private static final Logger log = LoggerFactory.getLogger(VoteService.class);

    private final CommendationStore store;
    private final Commendations service;
    private final StaffDirectory staff;
    private final VoteClosing closing;
    private final ApplicationEventPublisher events;

    VoteService(CommendationStore store, Commendations service, StaffDirectory staff, VoteClosing closing,
                ApplicationEventPublisher events) {
        this.store = store;
        this.service = service;
        this.staff = staff;
        this.closing = closing;
        this.events = events;
    }

    /** Proposals that need the council's vote and have no result for their current title yet. */
    @Transactional(readOnly = true)
    public List<VoteCandidate> candidates(Campaign c) {
        return toVote(c).stream()
                .map(p -> new VoteCandidate(p.subjectName(), p.titleCode(), c.commendation().voteThreshold(p.titleCode()).orElseThrow()))
                .toList();
    }

    private List<Proposal> toVote(Campaign c) {
        Commendations.ListView v = service.view(c);
        return v.proposals().stream()
                .filter(p -> c.commendation().needsVote(p.titleCode()))
                .filter(p -> {
                    RuleCheck.VoteResult r = v.votes().get(p.id());
                    return r == null || !r.titleCode().equals(p.titleCode());
                })
                .toList();
    }

    @Transactional(readOnly = true)
    public List<StaffView> council() {
        return staff.withRole(Role.COUNCIL);
    }

    /** The year's list may still change (not submitted to or approved by the principal). */
    @Transactional(readOnly = true)
    public boolean listEditable(String year) {
        return store.list(year).editable();
    }

    /** Opens a vote; {@link VoteOpened} sends every linked council member their ballot. */
    @Transactional(noRollbackFor = DecisionRefused.class)
    public VoteOpening open(Campaign c, String place, LocalDate date, Instant closesAt, long secretary) {
        if (!store.list(c.schoolYear()).editable()) {
            throw new DecisionRefused("commendation.list.locked-submitted");
        }
        if (store.openVote(c.schoolYear()).isPresent()) {
            throw new DecisionRefused("commendation.vote.already-open");
        }
        List<Proposal> proposals = toVote(c);
        List<StaffView> council = council();
        if (proposals.isEmpty()) {
            throw new DecisionRefused("commendation.vote.nothing");
        }
        if (council.isEmpty()) {
            throw new DecisionRefused("commendation.vote.no-council");
        }
        long id = store.insertVote(c.schoolYear(), place, date, closesAt, secretary, service.now(), council.size());
        council.forEach(m -> store.insertMember(id, m.staffId()));
        int pos = 0;
        for (Proposal p : proposals) {
            store.insertItem(id, p, ++pos, p.subjectName(), c.commendation().voteThreshold(p.titleCode()).orElseThrow());
        }
        List<String> unlinked = council.stream().filter(m -> m.linkedPerson().isEmpty() || m.linkedPerson().get().chatId() == null)
                .map(StaffView::fullName).toList();
        events.publishEvent(new VoteOpened(id, c.schoolYear(), proposals.size(), council.size(), secretary));
        log.info("Staff #{} opened vote #{} ({} proposals, council of {})", secretary, id, proposals.size(), council.size());
        return new VoteOpening(id, proposals.size(), council.size(), unlinked);
    }

    /** Where the year's open vote stands (closing first any vote whose time has come). */
    @Transactional(noRollbackFor = DecisionRefused.class)
    public Optional<VoteStatus> status(String year) {
        closing.closeDue();
        return store.openVote(year).map(v -> {
            Set<Long> bot = new HashSet<>();
            Set<Long> written = new HashSet<>();
            for (BallotRow b : store.ballots(v.id())) {
                (b.written() ? written : bot).add(b.voterStaffId());
            }
            return new VoteStatus(VoteView.of(v), items(v.id()), members(v.id()), bot, written);
        });
    }

    /** The vote's members as they were when it opened (those still on the staff list). */
    @Transactional(readOnly = true)
    public List<StaffView> members(long voteId) {
        return store.members(voteId).stream().map(id -> staff.byId(id).orElse(null)).filter(Objects::nonNull).toList();
    }

    @Transactional(readOnly = true)
    public Optional<VoteView> vote(long voteId) {
        return store.vote(voteId).map(VoteView::of);
    }

    @Transactional(readOnly = true)
    public List<VoteItemView> items(long voteId) {
        return store.items(voteId).stream().map(VoteItemView::of).toList();
    }

    /** Closes the vote now, by a secretary; false if it was closed already. */
    @Transactional(noRollbackFor = DecisionRefused.class)
    public boolean close(long voteId, long by) {
        return closing.close(voteId, by);
    }
}
