package vn.thiduabot.registration;

import java.time.Clock;
import java.time.Instant;
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
class RegistrationService {

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

    Instant now() {
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

    /** Writes the answers given so far; the version moves, so buttons of older summaries go stale. */
    @Transactional
    public Registration save(Registration r) {
        return registrations.saveAndFlush(r);
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
    public CollectiveRegistration save(CollectiveRegistration c) {
        return collectives.saveAndFlush(c);
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
