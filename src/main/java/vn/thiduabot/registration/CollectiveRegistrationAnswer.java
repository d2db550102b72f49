package vn.thiduabot.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The team's answer to one collective target (registration.team-targets); a null value is an optional target skipped. */
@Entity
@Table(name = "collective_registration_answer")
public class CollectiveRegistrationAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "collective_registration_id", nullable = false)
    private CollectiveRegistration registration;

    @Column(name = "target_code", nullable = false)
    private String targetCode;

    @Column(name = "value_text")
    private String valueText;

    @Column(name = "result_value")
    private String resultValue;

    @Column(name = "result_at")
    private java.time.Instant resultAt;

    protected CollectiveRegistrationAnswer() {
    }

    CollectiveRegistrationAnswer(CollectiveRegistration registration, String targetCode, String valueText) {
        this.registration = registration;
        this.targetCode = targetCode;
        this.valueText = valueText;
    }

    void change(String value) {
        this.valueText = value;
    }

    /** The team's year-end result, already checked by the target's own {@link TargetInput} rule. */
    void recordResult(String value, java.time.Instant now) {
        this.resultValue = value;
        this.resultAt = now;
    }

    public String targetCode() { return targetCode; }

    /** Null until the team leader enters the result (in the self-assessment window). */
    public String result() { return resultValue; }

    /** Null when skipped. */
    public String value() { return valueText; }
}
