package vn.thiduabot.commendation;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.chat.FreeText;
import vn.thiduabot.commendation.CommendationStore.ListState;
import vn.thiduabot.commendation.PersonFactsStore.PersonRow;
import vn.thiduabot.scoring.AssessmentQueries;
import vn.thiduabot.scoring.AssessmentSummary;
import vn.thiduabot.people.Names;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffView;

/**
 * The year's list of proposals as every front end reads it: the proposals with names, the facts the
 * rules read, violations, award money and the list's state. Changes go through {@link ProposalService},
 * {@link PersonFactsService}, {@link PrefillService} and {@link TeamCompletionService}.
 */
@Service
public class Commendations {

    public static final int MAX_TEXT_FIELD = FreeText.TITLE.max();

    private final CommendationStore store;
    private final ProposalStore proposals;
    private final PersonFactsStore personFacts;
    private final Campaigns campaigns;
    private final StaffDirectory staff;
    private final AssessmentQueries assessments;
    private final Clock clock;
    private final vn.thiduabot.registration.TargetResultService targetResults;

    Commendations(CommendationStore store, ProposalStore proposals, PersonFactsStore personFacts, Campaigns campaigns, StaffDirectory staff,
                  AssessmentQueries assessments, Clock clock, vn.thiduabot.registration.TargetResultService targetResults) {
        this.targetResults = targetResults;
        this.store = store;
        this.proposals = proposals;
        this.personFacts = personFacts;
        this.campaigns = campaigns;
        this.staff = staff;
        this.assessments = assessments;
        this.clock = clock;
    }

    public Campaign campaign() {
        return campaigns.current();
    }

    public Instant now() {
        return clock.instant();
    }

    /** The list as everyone sees it: proposals with names, facts, violations, award money, state. */
    public record ListView(Campaign campaign, List<Proposal> proposals, Map<Long, PersonFacts> people, Map<String, List<Long>> teamMembers,
                    Map<Long, RuleCheck.VoteResult> votes, List<Violation> violations, AwardMoney money, ListState state,
                    Set<Long> onOpenVote) {

        public List<Proposal> individuals() {
            return proposals.stream().filter(Proposal::individual).toList();
        }

        public List<Proposal> collectives() {
            return proposals.stream().filter(p -> !p.individual()).toList();
        }

        public List<Violation> violationsOf(long proposalId) {
            return violations.stream().filter(v -> v.proposalId() != null && v.proposalId() == proposalId).toList();
        }
    }

    @Transactional(readOnly = true)
    public ListView view() {
        return view(campaign());
    }

    @Transactional(readOnly = true)
    public ListView view(Campaign c) {
        String year = c.schoolYear();
        Map<Long, StaffView> everyone = new HashMap<>();
        staff.activeStaff().forEach(v -> everyone.put(v.staffId(), v));
        List<Proposal> raw = proposals.proposals(year);
        for (Proposal p : raw) {
            if (p.staffId() != null && !everyone.containsKey(p.staffId())) {
                staff.byId(p.staffId()).ifPresent(v -> everyone.put(v.staffId(), v));
            }
        }
        List<Proposal> named = raw.stream().map(p -> named(p, everyone)).toList();
        Map<String, List<Long>> teams = new HashMap<>();
        for (Proposal p : named) {
            if (!p.individual()) {
                teams.put(p.teamName(), staff.teamMembers(p.teamName()).stream().map(StaffView::staffId).toList());
            }
        }
        Map<Long, PersonRow> rows = personFacts.people(year);
        Set<Long> concerned = new HashSet<>();
        named.stream().filter(Proposal::individual).forEach(p -> concerned.add(p.staffId()));
        teams.values().forEach(concerned::addAll);
        Map<Long, PersonFacts> people = new HashMap<>();
        for (Long id : concerned) {
            StaffView v = everyone.get(id);
            people.put(id, facts(rows.getOrDefault(id, PersonRow.empty(id)), v == null ? "#" + id : v.fullName(),
                    v == null ? null : v.teamName()));
        }
        Map<Long, RuleCheck.VoteResult> votes = store.latestResults(year);
        Map<Long, List<String>> unmet = new HashMap<>();
        if (c.commendation().titleRules().requireTargetsMet()) {
            named.stream().filter(p -> p.individual() && p.staffId() != null)
                    .forEach(p -> unmet.put(p.staffId(), targetResults.requiredUnmet(p.staffId(), c)));
        }
        List<Violation> violations = RuleCheck.check(c, new RuleCheck.Input(named, people, teams, votes, personFacts.teamCompletion(year),
                unmet));
        CommendationStore.ListState state = store.list(year);
        return new ListView(c, named, people, teams, votes, violations, money(c, named, state), state,
                Set.copyOf(store.proposalsOnOpenVote(year)));
    }

