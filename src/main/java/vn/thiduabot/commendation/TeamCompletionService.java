package vn.thiduabot.commendation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.campaign.StaffRating;
import vn.thiduabot.commendation.Commendations.Refused;
import vn.thiduabot.people.PersonDirectory;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffView;

/**
 * Each proposed team's own completion level of the year (Luật Thi đua, khen thưởng 2022, Art. 27 and
 * 28), recorded by the principal, or for the principal's own team by the substitute decider the
 * campaign file names; nothing changes once the list is submitted.
 */
@Service
public class TeamCompletionService {

    private final PersonFactsStore store;
    private final ProposalStore proposals;
    private final CommendationStore lists;
    private final ListDeciders deciders;
    private final Campaigns campaigns;
    private final StaffDirectory staff;
    private final PersonDirectory users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TeamCompletionService(PersonFactsStore store, ProposalStore proposals, CommendationStore lists, ListDeciders deciders,
                          Campaigns campaigns, StaffDirectory staff, PersonDirectory users, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.proposals = proposals;
        this.lists = lists;
        this.deciders = deciders;
        this.campaigns = campaigns;
        this.staff = staff;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /** A team's proposal whose level may be recorded now, with the team's active members. */
    public record TeamCase(Proposal proposal, Campaign campaign, List<Long> members) {

        public boolean hasMember(long staffId) {
            return members.contains(staffId);
        }
    }

    /** The levels recorded so far, by team name. */
    @Transactional(readOnly = true)
    public Map<String, StaffRating> levels(String year) {
        return store.teamCompletion(year);
    }

    /** The team proposal, refused when it is gone or the list can no longer change. */
    @Transactional(readOnly = true, noRollbackFor = Refused.class)
    public TeamCase open(long proposalId) {
        Proposal p = proposals.proposal(proposalId).filter(x -> !x.individual())
                .orElseThrow(() -> new Refused("commendation.list.gone"));
        if (!lists.list(p.schoolYear()).editable()) {
            throw new Refused("commendation.list.locked-submitted");
        }
        return new TeamCase(p, campaigns.current(), staff.teamMembers(p.teamName()).stream().map(StaffView::staffId).toList());
    }

    /** The substitute decider the campaign file names, if they are on the active staff list. */
    @Transactional(readOnly = true)
    public Optional<StaffView> substitute(Campaign c) {
        return deciders.substitute(c);
    }

    /** True when a linked principal belongs to the team (then the substitute records its level). */
    @Transactional(readOnly = true)
    public boolean principalAmong(TeamCase t) {
        return users.linkedWithRole(Role.PRINCIPAL).stream().anyMatch(u -> t.hasMember(u.staffId()));
    }

    /** Records the team's level; the dialogs decided before that {@code by} may record it. */
    @Transactional(noRollbackFor = Refused.class)
    public void record(long proposalId, StaffRating level, long by) {
        Proposal p = open(proposalId).proposal();
        store.saveTeamCompletion(p.schoolYear(), p.teamName(), level, by, clock.instant());
        events.publishEvent(new TeamCompletionRecorded(p.id(), p.schoolYear(), p.teamName(), level, by));
    }
}
