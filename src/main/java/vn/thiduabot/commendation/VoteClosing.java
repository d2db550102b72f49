package vn.thiduabot.commendation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.campaign.TitleRules;
import vn.thiduabot.commendation.CommendationStore.BallotRow;
import vn.thiduabot.commendation.CommendationStore.ItemRow;
import vn.thiduabot.commendation.CommendationStore.VoteRow;

/**
 * Closes a vote (by a secretary, or at its configured time), counts it, makes its ballots secret at rest
 * ({@link BallotSecrecy}) and publishes {@link VoteClosed}, from which the results and the minutes are sent.
 *
 * <p>The time is checked by {@link VoteCloser} every 30 seconds and also before any ballot or vote screen
 * is handled, so no ballot counts after the closing time even if the check has not run yet.
 */
@Component
class VoteClosing {

    private static final Logger log = LoggerFactory.getLogger(VoteClosing.class);

    private final CommendationStore store;
    private final Commendations service;
    private final Campaigns campaigns;
    private final BallotSecrecy secrecy;
    private final ApplicationEventPublisher events;

    VoteClosing(CommendationStore store, Commendations service, Campaigns campaigns, BallotSecrecy secrecy,
                ApplicationEventPublisher events) {
        this.store = store;
        this.service = service;
        this.campaigns = campaigns;
        this.secrecy = secrecy;
        this.events = events;
    }

    /** Closes every open vote whose time has come. */
    @Transactional(noRollbackFor = DecisionRefused.class)
    int closeDue() {
        int closed = 0;
        for (VoteRow v : store.dueVotes(service.now())) {
            if (close(v.id(), null)) {
                closed++;
            }
        }
        return closed;
    }

    /** Closes and counts the vote ({@code by} null: at its time); false if it was closed already (by the other path). */
    @Transactional(noRollbackFor = DecisionRefused.class)
    boolean close(long voteId, Long by) {
        Optional<VoteRow> before = store.vote(voteId);
        if (before.isEmpty() || !store.closeVote(voteId, by, service.now())) {
            return false;
        }
        VoteRow vote = store.vote(voteId).orElseThrow();
        Campaign c = campaigns.forYear(vote.schoolYear()).orElse(service.campaign());
        Set<Long> members = new HashSet<>(store.members(voteId));
        List<BallotRow> ballots = store.ballots(voteId);
        List<VoteClosed.Tally> tallies = new ArrayList<>();
        for (ItemRow i : store.items(voteId)) {
            int yes = 0;
            int no = 0;
            for (BallotRow b : ballots) {
                if (b.itemId() == i.id() && members.contains(b.voterStaffId())) {
                    if (b.yes()) {
                        yes++;
                    } else {
                        no++;
                    }
                }
            }
            // The title's rule says "more than" or "at least", over all members or all but the candidate.
            TitleRules.VoteRule rule = c.commendation().titleRules().voteRule(i.titleCode());
            boolean candidateIsMember = i.candidateStaffId() != null && members.contains(i.candidateStaffId());
            int eligible = rule.base(vote.councilSize(), candidateIsMember);
            boolean passed = rule.passes(yes, vote.councilSize(), candidateIsMember, i.threshold());
            store.itemResult(i.id(), yes, no, eligible, passed);
            tallies.add(new VoteClosed.Tally(i.id(), i.position(), yes, no, eligible, passed));
        }
        int present = (int) ballots.stream().filter(b -> !b.written()).map(BallotRow::voterStaffId).distinct().count();
        log.info("Vote #{} closed {} ({} present of {})", voteId, by == null ? "at its time" : "by staff #" + by, present,
                vote.councilSize());
        secrecy.forget(voteId);
        events.publishEvent(new VoteClosed(voteId, vote.schoolYear(), by, present, vote.councilSize(), tallies));
        return true;
    }
}
