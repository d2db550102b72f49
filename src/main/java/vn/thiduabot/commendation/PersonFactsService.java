package vn.thiduabot.commendation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduabot.campaign.Discipline;
import vn.thiduabot.campaign.StaffRating;
import vn.thiduabot.commendation.Commendations.Refused;
import vn.thiduabot.commendation.PersonFactsStore.PersonRow;

/**
 * The facts the title rules read about one person in one school year, as the secretary records them:
 * the official staff rating, discipline, a recognised initiative, accepted research and the day the
 * person started work at the school. Refused (a message key) once the list went to the principal, and
 * for the person's own rating, discipline and start date.
 */
@Service
public class PersonFactsService {

    private final PersonFactsStore store;
    private final ListGuard guard;
    private final Commendations list;
    private final Clock clock;

    PersonFactsService(PersonFactsStore store, ListGuard guard, Commendations list, Clock clock) {
        this.store = store;
        this.guard = guard;
        this.list = list;
        this.clock = clock;
    }

    /** The official rating (the secretary's; it overrides a suggestion from the score); null while unknown. */
    @Transactional(noRollbackFor = Refused.class)
    public PersonFacts setRating(String year, long staffId, StaffRating rating, long by) {
        notOwn(staffId, by);
        return updatePerson(year, staffId, r -> r.withRating(rating, rating == null ? null : PersonFacts.RatingSource.SECRETARY), by);
    }

    @Transactional(noRollbackFor = Refused.class)
    public PersonFacts setDiscipline(String year, long staffId, Discipline discipline, long by) {
        notOwn(staffId, by);
        return updatePerson(year, staffId, r -> r.withDiscipline(discipline), by);
    }

    /** An initiative and its recognition decision (null while not recognised); all null clears it. */
    @Transactional(noRollbackFor = Refused.class)
    public PersonFacts setInitiative(String year, long staffId, String name, String decision, long by) {
        return updatePerson(year, staffId, r -> r.withInitiative(name, decision), by);
    }

    /** Research with its acceptance decision (number and date); all null clears it. */
    @Transactional(noRollbackFor = Refused.class)
    public PersonFacts setResearch(String year, long staffId, String name, String decision, LocalDate decided, long by) {
        return updatePerson(year, staffId, r -> r.withResearch(name, decision, decided), by);
    }

    /** The day the person started work at the school; null: before this school year. */
    @Transactional(noRollbackFor = Refused.class)
    public PersonFacts setStartDate(String year, long staffId, LocalDate start, long by) {
        notOwn(staffId, by);
        return updatePerson(year, staffId, r -> r.withStartDate(start), by);
    }

    /** Nobody records their own rating, discipline or start date (the start date decides whether they may have a title). */
    private static void notOwn(long staffId, long by) {
        if (staffId == by) {
            throw new Refused("decision.proposal.own");
        }
    }

    /** Changes one person's facts. The list must be editable: the principal decides on what they saw. */
    @Transactional(noRollbackFor = Refused.class)
    PersonFacts updatePerson(String year, long staffId, UnaryOperator<PersonRow> change, long by) {
        guard.editable(year);
        PersonRow before = store.person(year, staffId);
        store.savePerson(year, change.apply(before), by, clock.instant());
        return list.person(year, staffId);
    }
}