    /**
     * The award money on the date of the decision: the day the principal approved the list, or today as a
     * preview while it is not approved (the base salary in force on that day applies).
     */
    private AwardMoney money(Campaign c, List<Proposal> proposals, CommendationStore.ListState state) {
        if (state.status() == CommendationStore.ListStatus.APPROVED) {
            Optional<Instant> approved = store.decisions(c.schoolYear()).stream()
                    .filter(d -> d.action().startsWith("APPROVED")).map(CommendationStore.DecisionRow::at).reduce((a, b) -> b);
            if (approved.isPresent()) {
                return AwardMoney.of(c, proposals, approved.get().atZone(c.zone()).toLocalDate(), true);
            }
        }
        return AwardMoney.of(c, proposals, clock.instant().atZone(c.zone()).toLocalDate(), false);
    }

    private static Proposal named(Proposal p, Map<Long, StaffView> everyone) {
        String name = p.individual()
                ? Optional.ofNullable(everyone.get(p.staffId())).map(StaffView::fullName).orElse("#" + p.staffId())
                : p.teamName();
        return new Proposal(p.id(), p.schoolYear(), p.kind(), p.staffId(), p.teamName(), name, p.titleCode(), p.formCode());
    }

    static PersonFacts facts(PersonRow r, String name, String team) {
        return new PersonFacts(r.staffId(), name, team, r.rating(), r.ratingSource(), r.discipline(), r.initiativeName(),
                r.initiativeDecision(), r.researchName(), r.researchDecision(), r.researchDate(), r.startDate());
    }

    @Transactional(readOnly = true)
    public PersonFacts person(String year, long staffId) {
        StaffView v = staff.byId(staffId).orElse(null);
        return facts(personFacts.person(year, staffId), v == null ? "#" + staffId : v.fullName(), v == null ? null : v.teamName());
    }

    @Transactional(readOnly = true)
    public ListState state(String year) {
        return store.list(year);
    }

    /**
     * Why a change was refused: a message key. Thrown before anything changed; the write methods declare
     * {@code noRollbackFor} it, so a dialog that catches it still commits its polite answer (otherwise
     * the update's transaction ends in UnexpectedRollbackException and "an error occurred").
     */
    public static final class Refused extends RuntimeException {
        final String key;

        public Refused(String key) {
            super(key, null, false, false);
            this.key = key;
        }

        /** The message key that tells the person why. */
        public String key() {
            return key;
        }
    }

    @Transactional(readOnly = true)
    public Optional<Proposal> proposal(long id) {
        return proposals.proposal(id);
    }

    @Transactional(readOnly = true)
    public Optional<Proposal> proposalOf(String year, long staffId) {
        return proposals.individualFor(year, staffId);
    }

    /** The approved score behind a suggested rating, for the person's card. */
    @Transactional(readOnly = true)
    public Optional<AssessmentSummary> approvedScore(String year, long staffId) {
        return assessments.forStaff(staffId, year).filter(AssessmentSummary::approved);
    }

    /** Active staff whose names match, accents optional. */
    @Transactional(readOnly = true)
    public List<StaffView> findStaff(String typed) {
        return Names.search(staff.activeStaff(), StaffView::fullName, typed);
    }

    @Transactional(readOnly = true)
    public List<String> teams() {
        return staff.teamNames();
    }

    @Transactional(readOnly = true)
    public Optional<StaffView> staffMember(long id) {
        return staff.byId(id);
    }
}
