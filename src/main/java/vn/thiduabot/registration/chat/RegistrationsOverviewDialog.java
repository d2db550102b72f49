package vn.thiduabot.registration.chat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Command;
import vn.thiduabot.people.Role;
import vn.thiduabot.registration.CollectiveRegistration;
import vn.thiduabot.registration.Registration;
import vn.thiduabot.registration.RegistrationService;
import vn.thiduabot.registration.RegistrationStatus;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffView;

/**
 * /tongdangky (/registrations): the school-wide picture for the secretary: how many sent per team,
 * per title and form, the collective titles, and the names of who has not sent, split into several
 * messages when long.
 */
@Component
@Order(120)
class RegistrationsOverviewDialog implements Command {

    private final Campaigns campaigns;
    private final StaffDirectory staff;
    private final RegistrationService service;
    private final TeamTargetQuestions teamTargets;

    RegistrationsOverviewDialog(Campaigns campaigns, StaffDirectory staff, RegistrationService service,
                                TeamTargetQuestions teamTargets) {
        this.campaigns = campaigns;
        this.staff = staff;
        this.service = service;
        this.teamTargets = teamTargets;
    }

    @Override
    public List<String> names() {
        return List.of("tongdangky", "registrations");
    }

    @Override
    public String descriptionKey() {
        return "command.registrations";
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.SECRETARY, Role.ADMIN, Role.PRINCIPAL);
    }

    @Override
    public void run(ChatSession s, String args) {
        Campaign c = campaigns.current();
        List<StaffView> people = staff.activeStaff();
        Map<Long, Registration> byStaff = service.inYear(c.schoolYear()).stream()
                .collect(Collectors.toMap(Registration::staffId, Function.identity()));
        String noTeam = s.text("staff.no-team");
        Map<String, List<StaffView>> teams = new LinkedHashMap<>();
        for (String t : staff.teamNames()) {
            teams.put(t, new ArrayList<>());
        }
        for (StaffView p : people) {
            teams.computeIfAbsent(p.teamName() == null ? noTeam : p.teamName(), k -> new ArrayList<>()).add(p);
        }

        List<Registration> sent = people.stream().map(p -> byStaff.get(p.staffId()))
                .filter(r -> r != null && r.status() == RegistrationStatus.SUBMITTED).toList();
        long drafting = people.stream().map(p -> byStaff.get(p.staffId()))
                .filter(r -> r != null && r.status() == RegistrationStatus.DRAFT && r.started()).count();

        List<String> lines = new ArrayList<>();
        lines.add(s.text("registration.overview.header", c.schoolYear(), RegistrationTexts.deadline(c),
                String.valueOf(sent.size()), String.valueOf(people.size()), String.valueOf(drafting),
                String.valueOf(people.size() - sent.size() - drafting)));

        lines.add("");
        lines.add(s.text("registration.overview.teams"));
        teams.forEach((team, members) -> {
            long teamSent = members.stream().filter(m -> submitted(byStaff.get(m.staffId()))).count();
            long teamDrafting = members.stream().filter(m -> drafting(byStaff.get(m.staffId()))).count();
            lines.add(s.text("registration.overview.team", team, String.valueOf(teamSent), String.valueOf(members.size()),
                    String.valueOf(teamDrafting)));
        });

        lines.add("");
        lines.add(s.text("registration.overview.titles"));
        for (Campaign.Title t : c.individualTitles()) {
            lines.add(s.text("registration.overview.count", t.name(),
                    String.valueOf(sent.stream().filter(r -> t.code().equals(r.titleCode())).count())));
        }
        lines.add(s.text("registration.overview.forms"));
        for (Campaign.CommendationForm f : c.forms()) {
            lines.add(s.text("registration.overview.count", f.name(),
                    String.valueOf(sent.stream().filter(r -> f.code().equals(r.formCode())).count())));
        }
        lines.add(s.text("registration.overview.count", s.text("registration.form.none"),
                String.valueOf(sent.stream().filter(r -> r.formCode() == null).count())));
        lines.add(s.text("registration.overview.initiatives",
                String.valueOf(sent.stream().filter(r -> Boolean.TRUE.equals(r.hasInitiative())).count())));

        lines.add("");
        lines.add(s.text("registration.overview.collective"));
        Map<String, CollectiveRegistration> collective = service.collectivesInYear(c.schoolYear()).stream()
                .collect(Collectors.toMap(t -> t.teamName().toLowerCase(java.util.Locale.ROOT), Function.identity(), (a, b) -> a));
        for (String team : staff.teamNames()) {
            CollectiveRegistration t = collective.get(team.toLowerCase(java.util.Locale.ROOT));
            if (t == null || t.titleCode() == null) {
                lines.add(s.text("registration.overview.collective-none", team));
            } else {
                String status = t.status() == RegistrationStatus.SUBMITTED
                        ? s.text("registration.status.submitted", RegistrationTexts.date(RegistrationTexts.day(t.submittedAt(), c)))
                        : s.text("registration.status.draft");
                lines.add(s.text("registration.overview.collective-line", team, RegistrationTexts.titleName(c, t.titleCode()), status));
                teamTargets.targetLines(s, c, t).forEach(line -> lines.add("   " + line));
            }
        }

        lines.add("");
        int missing = people.size() - sent.size();
        if (missing == 0) {
            lines.add(s.text("registration.overview.all-sent"));
        } else {
            lines.add(s.text("registration.overview.missing", String.valueOf(missing)));
            teams.forEach((team, members) -> {
                List<StaffView> notSent = members.stream().filter(m -> !submitted(byStaff.get(m.staffId()))).toList();
                if (!notSent.isEmpty()) {
                    lines.add(s.text("registration.overview.missing-team", team, String.valueOf(notSent.size())));
                    for (StaffView m : notSent) {
                        lines.add(drafting(byStaff.get(m.staffId()))
                                ? s.text("registration.overview.missing-drafting", m.fullName())
                                : s.text("registration.myteam.line", m.fullName()));
                    }
                }
            });
        }
        for (String message : RegistrationTexts.chunks(lines, RegistrationTexts.MAX_MESSAGE)) {
            s.literal(message).send();
        }
    }

    private static boolean submitted(Registration r) {
        return r != null && r.status() == RegistrationStatus.SUBMITTED;
    }

    private static boolean drafting(Registration r) {
        return r != null && r.status() == RegistrationStatus.DRAFT && r.started();
    }
}
