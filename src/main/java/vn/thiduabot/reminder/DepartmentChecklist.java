package vn.thiduabot.reminder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.ScoreSheet;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;
import vn.thiduabot.pledge.PledgeBoard;
import vn.thiduabot.pledge.PledgeService;
import vn.thiduabot.registration.CollectiveRegistrationSummary;
import vn.thiduabot.registration.RegistrationQueries;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffView;

/**
 * The Department submission (pledges, score sheet and targets, by 10/10): at D-5 and D-1 the
 * secretaries and the principal get a readiness checklist with counts. The pledges are ticked from the signatures
 * when every team and the principal signed, and the parties still missing are named otherwise; a campaign file
 * without a pledge section leaves that item a manual check.
 */
@Component
class DepartmentChecklist implements ReminderAudience {

    private final StaffDirectory staff;
    private final RegistrationQueries registrations;
    private final ReminderTexts texts;
    private final PledgeService pledges;

    DepartmentChecklist(StaffDirectory staff, RegistrationQueries registrations, ReminderTexts texts, PledgeService pledges) {
        this.staff = staff;
        this.registrations = registrations;
        this.texts = texts;
        this.pledges = pledges;
    }

    @Override
    public ReminderKind kind() {
        return ReminderKind.DEPARTMENT_CHECKLIST;
    }

    @Override
    public void deliver(ReminderOccurrence o, Campaign c, Deliveries deliveries) {
        Map<Long, Person> readers = new LinkedHashMap<>();
        for (Role role : List.of(Role.SECRETARY, Role.PRINCIPAL)) {
            staff.linkedWithRole(role).forEach(u -> readers.putIfAbsent(u.staffId(), u));
        }
        if (readers.isEmpty()) {
            return;
        }
        Facts f = facts(c);
        for (Person u : readers.values()) {
            deliveries.sendTexts(u, ReminderTexts.chunks(lines(u.locale(), o, c, f), ReminderTexts.MAX_MESSAGE), null);
        }
    }

    private record Facts(long sent, long people, List<String> teams, List<String> teamsWithout) { }

    private Facts facts(Campaign c) {
        Set<Long> sent = registrations.staffWhoSubmitted(c.schoolYear());
        List<StaffView> people = staff.activeStaff();
        Set<String> collective = registrations.collectiveForYear(c.schoolYear()).stream()
                .filter(CollectiveRegistrationSummary::submitted)
                .map(t -> t.teamName().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        List<String> teams = staff.teamNames();
        return new Facts(people.stream().filter(p -> sent.contains(p.staffId())).count(), people.size(), teams,
                teams.stream().filter(t -> !collective.contains(t.toLowerCase(Locale.ROOT))).toList());
    }

    private List<String> lines(Locale l, ReminderOccurrence o, Campaign c, Facts f) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.text(l, "reminder.department.header", ReminderTexts.date(o.deadline()), texts.daysLeft(l, c, o.deadline())));
        lines.add("");
        lines.add(texts.text(l, "reminder.department.registrations", mark(l, f.sent() == f.people()),
                String.valueOf(f.sent()), String.valueOf(f.people())));
        lines.add(texts.text(l, "reminder.department.collective", mark(l, f.teamsWithout().isEmpty()),
                String.valueOf(f.teams().size() - f.teamsWithout().size()), String.valueOf(f.teams().size())));
        if (!f.teamsWithout().isEmpty()) {
            lines.add(texts.text(l, "reminder.department.collective-missing", String.join(", ", f.teamsWithout())));
        }
        ScoreSheet sheet = c.scoreSheet();
        lines.add(texts.text(l, "reminder.department.sheet", mark(l, !sheet.criteria().isEmpty()),
                Path.of(c.file()).getFileName().toString(), String.valueOf(sheet.criteria().size()),
                ReminderTexts.number(sheet.maxTotal()), ReminderTexts.number(sheet.bonusCap())));
        lines.add(texts.text(l, "reminder.department.targets", mark(l, !c.targets().isEmpty()), String.valueOf(c.targets().size())));
        lines.addAll(pledgeLines(l, c));
        lines.add("");
        lines.add(texts.text(l, "reminder.department.footer"));
        return lines;
    }

    /** Ticked when every party signed; otherwise who has not. Without a pledge in the file, a check by hand. */
    private List<String> pledgeLines(Locale l, Campaign c) {
        Optional<PledgeBoard> board = pledges.board(c);
        if (board.isEmpty()) {
            return List.of(texts.text(l, "reminder.department.pledges"));
        }
        PledgeBoard b = board.get();
        List<String> lines = new ArrayList<>();
        lines.add(texts.text(l, "reminder.department.pledges-signed", mark(l, b.allSigned()),
                String.valueOf(b.signed().size()), String.valueOf(b.entries().size())));
        if (!b.allSigned()) {
            lines.add(texts.text(l, "reminder.department.pledges-missing", b.missing().stream()
                    .map(e -> e.party().isSchool() ? texts.text(l, "pledge.party.school") : e.party().teamName())
                    .collect(Collectors.joining(", "))));
        }
        return lines;
    }

    private String mark(Locale l, boolean done) {
        return texts.text(l, done ? "reminder.mark.done" : "reminder.mark.todo");
    }
}
