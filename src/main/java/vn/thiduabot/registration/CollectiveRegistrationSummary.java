package vn.thiduabot.registration;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A team's collective registration as other features read it.
 *
 * @param registeredByStaffId the team leader who last changed or sent it
 * @param formCode            null when no form is registered (or not answered yet)
 */
public record CollectiveRegistrationSummary(long registrationId, String teamName, String schoolYear, String titleCode,
                                            String titleName, boolean formAnswered, String formCode, String formName,
                                            long registeredByStaffId, String registeredByName, RegistrationStatus status,
                                            Instant submittedAt, LocalDate submittedOn) {

    public boolean submitted() {
        return status == RegistrationStatus.SUBMITTED;
    }
}
