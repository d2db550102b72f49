package vn.thiduabot.commendation;

import vn.thiduabot.chat.Texts;

import vn.thiduabot.people.Names;

import vn.thiduabot.campaign.Discipline;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.campaign.StaffRating;
import vn.thiduabot.chat.FreeText;
import vn.thiduabot.commendation.CommendationStore.ListState;
import vn.thiduabot.commendation.CommendationStore.PersonRow;
import vn.thiduabot.registration.CollectiveRegistrationSummary;
import vn.thiduabot.registration.RegistrationQueries;
import vn.thiduabot.registration.RegistrationStatus;
import vn.thiduabot.registration.RegistrationSummary;
import vn.thiduabot.scoring.AssessmentQueries;
import vn.thiduabot.scoring.AssessmentSummary;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffView;

/**
 * The year's list of proposals and the facts behind it: building it (by hand or from the
 * registrations and the approved scores), and reading it with its rule violations and award money.
 */
@Service
class Commendations {

    static final int MAX_TEXT_FIELD = FreeText.TITLE.max();

    private final CommendationStore store;
    private final Campaigns campaigns;
    private final StaffDirectory staff;
    private final RegistrationQueries registrations;
    private final AssessmentQueries assessments;
    private final Clock clock;

    Commendations(CommendationStore store, Campaigns campaigns, StaffDirectory staff, RegistrationQueries registrations,
                  AssessmentQueries assessments, Clock clock) {
        this.store = store;
        this.campaigns = campaigns;
        this.staff = staff;
        this.registrations = registrations;
        this.assessments = assessments;
        this.clock = clock;
    }

    Campaign campaign() {
        return campaigns.current();
    }

    Instant now() {
        return clock.instant();
    }

    /** The list as everyone sees it: proposals with names, facts, violations, award money, state. */
    record ListView(Campaign campaign, List<Proposal> proposals, Map<Long, PersonFacts> people, Map<String, List<Long>> teamMembers,
                    Map<Long, RuleCheck.VoteResult> votes, List<Violation> violations, AwardMoney money, ListState state,
                    Set<Long> onOpenVote) {

        List<Proposal> individuals() {
            return proposals.stream().filter(Proposal::individual).toList();
        }

        List<Proposal> collectives() {
            return proposals.stream().filter(p -> !p.individual()).toList();
        }

        List<Violation> violationsOf(long proposalId) {
            return violations.stream().filter(v -> v.proposalId() != null && v.proposalId() == proposalId).toList();
        }
    }

    @Transactional(readOnly = true)
    ListView view() {
        return view(campaign());
    }

