package vn.thiduabot.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The answer to one target; a null value is an optional target the person skipped. */
@Entity
@Table(name = "registration_answer")
public class RegistrationAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "registration_id", nullable = false)
    private Registration registration;

    @Column(name = "target_code", nullable = false)
    private String targetCode;

    @Column(name = "value_text")
    private String valueText;

    @Column(name = "result_value")
    private String resultValue;

    @Column(name = "result_at")
    private java.time.Instant resultAt;

    protected RegistrationAnswer() {
    }

    RegistrationAnswer(Registration registration, String targetCode, String valueText) {
        this.registration = registration;
        this.targetCode = targetCode;
        this.valueText = valueText;
    }

    void change(String value) {
        this.valueText = value;
    }

    /** The year-end result, already checked by the target's own {@link TargetInput} rule. */
    void recordResult(String value, java.time.Instant now) {
        this.resultValue = value;
        this.resultAt = now;
    }

    /** Null until the person enters the result (in the self-assessment window). */
    public String result() { return resultValue; }

    public String targetCode() { return targetCode; }

    /** Null when skipped. */
    public String value() { return valueText; }
}
