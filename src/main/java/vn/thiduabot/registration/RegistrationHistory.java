package vn.thiduabot.registration;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.thiduabot.registration.RegistrationEvent.Action;

/**
 * The one writer of registration history: a row per change of an individual or collective
 * registration, from the event the change registered, in the same transaction.
 */
@Component
class RegistrationHistory {

    private final RegistrationEventRepository history;

    RegistrationHistory(RegistrationEventRepository history) {
        this.history = history;
    }

    @EventListener
    void on(RegistrationStarted e) {
        history.save(RegistrationEvent.individual(e.registrationId(), Action.CREATED, null, RegistrationStatus.DRAFT, e.staffId(), e.at(), null));
    }

    @EventListener
    void on(RegistrationSubmitted e) {
        history.save(RegistrationEvent.individual(e.registrationId(), Action.SUBMITTED, e.from(), RegistrationStatus.SUBMITTED,
                e.staffId(), e.at(), null));
    }

    @EventListener
    void on(RegistrationEdited e) {
        history.save(RegistrationEvent.individual(e.registrationId(), Action.EDITED, e.from(), RegistrationStatus.DRAFT, e.staffId(),
                e.at(), null));
    }

    @EventListener
    void on(RegistrationRestarted e) {
        history.save(RegistrationEvent.individual(e.registrationId(), Action.RESTARTED, e.from(), e.from(), e.staffId(), e.at(), null));
    }

    @EventListener
    void on(RegistrationReopened e) {
        history.save(RegistrationEvent.individual(e.registrationId(), Action.REOPENED, e.from(), RegistrationStatus.DRAFT, e.byStaffId(),
                e.at(), e.reason()));
    }

    @EventListener
    void on(CollectiveRegistrationStarted e) {
        history.save(RegistrationEvent.collective(e.collectiveRegistrationId(), Action.CREATED, null, RegistrationStatus.DRAFT,
                e.byStaffId(), e.at()));
    }

    @EventListener
    void on(CollectiveRegistrationSubmitted e) {
        history.save(RegistrationEvent.collective(e.collectiveRegistrationId(), Action.SUBMITTED, e.from(), RegistrationStatus.SUBMITTED,
                e.byStaffId(), e.at()));
    }

    @EventListener
    void on(CollectiveRegistrationEdited e) {
        history.save(RegistrationEvent.collective(e.collectiveRegistrationId(), Action.EDITED, e.from(), RegistrationStatus.DRAFT,
                e.byStaffId(), e.at()));
    }
}