    @Transactional(readOnly = true)
    ListView view(Campaign c) {
        String year = c.schoolYear();
        Map<Long, StaffView> everyone = new HashMap<>();
        staff.activeStaff().forEach(v -> everyone.put(v.staffId(), v));
        List<Proposal> raw = store.proposals(year);
        for (Proposal p : raw) {
            if (p.staffId() != null && !everyone.containsKey(p.staffId())) {
                staff.byId(p.staffId()).ifPresent(v -> everyone.put(v.staffId(), v));
            }
        }
        List<Proposal> proposals = raw.stream().map(p -> named(p, everyone)).toList();
        Map<String, List<Long>> teams = new HashMap<>();
        for (Proposal p : proposals) {
            if (!p.individual()) {
                teams.put(p.teamName(), staff.teamMembers(p.teamName()).stream().map(StaffView::staffId).toList());
            }
        }
        Map<Long, PersonRow> rows = store.people(year);
        Set<Long> concerned = new HashSet<>();
        proposals.stream().filter(Proposal::individual).forEach(p -> concerned.add(p.staffId()));
        teams.values().forEach(concerned::addAll);
        Map<Long, PersonFacts> people = new HashMap<>();
        for (Long id : concerned) {
            StaffView v = everyone.get(id);
            people.put(id, facts(rows.getOrDefault(id, PersonRow.empty(id)), v == null ? "#" + id : v.fullName(),
                    v == null ? null : v.teamName()));
        }
        Map<Long, RuleCheck.VoteResult> votes = store.latestResults(year);
        List<Violation> violations = RuleCheck.check(c, new RuleCheck.Input(proposals, people, teams, votes, store.teamCompletion(year)));
        CommendationStore.ListState state = store.list(year);
        return new ListView(c, proposals, people, teams, votes, violations, money(c, proposals, state), state,
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
    PersonFacts person(String year, long staffId) {
        StaffView v = staff.byId(staffId).orElse(null);
        return facts(store.person(year, staffId), v == null ? "#" + staffId : v.fullName(), v == null ? null : v.teamName());
    }

    @Transactional(readOnly = true)
    ListState state(String year) {
        return store.list(year);
    }

    // --- changes -----------------------------------------------------------------------------------

    /**
     * Why a change was refused: a message key. Thrown before anything changed; the write methods declare
     * {@code noRollbackFor} it, so a dialog that catches it still commits its polite answer (otherwise
     * the update's transaction ends in UnexpectedRollbackException and "an error occurred").
     */
    static final class Refused extends RuntimeException {
        final String key;

        Refused(String key) {
            super(key, null, false, false);
            this.key = key;
        }
    }

    private void editable(String year) {
        if (!store.list(year).editable()) {
            throw new Refused(store.list(year).status() == CommendationStore.ListStatus.APPROVED
                    ? "commendation.list.locked-approved" : "commendation.list.locked-submitted");
        }
    }

    private void notOnVote(String year, long proposalId) {
        if (store.proposalsOnOpenVote(year).contains(proposalId)) {
            throw new Refused("commendation.list.locked-vote");
        }
    }

    /** Proposes a person (or changes the title of their proposal); returns the proposal id. */
    @Transactional(noRollbackFor = Refused.class)
    long proposePerson(Campaign c, long staffId, String title, long by) {
        editable(c.schoolYear());
        if (c.individualTitle(title).isEmpty()) {
            throw new Refused("commendation.list.unknown-title");
        }
        Optional<Proposal> existing = store.individualFor(c.schoolYear(), staffId);
        if (existing.isPresent()) {
            notOnVote(c.schoolYear(), existing.get().id());
            store.updateProposal(existing.get().id(), title, existing.get().formCode(), now());
            return existing.get().id();
        }
        return store.insertProposal(c.schoolYear(), Proposal.Kind.INDIVIDUAL, staffId, null, title, null, "SECRETARY", by, now());
    }

    @Transactional(noRollbackFor = Refused.class)
    long proposeTeam(Campaign c, String team, String title, long by) {
        editable(c.schoolYear());
        if (c.collectiveTitle(title).isEmpty()) {
            throw new Refused("commendation.list.unknown-title");
        }
        Optional<Proposal> existing = store.collectiveFor(c.schoolYear(), team);
        if (existing.isPresent()) {
            notOnVote(c.schoolYear(), existing.get().id());
            store.updateProposal(existing.get().id(), title, existing.get().formCode(), now());
            return existing.get().id();
        }
        return store.insertProposal(c.schoolYear(), Proposal.Kind.COLLECTIVE, null, team, title, null, "SECRETARY", by, now());
    }

    @Transactional(noRollbackFor = Refused.class)
    void setForm(Campaign c, long proposalId, String form) {
        Proposal p = store.proposal(proposalId).orElseThrow(() -> new Refused("commendation.list.gone"));
        editable(p.schoolYear());
        if (form != null && c.form(form).isEmpty()) {
            throw new Refused("commendation.list.unknown-form");
        }
        store.updateProposal(p.id(), p.titleCode(), form, now());
    }

    @Transactional(noRollbackFor = Refused.class)
    Proposal delete(long proposalId) {
        Proposal p = store.proposal(proposalId).orElseThrow(() -> new Refused("commendation.list.gone"));
        editable(p.schoolYear());
        notOnVote(p.schoolYear(), p.id());
        store.deleteProposal(p.id());
        return p;
    }

    @Transactional(readOnly = true)
    Optional<Proposal> proposal(long id) {
        return store.proposal(id);
    }

    @Transactional(readOnly = true)
    Optional<Proposal> proposalOf(String year, long staffId) {
        return store.individualFor(year, staffId);
    }

    /** Changes one person's facts. The list must be editable: the principal decides on what they saw. */
    @Transactional(noRollbackFor = Refused.class)
    PersonFacts updatePerson(String year, long staffId, Function<PersonRow, PersonRow> change, long by) {
        editable(year);
        PersonRow before = store.person(year, staffId);
        store.savePerson(year, change.apply(before), by, now());
        return person(year, staffId);
    }

    static PersonRow withRating(PersonRow r, StaffRating rating, PersonFacts.RatingSource source) {
        return new PersonRow(r.staffId(), rating, source, r.discipline(), r.initiativeName(), r.initiativeDecision(), r.researchName(),
                r.researchDecision(), r.researchDate(), r.startDate());
    }

    static PersonRow withDiscipline(PersonRow r, Discipline d) {
        return new PersonRow(r.staffId(), r.rating(), r.ratingSource(), d, r.initiativeName(), r.initiativeDecision(), r.researchName(),
                r.researchDecision(), r.researchDate(), r.startDate());
    }

    static PersonRow withInitiative(PersonRow r, String name, String decision) {
        return new PersonRow(r.staffId(), r.rating(), r.ratingSource(), r.discipline(), name, decision, r.researchName(),
                r.researchDecision(), r.researchDate(), r.startDate());
    }

    static PersonRow withResearch(PersonRow r, String research) {
        return withResearch(r, research, null, null);
    }

    /** Research with its acceptance decision (number and date); all null clears it. */
    static PersonRow withResearch(PersonRow r, String research, String decision, java.time.LocalDate decided) {
        return new PersonRow(r.staffId(), r.rating(), r.ratingSource(), r.discipline(), r.initiativeName(), r.initiativeDecision(), research,
                decision, decided, r.startDate());
    }

    /** The day the person started work at the school; null: before this school year. */
    static PersonRow withStartDate(PersonRow r, java.time.LocalDate start) {
        return new PersonRow(r.staffId(), r.rating(), r.ratingSource(), r.discipline(), r.initiativeName(), r.initiativeDecision(),
                r.researchName(), r.researchDecision(), r.researchDate(), start);
    }

    /** What a pre-fill did. */
    record Prefill(int people, int teams, int initiatives, int ratings) { }

    /**
     * Adds a proposal for every sent registration that names a title and has none yet, carries planned
     * initiatives over (their recognition decision is still to be recorded), and suggests the staff
     * rating from each approved final score through the campaign's band mapping, never over a rating
     * the secretary set by hand.
     */
    @Transactional(noRollbackFor = Refused.class)
    Prefill prefill(Campaign c, long by) {
        String year = c.schoolYear();
        editable(year);
        Instant now = now();
        int people = 0;
        int teams = 0;
        int initiatives = 0;
        for (RegistrationSummary r : registrations.forYear(year)) {
            if (r.status() != RegistrationStatus.SUBMITTED || r.titleCode() == null || c.individualTitle(r.titleCode()).isEmpty()) {
                continue;
            }
            if (store.individualFor(year, r.staffId()).isEmpty()) {
                store.insertProposal(year, Proposal.Kind.INDIVIDUAL, r.staffId(), null, r.titleCode(),
                        r.formCode() != null && c.form(r.formCode()).isPresent() ? r.formCode() : null, "REGISTRATION", by, now);
                people++;
            }
            PersonRow row = store.person(year, r.staffId());
            if (Boolean.TRUE.equals(r.hasInitiative()) && r.initiativeTitle() != null && !r.initiativeTitle().isBlank()
                    && (row.initiativeName() == null || row.initiativeName().isBlank())) {
                store.savePerson(year, withInitiative(row, Texts.shorten(r.initiativeTitle(), MAX_TEXT_FIELD), row.initiativeDecision()), by, now);
                initiatives++;
            }
        }
        for (CollectiveRegistrationSummary t : registrations.collectiveForYear(year)) {
            if (t.status() != RegistrationStatus.SUBMITTED || t.titleCode() == null || c.collectiveTitle(t.titleCode()).isEmpty()) {
                continue;
            }
            if (store.collectiveFor(year, t.teamName()).isEmpty()) {
                store.insertProposal(year, Proposal.Kind.COLLECTIVE, null, t.teamName(), t.titleCode(),
                        t.formCode() != null && c.form(t.formCode()).isPresent() ? t.formCode() : null, "REGISTRATION", by, now);
                teams++;
            }
        }
        return new Prefill(people, teams, initiatives, suggestRatings(c, by));
    }

    /** Ratings suggested from approved final scores; a rating the secretary set stays. Returns how many changed. */
    @Transactional(noRollbackFor = Refused.class)
    int suggestRatings(Campaign c, long by) {
        String year = c.schoolYear();
        Map<String, StaffRating> mapping = c.commendation().ratingFromBand();
        int changed = 0;
        Map<Long, PersonRow> rows = store.people(year);
        for (AssessmentSummary a : assessments.forYear(year)) {
            if (!a.approved() || a.ratingCode() == null || !mapping.containsKey(a.ratingCode())) {
                continue;
            }
            PersonRow row = rows.getOrDefault(a.staffId(), PersonRow.empty(a.staffId()));
            StaffRating suggested = mapping.get(a.ratingCode());
            if (row.ratingSource() == PersonFacts.RatingSource.SECRETARY || suggested == row.rating()) {
                continue;
            }
            store.savePerson(year, withRating(row, suggested, PersonFacts.RatingSource.SCORE), by, now());
            changed++;
        }
        return changed;
    }

    /** The approved score behind a suggested rating, for the person's card. */
    @Transactional(readOnly = true)
    Optional<AssessmentSummary> approvedScore(String year, long staffId) {
        return assessments.forStaff(staffId, year).filter(AssessmentSummary::approved);
    }


    /** Active staff whose names match, accents optional. */
    @Transactional(readOnly = true)
    List<StaffView> findStaff(String typed) {
        return Names.search(staff.activeStaff(), StaffView::fullName, typed);
    }

    @Transactional(readOnly = true)
    List<String> teams() {
        return staff.teamNames();
    }

    @Transactional(readOnly = true)
    Optional<StaffView> staffMember(long id) {
        return staff.byId(id);
    }
}
