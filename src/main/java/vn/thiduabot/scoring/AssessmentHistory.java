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
    private final People people;

    AssessmentHistory(AssessmentEventRepository events, People people) {
        this.events = events;
        this.people = people;
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void record(AssessmentChanged e) {
        events.save(new AssessmentEvent(e.assessmentId(), e.transition(), e.actorStaffId(), e.at(), e.reason(), e.total()));
    }

    /** Every step, oldest first. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> of(long assessmentId) {
        return events.findByAssessmentIdOrderByIdAsc(assessmentId).stream().map(this::entry).toList();
    }

    /** The latest step, if any. */
    @Transactional(readOnly = true)
    public Optional<HistoryEntry> latest(long assessmentId) {
        return events.findFirstByAssessmentIdOrderByIdDesc(assessmentId).map(this::entry);
    }

    /** The latest step of one of these kinds (e.g. the last return, to show its comment). */
    @Transactional(readOnly = true)
    public Optional<HistoryEntry> last(long assessmentId, Set<EventAction> actions) {
        List<AssessmentEvent> all = events.findByAssessmentIdOrderByIdAsc(assessmentId);
        for (int i = all.size() - 1; i >= 0; i--) {
            if (actions.contains(all.get(i).getAction())) {
                return Optional.of(entry(all.get(i)));
            }
        }
        return Optional.empty();
    }

    /**
     * The id of the history row this step wrote (its listeners run after this one), e.g. to make a
     * notice of the step idempotent; refuses loudly when the row is not there.
     */
    @Transactional(readOnly = true)
    public long rowOf(AssessmentChanged step) {
        return events.findFirstByAssessmentIdOrderByIdDesc(step.assessmentId())
                .filter(e -> e.getAction() == step.transition().action() && e.getActorStaffId() == step.actorStaffId())
                .orElseThrow(() -> new IllegalStateException("No history row for " + step + " yet"))
                .getId();
    }

    private HistoryEntry entry(AssessmentEvent e) {
        return new HistoryEntry(e.getAction(), e.getFromStatus(), e.getToStatus(), e.getActorStaffId(), people.name(e.getActorStaffId()),
                e.getAt(), e.getReason(), e.getTotal());
    }
}
