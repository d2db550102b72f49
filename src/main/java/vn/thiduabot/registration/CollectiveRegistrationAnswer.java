package vn.thiduabot.registration;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The team's answer to one collective target (registration.team-targets) and its result: {@link TargetAnswerRow}. */
@Entity
@Table(name = "collective_registration_answer")
public class CollectiveRegistrationAnswer extends TargetAnswerRow {

    @ManyToOne(optional = false)
    @JoinColumn(name = "collective_registration_id", nullable = false)
    private CollectiveRegistration registration;

    protected CollectiveRegistrationAnswer() {
    }

    CollectiveRegistrationAnswer(CollectiveRegistration registration, String targetCode, String valueText) {
        super(targetCode, valueText);
        this.registration = registration;
    }
}
