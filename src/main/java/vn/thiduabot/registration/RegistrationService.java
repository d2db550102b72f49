package vn.thiduabot.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to registrations, each saved at once (a draft is kept after every answer). A change of
 * status is the entity's own method, which registers its event ({@link RegistrationSubmitted}, ...);
 * saving publishes it, in the caller's transaction, and {@link RegistrationHistory} writes the history.
 */
@Service
public class RegistrationService {

    private final RegistrationRepository registrations;
    private final CollectiveRegistrationRepository collectives;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegistrationService(RegistrationRepository registrations, CollectiveRegistrationRepository collectives,
                        ApplicationEventPublisher events, Clock clock) {
        this.registrations = registrations;
        this.collectives = collectives;
        this.events = events;
        this.clock = clock;
    }

    private Instant now() {
        return clock.instant();
    }

    // --- individual -----------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Optional<Registration> find(long staffId, String schoolYear) {
        return registrations.findByStaffIdAndSchoolYear(staffId, schoolYear);
    }

    @Transactional(readOnly = true)
    public Optional<Registration> byId(long id) {
        return registrations.findById(id);
    }

    /** The person's draft, created (and its creation recorded) at their first answer. */
    @Transactional
    public Registration draftFor(long staffId, String schoolYear) {
        return registrations.findByStaffIdAndSchoolYear(staffId, schoolYear).orElseGet(() -> {
            Registration r = registrations.saveAndFlush(new Registration(staffId, schoolYear, now()));
            events.publishEvent(new RegistrationStarted(r.id(), staffId, schoolYear, now()));
            return r;
        });
    }

    // Each answer is saved at once; the version moves, so buttons of older summaries go stale.

    @Transactional
    public Registration chooseTitle(Registration r, String titleCode) {
        r.chooseTitle(titleCode, now());
        return registrations.saveAndFlush(r);
    }

    /** @param formCode null for "no form of commendation" */
    @Transactional
    public Registration chooseForm(Registration r, String formCode) {
        r.chooseForm(formCode, now());
        return registrations.saveAndFlush(r);
    }

    @Transactional
    public Registration planInitiative(Registration r, boolean planned) {
        r.planInitiative(planned, now());
        return registrations.saveAndFlush(r);
    }

    @Transactional
    public Registration nameInitiative(Registration r, String title) {
        r.nameInitiative(title, now());
        return registrations.saveAndFlush(r);
    }

    @Transactional
    public Registration describeInitiative(Registration r, String subject) {
        r.initiativeSubject(subject, now());
        return registrations.saveAndFlush(r);
    }

    /** @param value null when an optional target is skipped */
    @Transactional
    public Registration answer(Registration r, String targetCode, String value) {
        r.answer(targetCode, value, now());
        return registrations.saveAndFlush(r);
    }

    /**
     * Saves the answer to one question of the form (a {@link RegistrationForm} field), already checked by
     * {@link RegistrationForm#check}: the value it gave to store.
     */
    @Transactional
    public Registration apply(Registration r, String field, String value) {
        return switch (field) {
            case RegistrationForm.TITLE -> chooseTitle(r, value);
            case RegistrationForm.FORM -> chooseForm(r, value);
            case RegistrationForm.INITIATIVE -> planInitiative(r, TargetInput.YES.equals(value));
            case RegistrationForm.INITIATIVE_TITLE -> nameInitiative(r, value);
            case RegistrationForm.INITIATIVE_SUBJECT -> describeInitiative(r, value);
            default -> answer(r, RegistrationForm.targetCode(field).orElseThrow(() -> new IllegalArgumentException(field)), value);
        };
    }

    /** Every registration of the school year, with its answers. */
    @Transactional(readOnly = true)
    public List<Registration> inYear(String schoolYear) {
        return registrations.findBySchoolYear(schoolYear);
    }

    @Transactional
    public Registration submit(Registration r) {
        r.submit(now());
        return registrations.saveAndFlush(r);
    }

    /** The owner edits a registration they had sent: it is a draft again until they send it again. */
    @Transactional
    public Registration edit(Registration r) {
        r.edit(now());
        return registrations.saveAndFlush(r);
    }

    @Transactional
    public Registration restart(Registration r) {
        r.restart(now());
        return registrations.saveAndFlush(r);
    }

    /** The secretary reopens one person's registration (creating an empty one if they had none). */
    @Transactional
    public Registration reopen(long staffId, String schoolYear, long byStaffId, String reason) {
        Optional<Registration> existing = registrations.findByStaffIdAndSchoolYear(staffId, schoolYear);
        Registration r = existing.orElseGet(() -> registrations.saveAndFlush(new Registration(staffId, schoolYear, now())));
        r.reopen(byStaffId, reason, existing.isEmpty(), now());
        return registrations.saveAndFlush(r);
    }

    // --- collective -----------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Optional<CollectiveRegistration> findCollective(String teamName, String schoolYear) {
        return collectives.findByTeamNameIgnoreCaseAndSchoolYear(teamName, schoolYear);
    }

    @Transactional(readOnly = true)
    public Optional<CollectiveRegistration> collectiveById(long id) {
        return collectives.findById(id);
    }

    @Transactional
    public CollectiveRegistration collectiveDraftFor(String teamName, String schoolYear, long byStaffId) {
        return collectives.findByTeamNameIgnoreCaseAndSchoolYear(teamName, schoolYear).orElseGet(() -> {
            CollectiveRegistration c = collectives.saveAndFlush(new CollectiveRegistration(teamName, schoolYear, byStaffId, now()));
            events.publishEvent(new CollectiveRegistrationStarted(c.id(), teamName, schoolYear, byStaffId, now()));
            return c;
        });
    }

    @Transactional
    public CollectiveRegistration chooseTitle(CollectiveRegistration c, String titleCode, long byStaffId) {
        c.chooseTitle(titleCode, byStaffId, now());
        return collectives.saveAndFlush(c);
    }

    /** @param formCode null for "no form of commendation" */
    @Transactional
    public CollectiveRegistration chooseForm(CollectiveRegistration c, String formCode, long byStaffId) {
        c.chooseForm(formCode, byStaffId, now());
        return collectives.saveAndFlush(c);
    }

    /** @param value null when an optional team target is skipped */
    @Transactional
    public CollectiveRegistration answerTeamTarget(CollectiveRegistration c, String targetCode, String value, long byStaffId) {
        c.answer(targetCode, value, byStaffId, now());
        return collectives.saveAndFlush(c);
    }

    @Transactional
    public CollectiveRegistration writePlan(CollectiveRegistration c, String plan, long byStaffId) {
        c.writePlan(plan, byStaffId, now());
        return collectives.saveAndFlush(c);
    }

    /**
     * Saves the answer to one typed question of the team's form (a team target or the plan), already checked by
     * {@link TeamRegistrationForm#check}: the value it gave to store.
     */
    @Transactional
    public CollectiveRegistration applyTeam(CollectiveRegistration c, String field, String value, long byStaffId) {
        if (TeamRegistrationForm.PLAN.equals(field)) {
            return writePlan(c, value, byStaffId);
        }
        if (!field.startsWith(TeamRegistrationForm.TEAM_TARGET)) {
            throw new IllegalArgumentException(field);
        }
        return answerTeamTarget(c, field.substring(TeamRegistrationForm.TEAM_TARGET.length()), value, byStaffId);
    }

    /** The teams' registrations of the school year, by team name. */
    @Transactional(readOnly = true)
    public List<CollectiveRegistration> collectivesInYear(String schoolYear) {
        return collectives.findBySchoolYearOrderByTeamNameAsc(schoolYear);
    }

    @Transactional
    public CollectiveRegistration submit(CollectiveRegistration c, long byStaffId) {
        c.submit(byStaffId, now());
        return collectives.saveAndFlush(c);
    }

    @Transactional
    public CollectiveRegistration edit(CollectiveRegistration c, long byStaffId) {
        c.edit(byStaffId, now());
        return collectives.saveAndFlush(c);
    }
}
