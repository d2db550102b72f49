package vn.thiduabot.registration;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A person's answer to one target (and its result): {@link TargetAnswerRow} of the person's registration. */
@Entity
@Table(name = "registration_answer")
public class RegistrationAnswer extends TargetAnswerRow {

    @ManyToOne(optional = false)
    @JoinColumn(name = "registration_id", nullable = false)
    private Registration registration;

    protected RegistrationAnswer() {
    }

    RegistrationAnswer(Registration registration, String targetCode, String valueText) {
        super(targetCode, valueText);
        this.registration = registration;
    }
}
