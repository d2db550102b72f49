package vn.thiduabot.registration;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * One answer to a target and its year-end result, as a person's registration and a team's collective registration
 * both store it (tables registration_answer and collective_registration_answer, same columns but the owner's key).
 * A null value is an optional target skipped; a null result is one not entered yet.
 */
@MappedSuperclass
public abstract class TargetAnswerRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "target_code", nullable = false)
    private String targetCode;

    @Column(name = "value_text")
    private String valueText;

    @Column(name = "result_value")
    private String resultValue;

    @Column(name = "result_at")
    private Instant resultAt;

    protected TargetAnswerRow() {
    }

    TargetAnswerRow(String targetCode, String valueText) {
        this.targetCode = targetCode;
        this.valueText = valueText;
    }

    void change(String value) {
        this.valueText = value;
    }

    /** The year-end result, already checked by the target's own {@link TargetInput} rule. */
    void recordResult(String value, Instant now) {
        this.resultValue = value;
        this.resultAt = now;
    }

    /** Null until the result is entered (in the self-assessment window). */
    public String result() { return resultValue; }

    public String targetCode() { return targetCode; }

    /** Null when skipped. */
    public String value() { return valueText; }
}
