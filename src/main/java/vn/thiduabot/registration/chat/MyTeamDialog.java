package vn.thiduabot.registration.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Command;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;
import vn.thiduabot.registration.CollectiveRegistration;
import vn.thiduabot.registration.Registration;
import vn.thiduabot.registration.RegistrationService;
import vn.thiduabot.registration.RegistrationStatus;
import vn.thiduabot.registration.RegistrationWindow;
import vn.thiduabot.registration.TargetResult;
import vn.thiduabot.registration.TargetResultLines;
import vn.thiduabot.registration.TargetResultService;
import vn.thiduabot.registration.TeamTargetResultService;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffView;

/**
 * /totoi (/myteam): a team leader sees who in the team has sent the registration, who is still
 * drafting and who has not started, and the team's collective registration (title, team targets and plan), with a
 * button to do it.
 */
@Component
@Order(110)
class MyTeamDialog implements Command {

    private final Campaigns campaigns;
    private final StaffDirectory staff;
    private final RegistrationService service;
    private final TeamTargetQuestions teamTargets;
    private final TeamTargetResultService teamResults;
    private final TargetResultService results;
    private final TargetResultLines resultLines;

    MyTeamDialog(Campaigns campaigns, StaffDirectory staff, RegistrationService service, TeamTargetQuestions teamTargets,
                 TeamTargetResultService teamResults, TargetResultService results, TargetResultLines resultLines) {
        this.campaigns = campaigns;
        this.staff = staff;
        this.service = service;
        this.teamTargets = teamTargets;
        this.teamResults = teamResults;
        this.results = results;
        this.resultLines = resultLines;
    }

    @Override
    public List<String> names() {
        return List.of("totoi", "myteam");
    }

    @Override
    public String descriptionKey() {
        return "command.myteam";
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.TEAM_LEADER);
    }

    @Override
    public void run(ChatSession s, String args) {
        Person u = s.requireUser();
        if (u.teamName() == null) {
            s.reply("registration.team.no-team");
            return;
        }
        Campaign c = campaigns.current();
        List<StaffView> members = staff.teamMembers(u.teamName());
        Map<Long, Registration> byStaff = service.inYear(c.schoolYear()).stream()
                .collect(Collectors.toMap(Registration::staffId, Function.identity()));
        List<String> submitted = new ArrayList<>();
        List<String> drafting = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (StaffView m : members) {
            Registration r = byStaff.get(m.staffId());
            if (r != null && r.status() == RegistrationStatus.SUBMITTED) {
                submitted.add(s.text("registration.myteam.line-title", m.fullName(), RegistrationTexts.titleName(c, r.titleCode())));
            } else if (r != null && r.started()) {
                drafting.add(s.text("registration.myteam.line", m.fullName()));
            } else {
                missing.add(s.text("registration.myteam.line", m.fullName()));
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(s.text("registration.myteam.header", u.teamName(), c.schoolYear(), RegistrationTexts.deadline(c),
                String.valueOf(submitted.size()), String.valueOf(members.size())));
        section(s, lines, "registration.myteam.submitted", submitted);
        section(s, lines, "registration.myteam.drafting", drafting);
        section(s, lines, "registration.myteam.missing", missing);
        lines.add("");
        Optional<CollectiveRegistration> collective = service.findCollective(u.teamName(), c.schoolYear());
        if (collective.isEmpty() || collective.get().titleCode() == null) {
            lines.add(s.text("registration.myteam.collective-none"));
        } else {
            CollectiveRegistration t = collective.get();
            String status = t.status() == RegistrationStatus.SUBMITTED
                    ? s.text("registration.status.submitted", RegistrationTexts.date(RegistrationTexts.day(t.submittedAt(), c)))
                    : s.text("registration.status.draft");
            lines.add(s.text("registration.myteam.collective", RegistrationTexts.titleName(c, t.titleCode()), status));
            lines.addAll(teamTargets.targetLines(s, c, t));
        }
        List<TargetResult> achieved = teamResults.results(u.teamName(), c);
        boolean resultsOpen = results.open(c) && !achieved.isEmpty();
        if (resultsOpen || achieved.stream().anyMatch(r -> r.result() != null)) {
            lines.add("");
            lines.add(s.text("results.team.section", resultLines.lines(s.locale(), achieved)));
        }
        boolean open = RegistrationWindow.collectiveEditable(c, campaigns.today());
        if (!open) {
            lines.add(s.text("registration.myteam.closed", RegistrationTexts.deadline(c)));
        }
        List<String> messages = RegistrationTexts.chunks(lines, RegistrationTexts.MAX_MESSAGE);
        for (int i = 0; i < messages.size(); i++) {
            Reply m = s.literal(messages.get(i));
            if (i == messages.size() - 1 && open) {
                boolean sent = collective.isPresent() && collective.get().status() == RegistrationStatus.SUBMITTED;
                m.buttonKey(sent ? "registration.team.button.view" : "registration.team.button.register",
                        new TeamRegistrationButtons.Start());
            }
            if (i == messages.size() - 1 && resultsOpen) {
                m.row().buttonKey("results.team.button", new TeamResultsButtons.TeamResultsStart());
            }
            m.send();
        }
    }

    private static void section(ChatSession s, List<String> lines, String key, List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        lines.add("");
        lines.add(s.text(key, String.valueOf(names.size())));
        lines.addAll(names);
    }
}
