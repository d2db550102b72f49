package vn.thiduabot.nomination;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The one writer of a nomination's history: a row per change of status, from its event, in the same transaction. */
@Component
class NominationHistory {

    private final NominationEventRepository events;

    NominationHistory(NominationEventRepository events) {
        this.events = events;
    }

    @EventListener
    void on(NominationSubmitted e) {
        events.save(new NominationEvent(e.nominationId(), NominationStatus.DRAFT, NominationStatus.SUBMITTED, e.nominatorStaffId(),
                e.at(), null));
    }

    @EventListener
    void on(NominationPassed e) {
        events.save(new NominationEvent(e.nominationId(), e.from(), e.to(), e.actorStaffId(), e.at(), e.reason()));
    }

    @EventListener
    void on(NominationRejected e) {
        events.save(new NominationEvent(e.nominationId(), e.from(), e.to(), e.actorStaffId(), e.at(), e.reason()));
    }
}
