package vn.thiduabot.commendation;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.StaffRating;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.commendation.Commendations.Refused;
import vn.thiduabot.commendation.PersonFactsStore.PersonRow;
import vn.thiduabot.registration.CollectiveRegistrationSummary;
import vn.thiduabot.registration.RegistrationQueries;
import vn.thiduabot.registration.RegistrationStatus;
import vn.thiduabot.registration.RegistrationSummary;
import vn.thiduabot.scoring.AssessmentQueries;
import vn.thiduabot.scoring.AssessmentSummary;

/**
 * Fills the year's list from what people already sent: a proposal for every sent registration that
 * names a title and has none yet, planned initiatives carried over (their recognition decision is still
 * to be recorded), and the staff rating suggested from each approved final score through the campaign's
 * band mapping, never over a rating the secretary set by hand.
 */
@Service
public class PrefillService {

    private static final Logger log = LoggerFactory.getLogger(PrefillService.class);
    private static final String SOURCE = "REGISTRATION";

    private final ProposalStore proposals;
    private final PersonFactsStore people;
    private final ListGuard guard;
    private final RegistrationQueries registrations;
    private final AssessmentQueries assessments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PrefillService(ProposalStore proposals, PersonFactsStore people, ListGuard guard, RegistrationQueries registrations,
                   AssessmentQueries assessments, ApplicationEventPublisher events, Clock clock) {
        this.proposals = proposals;
        this.people = people;
        this.guard = guard;
        this.registrations = registrations;
        this.assessments = assessments;
        this.events = events;
        this.clock = clock;
    }

    /** What a pre-fill did. */
    public record Prefill(int people, int teams, int initiatives, int ratings) { }

    @Transactional(noRollbackFor = Refused.class)
    public Prefill prefill(Campaign c, long by) {
        String year = c.schoolYear();
        guard.editable(year);
        Instant now = clock.instant();
        int added = 0;
        int teams = 0;
        int initiatives = 0;
        for (RegistrationSummary r : registrations.forYear(year)) {
            if (r.status() != RegistrationStatus.SUBMITTED || r.titleCode() == null || c.individualTitle(r.titleCode()).isEmpty()) {
                continue;
            }
            if (proposals.individualFor(year, r.staffId()).isEmpty()) {
                add(c, Proposal.Kind.INDIVIDUAL, r.staffId(), null, r.titleCode(), r.formCode(), by, now);
                added++;
            }
            PersonRow row = people.person(year, r.staffId());
            if (Boolean.TRUE.equals(r.hasInitiative()) && r.initiativeTitle() != null && !r.initiativeTitle().isBlank()
                    && (row.initiativeName() == null || row.initiativeName().isBlank())) {
                people.savePerson(year, row.withInitiative(Texts.shorten(r.initiativeTitle(), Commendations.MAX_TEXT_FIELD),
                        row.initiativeDecision()), by, now);
                initiatives++;
            }
        }
        for (CollectiveRegistrationSummary t : registrations.collectiveForYear(year)) {
            if (t.status() != RegistrationStatus.SUBMITTED || t.titleCode() == null || c.collectiveTitle(t.titleCode()).isEmpty()) {
                continue;
            }
            if (proposals.collectiveFor(year, t.teamName()).isEmpty()) {
                add(c, Proposal.Kind.COLLECTIVE, null, t.teamName(), t.titleCode(), t.formCode(), by, now);
                teams++;
            }
        }
        Prefill done = new Prefill(added, teams, initiatives, suggestRatings(c, by));
        log.info("Staff #{} filled the proposals from registrations and scores: {}", by, done);
        return done;
    }

    private void add(Campaign c, Proposal.Kind kind, Long staffId, String team, String title, String registeredForm, long by, Instant now) {
        String form = registeredForm != null && c.form(registeredForm).isPresent() ? registeredForm : null;
        long id = proposals.insertProposal(c.schoolYear(), kind, staffId, team, title, form, SOURCE, by, now);
        events.publishEvent(new ProposalAdded(id, c.schoolYear(), kind, staffId, team, title, form, SOURCE, by));
    }

    /** Ratings suggested from approved final scores; a rating the secretary set stays. Returns how many changed. */
    @Transactional(noRollbackFor = Refused.class)
    public int suggestRatings(Campaign c, long by) {
        String year = c.schoolYear();
        Map<String, StaffRating> mapping = c.commendation().ratingFromBand();
        int changed = 0;
        Map<Long, PersonRow> rows = people.people(year);
        for (AssessmentSummary a : assessments.forYear(year)) {
            if (!a.approved() || a.ratingCode() == null || !mapping.containsKey(a.ratingCode())) {
                continue;
            }
            PersonRow row = rows.getOrDefault(a.staffId(), PersonRow.empty(a.staffId()));
            StaffRating suggested = mapping.get(a.ratingCode());
            if (row.ratingSource() == PersonFacts.RatingSource.SECRETARY || suggested == row.rating()) {
                continue;
            }
            people.savePerson(year, row.withRating(suggested, PersonFacts.RatingSource.SCORE), by, clock.instant());
            changed++;
        }
        return changed;
    }
}
