package vn.thiduabot.registration;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffView;

/**
 * Read-only view of the registrations for other features (status screen, reminders, Excel export).
 * The only part of this module others may use. Names come from the campaign file of that school year;
 * a code the file no longer has is shown as the code.
 */
@Service
public class RegistrationQueries {

    private final RegistrationRepository registrations;
    private final CollectiveRegistrationRepository collectives;
    private final Campaigns campaigns;
    private final StaffDirectory staff;

    RegistrationQueries(RegistrationRepository registrations, CollectiveRegistrationRepository collectives,
                        Campaigns campaigns, StaffDirectory staff) {
        this.registrations = registrations;
        this.collectives = collectives;
        this.campaigns = campaigns;
        this.staff = staff;
    }

    /** One person's registration (draft or sent) for a school year such as "2026-2027". */
    @Transactional(readOnly = true)
    public Optional<RegistrationSummary> forStaff(long staffId, String schoolYear) {
        Optional<Campaign> c = campaigns.forYear(schoolYear);
        return registrations.findByStaffIdAndSchoolYear(staffId, schoolYear)
                .map(r -> summary(r, c, staff.byId(r.staffId())));
    }

    /** Every registration of the year, drafts included, ordered by team then name. */
    @Transactional(readOnly = true)
    public List<RegistrationSummary> forYear(String schoolYear) {
        Optional<Campaign> c = campaigns.forYear(schoolYear);
        List<Registration> rows = registrations.findBySchoolYear(schoolYear);
        Map<Long, StaffView> people = staff.activeStaff().stream().collect(Collectors.toMap(StaffView::staffId, Function.identity()));
        return rows.stream()
                .map(r -> summary(r, c, Optional.ofNullable(people.get(r.staffId())).or(() -> staff.byId(r.staffId()))))
                .sorted(Comparator.comparing((RegistrationSummary s) -> s.teamName() == null ? "\uffff" : s.teamName())
                        .thenComparing(RegistrationSummary::staffName))
                .toList();
    }

    /** Staff ids of everyone who has sent their registration for the year (for reminders). */
    @Transactional(readOnly = true)
    public Set<Long> staffWhoSubmitted(String schoolYear) {
        return registrations.findBySchoolYear(schoolYear).stream()
                .filter(r -> r.status() == RegistrationStatus.SUBMITTED)
                .map(Registration::staffId)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The collective registrations of the year, by team name. */
    @Transactional(readOnly = true)
    public List<CollectiveRegistrationSummary> collectiveForYear(String schoolYear) {
        Optional<Campaign> c = campaigns.forYear(schoolYear);
        return collectives.findBySchoolYearOrderByTeamNameAsc(schoolYear).stream().map(t -> collective(t, c)).toList();
    }

    /** One team's collective registration for the year. */
    @Transactional(readOnly = true)
    public Optional<CollectiveRegistrationSummary> collectiveForTeam(String teamName, String schoolYear) {
        Optional<Campaign> c = campaigns.forYear(schoolYear);
        return collectives.findByTeamNameIgnoreCaseAndSchoolYear(teamName, schoolYear).map(t -> collective(t, c));
    }

    private RegistrationSummary summary(Registration r, Optional<Campaign> campaign, Optional<StaffView> person) {
        ZoneId zone = campaign.map(Campaign::zone).orElse(ZoneId.systemDefault());
        List<RegistrationSummary.TargetAnswer> targets = campaign.map(c -> c.targets().stream().map(t -> {
            Optional<RegistrationAnswer> a = r.answerFor(t.code());
            return new RegistrationSummary.TargetAnswer(t.code(), t.name(), t.type(), t.required(), a.isPresent(),
                    a.map(RegistrationAnswer::value).orElse(null));
        }).toList()).orElse(List.of());
        return new RegistrationSummary(r.id(), r.staffId(), person.map(StaffView::fullName).orElse(null),
                person.map(StaffView::teamName).orElse(null), r.schoolYear(),
                r.titleCode(), r.titleCode() == null ? null : campaign.map(c -> CampaignNames.titleName(c, r.titleCode())).orElse(r.titleCode()),
                r.formAnswered(), r.formCode(), r.formCode() == null ? null : campaign.map(c -> CampaignNames.formName(c, r.formCode())).orElse(r.formCode()),
                r.hasInitiative(), r.initiativeTitle(), r.initiativeSubject(), targets, r.status(), r.submittedAt(),
                r.submittedAt() == null ? null : r.submittedAt().atZone(zone).toLocalDate(),
                r.reopenGranted(), r.reopenGranted() ? r.reopenReason() : null);
    }

    private CollectiveRegistrationSummary collective(CollectiveRegistration t, Optional<Campaign> campaign) {
        ZoneId zone = campaign.map(Campaign::zone).orElse(ZoneId.systemDefault());
        return new CollectiveRegistrationSummary(t.id(), t.teamName(), t.schoolYear(), t.titleCode(),
                t.titleCode() == null ? null : campaign.map(c -> CampaignNames.titleName(c, t.titleCode())).orElse(t.titleCode()),
                t.formAnswered(), t.formCode(),
                t.formCode() == null ? null : campaign.map(c -> CampaignNames.formName(c, t.formCode())).orElse(t.formCode()),
                t.registeredByStaffId(), staff.byId(t.registeredByStaffId()).map(StaffView::fullName).orElse(null),
                t.status(), t.submittedAt(), t.submittedAt() == null ? null : t.submittedAt().atZone(zone).toLocalDate(),
                teamTargets(t, campaign), t.plan());
    }

    private static List<RegistrationSummary.TargetAnswer> teamTargets(CollectiveRegistration t, Optional<Campaign> campaign) {
        return campaign.map(c -> c.teamTargets().stream().map(target -> {
            Optional<CollectiveRegistrationAnswer> a = t.answerFor(target.code());
            return new RegistrationSummary.TargetAnswer(target.code(), target.name(), target.type(), target.required(),
                    a.isPresent(), a.map(CollectiveRegistrationAnswer::value).orElse(null));
        }).toList()).orElse(List.of());
    }
}
