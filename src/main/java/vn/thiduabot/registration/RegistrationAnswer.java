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

    public String targetCode() { return targetCode; }

    /** Null when skipped. */
    public String value() { return valueText; }
}
