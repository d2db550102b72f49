package vn.thiduabot.commendation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduabot.commendation.CommendationStore.BallotRow;
import vn.thiduabot.commendation.CommendationStore.ItemRow;
import vn.thiduabot.commendation.CommendationStore.VoteRow;

/**
 * A council member's ballot: their own choices, changed until the vote closes; and an absent member's
 * written (paper) ballot, recorded by the secretary, which the member's own vote in the bot replaces.
 * Each recording and replacement is kept with who and when ({@link BallotHistory}), never with the choices.
 */
@Service
public class BallotService {

    private static final Logger log = LoggerFactory.getLogger(BallotService.class);

    private final CommendationStore store;
    private final Commendations service;
    private final VoteClosing closing;
    private final ApplicationEventPublisher events;

    BallotService(CommendationStore store, Commendations service, VoteClosing closing, ApplicationEventPublisher events) {
        this.store = store;
        this.service = service;
        this.closing = closing;
        this.events = events;
    }

    /** The member agrees or disagrees with one proposal of the vote. Anything but a stored choice leaves every ballot as it was. */
    @Transactional(noRollbackFor = DecisionRefused.class)
    public BallotOutcome cast(long memberStaffId, long voteId, long itemId, boolean yes) {
        closing.closeDue();
        Optional<VoteRow> vote = store.vote(voteId);
        if (vote.isEmpty()) {
            return BallotOutcome.STALE;
        }
        if (!vote.get().open()) {
            return BallotOutcome.CLOSED;
        }
        if (!store.members(voteId).contains(memberStaffId)) {
            return BallotOutcome.NOT_MEMBER;
        }
        Optional<ItemRow> item = store.item(itemId).filter(i -> i.voteId() == voteId);
        if (item.isEmpty()) {
            return BallotOutcome.STALE;
        }
        if (item.get().candidateStaffId() != null && item.get().candidateStaffId() == memberStaffId) {
            return BallotOutcome.OWN;
        }
        // The member's own vote replaces the secretary's record of their written ballot (who and when are kept).
        boolean replacesWritten = store.writtenBy(itemId, memberStaffId).isPresent();
        store.saveBallot(itemId, memberStaffId, yes, false, null, memberStaffId, service.now());
        if (replacesWritten) {
            events.publishEvent(new WrittenBallotReplaced(voteId, memberStaffId, service.now()));
            return BallotOutcome.REPLACED_WRITTEN;
        }
        return yes ? BallotOutcome.SAVED_YES : BallotOutcome.SAVED_NO;
    }

    /** The member's own ballot, for the member's eyes only. */
    @Transactional(readOnly = true)
    public MemberBallot ballotOf(long voteId, long memberStaffId) {
        VoteView vote = store.vote(voteId).map(VoteView::of).orElseThrow();
        Map<Long, Boolean> mine = new HashMap<>();
        for (BallotRow b : store.ballots(voteId)) {
            if (b.voterStaffId() == memberStaffId) {
                mine.put(b.itemId(), b.yes());
            }
        }
        return new MemberBallot(vote, store.items(voteId).stream().map(VoteItemView::of).toList(), memberStaffId, mine);
    }

    /**
     * Records an absent member's written ballot: one choice per proposal (item id to agree; the member's own
     * proposal left out), with a note. Refused if the member already voted in the bot.
     */
    @Transactional(noRollbackFor = DecisionRefused.class)
    public void recordWritten(long voteId, long memberId, Map<Long, Boolean> choices, String note, long secretary) {
        VoteRow vote = store.vote(voteId).filter(VoteRow::open).orElseThrow(() -> new DecisionRefused("commendation.ballot.closed"));
        if (!store.members(voteId).contains(memberId)) {
            throw new DecisionRefused("commendation.ballot.not-member");
        }
        if (store.ballots(voteId).stream().anyMatch(b -> b.voterStaffId() == memberId && !b.written())) {
            throw new DecisionRefused("commendation.written.voted-in-bot");
        }
        List<Long> onVote = store.items(voteId).stream().map(ItemRow::id).toList();
        for (Map.Entry<Long, Boolean> e : choices.entrySet()) {
            if (onVote.contains(e.getKey())) {
                store.saveBallot(e.getKey(), memberId, e.getValue(), true, note, secretary, service.now());
            }
        }
        events.publishEvent(new WrittenBallotRecorded(vote.id(), memberId, secretary, service.now()));
        log.info("Staff #{} recorded the written ballot of staff #{} on vote #{}", secretary, memberId, vote.id());
    }
}
