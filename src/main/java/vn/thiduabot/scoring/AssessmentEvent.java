package vn.thiduabot.scoring;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One line of a self-assessment's history: what happened, from which status to which, who, when, why. */
@Entity
@Table(name = "assessment_event")
class AssessmentEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assessment_id", nullable = false)
    private long assessmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private AssessmentStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private AssessmentStatus toStatus;

    @Column(name = "actor_staff_id", nullable = false)
    private long actorStaffId;

    @Column(nullable = false)
    private Instant at;

    private String reason;

    @Convert(converter = ScoreConverter.class)
    private BigDecimal total;

    protected AssessmentEvent() {
    }

    AssessmentEvent(long assessmentId, SelfAssessment.Transition t, long actorStaffId, Instant at, String reason, BigDecimal total) {
        this.assessmentId = assessmentId;
        this.action = t.action();
        this.fromStatus = t.from();
        this.toStatus = t.to();
        this.actorStaffId = actorStaffId;
        this.at = at;
        this.reason = reason;
        this.total = total;
    }

    Long getId() { return id; }
    long getAssessmentId() { return assessmentId; }
    EventAction getAction() { return action; }
    AssessmentStatus getFromStatus() { return fromStatus; }
    AssessmentStatus getToStatus() { return toStatus; }
    long getActorStaffId() { return actorStaffId; }
    Instant getAt() { return at; }
    String getReason() { return reason; }
    BigDecimal getTotal() { return total; }
}
