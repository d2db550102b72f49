package vn.thiduabot.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.thiduabot.campaign.Campaign.TargetType;

/**
 * One person's registration as other features read it (status screens, reminders, the Excel export):
 * the columns of the registration form, with codes and the names the campaign file gives them.
 *
 * @param titleCode        null while a draft has no title yet
 * @param formCode         null when no form of commendation is registered (or not answered yet)
 * @param formAnswered     false until the person answered the form question
 * @param hasInitiative    null until answered; false when no initiative is planned
 * @param targets          one entry per target of the campaign, in the campaign's order
 * @param submittedAt      when last sent; null if never sent
 * @param submittedOn      the school's calendar day of {@code submittedAt}
 * @param reopened         the secretary reopened it and it has not been sent again since
 */
public record RegistrationSummary(long registrationId, long staffId, String staffName, String teamName, String schoolYear,
                                  String titleCode, String titleName, boolean formAnswered, String formCode, String formName,
                                  Boolean hasInitiative, String initiativeTitle, String initiativeSubject,
                                  List<TargetAnswer> targets, RegistrationStatus status, Instant submittedAt,
                                  LocalDate submittedOn, boolean reopened, String reopenReason) {

    public RegistrationSummary {
        targets = List.copyOf(targets);
    }

    public boolean submitted() {
        return status == RegistrationStatus.SUBMITTED;
    }

    /**
     * The answer to one target. {@code value} is language-neutral: NUMBER "12", PERCENT "85.5",
     * TEXT as typed, YES_NO "yes"/"no"; null when skipped or not answered ({@code answered} tells which).
     */
    public record TargetAnswer(String code, String name, TargetType type, boolean required, boolean answered, String value) { }
}
