package vn.thiduabot.scoring;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history of self-assessments: the one place a history row is written, from the event the
 * transition registered, in the same transaction; and the reading of it. It listens first, so the
 * notifications of the same step can name the row (their idempotency key).
 */
@Component
public class AssessmentHistory {

    private final AssessmentEventRepository events;

    AssessmentHistory(AssessmentEventRepository events) {
        this.events = events;
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void record(AssessmentChanged e) {
        events.save(new AssessmentEvent(e.assessmentId(), e.transition(), e.actorStaffId(), e.at(), e.reason(), e.total()));
    }

    /** Every step, oldest first. */
    @Transactional(readOnly = true)
    public List<AssessmentEvent> of(long assessmentId) {
        return events.findByAssessmentIdOrderByIdAsc(assessmentId);
    }

    /** The latest step, if any. */
    @Transactional(readOnly = true)
    public Optional<AssessmentEvent> latest(long assessmentId) {
        return events.findFirstByAssessmentIdOrderByIdDesc(assessmentId);
    }

    /** The latest step of one of these kinds (e.g. the last return, to show its comment). */
    @Transactional(readOnly = true)
    public Optional<AssessmentEvent> last(long assessmentId, Set<EventAction> actions) {
        List<AssessmentEvent> all = events.findByAssessmentIdOrderByIdAsc(assessmentId);
        for (int i = all.size() - 1; i >= 0; i--) {
            if (actions.contains(all.get(i).getAction())) {
                return Optional.of(all.get(i));
            }
        }
        return Optional.empty();
    }
}
