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
        return transition(r, Action.SUBMITTED, byStaffId, null, () -> r.submit(now()));
    }

    /** The owner edits a registration they had sent: it is a draft again until they send it again. */
    @Transactional
    public Registration edit(Registration r, long byStaffId) {
        return transition(r, Action.EDITED, byStaffId, null, () -> r.backToDraft(now()));
    }

    @Transactional
    public Registration restart(Registration r, long byStaffId) {
        return transition(r, Action.RESTARTED, byStaffId, null, () -> r.clearAnswers(now()));
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

    /** Every change of state goes the same way: change, save, and record who moved it from where to where. */
    private Registration transition(Registration r, Action action, long byStaffId, String reason, Runnable change) {
        RegistrationStatus from = r.status();
        change.run();
        Registration saved = registrations.saveAndFlush(r);
        record(saved, action, from, byStaffId, reason);
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
        return transition(c, Action.SUBMITTED, byStaffId, () -> c.submit(byStaffId, now()));
    }

    @Transactional
    public CollectiveRegistration edit(CollectiveRegistration c, long byStaffId) {
        return transition(c, Action.EDITED, byStaffId, () -> c.backToDraft(now()));
    }

    private CollectiveRegistration transition(CollectiveRegistration c, Action action, long byStaffId, Runnable change) {
        RegistrationStatus from = c.status();
        change.run();
        CollectiveRegistration saved = collectives.saveAndFlush(c);
        history.save(RegistrationEvent.collective(saved.id(), action, from, saved.status(), byStaffId, now()));
        return saved;
    }
}
