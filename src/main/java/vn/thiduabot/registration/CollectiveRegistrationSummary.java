package vn.thiduabot.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A team's collective registration as other features read it.
 *
 * @param registeredByStaffId the team leader who last changed or sent it
 * @param formCode            null when no form is registered (or not answered yet)
 * @param targets             one entry per team target of the campaign (registration.team-targets), in its order
 * @param plan                the team's short plan; null when not written (or the campaign asks none)
 */
public record CollectiveRegistrationSummary(long registrationId, String teamName, String schoolYear, String titleCode,
                                            String titleName, boolean formAnswered, String formCode, String formName,
                                            long registeredByStaffId, String registeredByName, RegistrationStatus status,
                                            Instant submittedAt, LocalDate submittedOn,
                                            List<RegistrationSummary.TargetAnswer> targets, String plan) {

    public CollectiveRegistrationSummary {
        targets = List.copyOf(targets);
    }

    /** A team's registration without team targets or plan (a campaign that lists none). */
    public CollectiveRegistrationSummary(long registrationId, String teamName, String schoolYear, String titleCode,
                                         String titleName, boolean formAnswered, String formCode, String formName,
                                         long registeredByStaffId, String registeredByName, RegistrationStatus status,
                                         Instant submittedAt, LocalDate submittedOn) {
        this(registrationId, teamName, schoolYear, titleCode, titleName, formAnswered, formCode, formName, registeredByStaffId,
                registeredByName, status, submittedAt, submittedOn, List.of(), null);
    }

    public boolean submitted() {
        return status == RegistrationStatus.SUBMITTED;
    }
}
