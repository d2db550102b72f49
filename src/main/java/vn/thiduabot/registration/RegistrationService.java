package vn.thiduabot.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduabot.registration.RegistrationEvent.Action;

/**
 * Changes to registrations, each saved at once (a draft is kept after every answer) and every
 * change of status written to the history. Runs inside the update's transaction.
 */
@Service
class RegistrationService {

    private final RegistrationRepository registrations;
    private final CollectiveRegistrationRepository collectives;
    private final RegistrationEventRepository history;
    private final Clock clock;

    RegistrationService(RegistrationRepository registrations, CollectiveRegistrationRepository collectives,
                        RegistrationEventRepository history, Clock clock) {
        this.registrations = registrations;
        this.collectives = collectives;
        this.history = history;
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
            record(r, Action.CREATED, null, staffId, null);
            return r;
        });
    }

    /** Writes the answers given so far; the version moves, so buttons of older summaries go stale. */
    @Transactional
    public Registration save(Registration r) {
        return registrations.saveAndFlush(r);
    }

    @Transactional
    public Registration submit(Registration r, long byStaffId) {
        RegistrationStatus from = r.status();
        r.submit(now());
        Registration saved = registrations.saveAndFlush(r);
        record(saved, Action.SUBMITTED, from, byStaffId, null);
        return saved;
    }

    /** The owner edits a registration they had sent: it is a draft again until they send it again. */
    @Transactional
    public Registration edit(Registration r, long byStaffId) {
        RegistrationStatus from = r.status();
        r.backToDraft(now());
        Registration saved = registrations.saveAndFlush(r);
        record(saved, Action.EDITED, from, byStaffId, null);
        return saved;
    }

    @Transactional
    public Registration restart(Registration r, long byStaffId) {
        RegistrationStatus from = r.status();
        r.clearAnswers(now());
        Registration saved = registrations.saveAndFlush(r);
        record(saved, Action.RESTARTED, from, byStaffId, null);
        return saved;
    }

    /** The secretary reopens one person's registration (creating an empty one if they had none). */
    @Transactional
    public Registration reopen(long staffId, String schoolYear, long byStaffId, String reason) {
        Optional<Registration> existing = registrations.findByStaffIdAndSchoolYear(staffId, schoolYear);
        RegistrationStatus from = existing.map(Registration::status).orElse(null);
        Registration r = existing.orElseGet(() -> registrations.saveAndFlush(new Registration(staffId, schoolYear, now())));
        r.reopen(byStaffId, reason, now());
        Registration saved = registrations.saveAndFlush(r);
        record(saved, Action.REOPENED, from, byStaffId, reason);
        return saved;
    }

    private void record(Registration r, Action action, RegistrationStatus from, long byStaffId, String reason) {
        history.save(RegistrationEvent.individual(r.id(), action, from, r.status(), byStaffId, now(), reason));
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
            history.save(RegistrationEvent.collective(c.id(), Action.CREATED, null, c.status(), byStaffId, now()));
            return c;
        });
    }

    @Transactional
    public CollectiveRegistration save(CollectiveRegistration c) {
        return collectives.saveAndFlush(c);
    }

    @Transactional
    public CollectiveRegistration submit(CollectiveRegistration c, long byStaffId) {
        RegistrationStatus from = c.status();
        c.submit(byStaffId, now());
        CollectiveRegistration saved = collectives.saveAndFlush(c);
        history.save(RegistrationEvent.collective(saved.id(), Action.SUBMITTED, from, saved.status(), byStaffId, now()));
        return saved;
    }

    @Transactional
    public CollectiveRegistration edit(CollectiveRegistration c, long byStaffId) {
        RegistrationStatus from = c.status();
        c.backToDraft(now());
        CollectiveRegistration saved = collectives.saveAndFlush(c);
        history.save(RegistrationEvent.collective(saved.id(), Action.EDITED, from, saved.status(), byStaffId, now()));
        return saved;
    }
}
