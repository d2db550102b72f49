package vn.thiduabot.commendation;

import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.Texts;

/**
 * The one place the list's decisions are recorded (commendation_decision): submitted, approved (with the
 * violations an override passed over), returned with its reason. Same transaction as the change; it runs
 * after the notifications, which show the list as it was decided.
 */
@Component
class ListHistory {

    private final CommendationStore store;
    private final Commendations service;
    private final CommendationTexts t;

    ListHistory(CommendationStore store, Commendations service, CommendationTexts t) {
        this.store = store;
        this.service = service;
        this.t = t;
    }

    @EventListener
    void on(ListSubmitted e) {
        store.recordDecision(e.schoolYear(), e.round(), "SUBMITTED", e.submittedBy(), e.at(), violationText(), null,
                e.totalAward());
    }

    @EventListener
    void on(ListApproved e) {
        store.recordDecision(e.schoolYear(), e.round(), e.overridden() ? "APPROVED_OVERRIDE" : "APPROVED", e.decidedBy(), e.at(),
                e.violations() == 0 ? null : violationText(), null, e.totalAward());
    }

    @EventListener
    void on(ListReturned e) {
        store.recordDecision(e.schoolYear(), e.round(), "RETURNED", e.decidedBy(), e.at(),
                e.violations() == 0 ? null : violationText(), e.reason(), e.totalAward());
    }

    /** The violations in Vietnamese, one per line, as recorded with a decision. */
    private String violationText() {
        Commendations.ListView v = service.view(service.campaign());
        return v.violations().stream().map(x -> t.violation(Texts.VIETNAMESE, x)).collect(Collectors.joining("\n"));
    }
}
