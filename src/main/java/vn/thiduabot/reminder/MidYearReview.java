package vn.thiduabot.reminder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.nomination.NominationQueries;
import vn.thiduabot.nomination.NominationStatus;
import vn.thiduabot.nomination.NominationSummary;
import vn.thiduabot.nomination.Quarter;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;
import vn.thiduabot.registration.CollectiveRegistrationSummary;
import vn.thiduabot.registration.RegistrationQueries;
import vn.thiduabot.registration.RegistrationSummary;
import vn.thiduabot.registration.TargetOutcome;
import vn.thiduabot.registration.TargetResult;
import vn.thiduabot.registration.TargetResultService;
import vn.thiduabot.registration.TeamTargetResultService;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffView;

/**
 * The mid-year review (sơ kết học kỳ I): a few days before the conference the campaign's timeline tags {@code mid-year},
 * each team leader gets the team's progress and the principal every team's, as the school's plan asks ("sơ kết
 * học kỳ I ... tháng 01"): who has registered and who has not, the team's collective registration, the individual
 * targets registered, and the exemplary colleagues nominated in each quarter so far (and how many were introduced).
 */
@Component
class MidYearReview implements ReminderAudience {

    private final StaffDirectory staff;
    private final RegistrationQueries registrations;
    private final NominationQueries nominations;
    private final RegistrationReminders teams;
    private final ReminderTexts texts;
    private final TargetResultService ownResults;
    private final TeamTargetResultService teamResults;

    MidYearReview(StaffDirectory staff, RegistrationQueries registrations, NominationQueries nominations,
                  RegistrationReminders teams, ReminderTexts texts, TargetResultService ownResults,
                  TeamTargetResultService teamResults) {
        this.ownResults = ownResults;
        this.teamResults = teamResults;
        this.staff = staff;
        this.registrations = registrations;
        this.nominations = nominations;
        this.teams = teams;
        this.texts = texts;
    }

    @Override
    public ReminderKind kind() {
        return ReminderKind.MID_YEAR_REVIEW;
    }

    @Override
    public void deliver(ReminderOccurrence o, Campaign c, Deliveries deliveries) {
        Progress progress = progress(c, o.deadline());
        for (Person principal : staff.linkedWithRole(Role.PRINCIPAL)) {
            List<String> lines = new ArrayList<>();
            lines.add(texts.text(principal, "reminder.mid-year.header-school", c.schoolYear(), ReminderTexts.date(o.deadline()),
                    String.valueOf(progress.sent()), String.valueOf(progress.people())));
            progress.byTeam().keySet().stream().filter(t -> t != null).forEach(t -> lines.addAll(team(principal.locale(), t, progress, c)));
            deliveries.sendTexts(principal, ReminderTexts.chunks(lines, ReminderTexts.MAX_MESSAGE), null);
        }
        for (Person leader : staff.linkedWithRole(Role.TEAM_LEADER)) {
            if (leader.has(Role.PRINCIPAL) || leader.teamName() == null || !progress.byTeam().containsKey(leader.teamName())) {
                continue; // the principal has every team above; a leader without a team has nothing to read
            }
            List<String> lines = new ArrayList<>();
            lines.add(texts.text(leader, "reminder.mid-year.header-team", c.schoolYear(), ReminderTexts.date(o.deadline())));
            lines.addAll(team(leader.locale(), leader.teamName(), progress, c));
            deliveries.sendTexts(leader, ReminderTexts.chunks(lines, ReminderTexts.MAX_MESSAGE), null);
        }
    }

    private List<String> team(Locale l, String team, Progress p, Campaign c) {
        List<StaffView> members = p.byTeam().get(team);
        List<RegistrationSummary> sent = p.registered().stream().filter(r -> team.equals(r.teamName())).toList();
        List<String> missing = members.stream().filter(m -> sent.stream().noneMatch(r -> r.staffId() == m.staffId()))
                .map(StaffView::fullName).toList();
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add(texts.text(l, "reminder.mid-year.team", team));
        lines.add(texts.text(l, "reminder.mid-year.registered", String.valueOf(members.size() - missing.size()),
                String.valueOf(members.size()), missing.isEmpty() ? "" : texts.text(l, "reminder.mid-year.not-registered",
                        String.join(", ", missing))));
        Optional<CollectiveRegistrationSummary> collective = p.collective().stream()
                .filter(t -> team.equalsIgnoreCase(t.teamName()) && t.submitted()).findFirst();
        lines.add(collective.map(t -> texts.text(l, "reminder.mid-year.collective", t.titleName()))
                .orElseGet(() -> texts.text(l, "reminder.mid-year.no-collective")));
        long targets = sent.stream().mapToLong(r -> r.targets().stream().filter(RegistrationSummary.TargetAnswer::answered).count()).sum();
        lines.add(texts.text(l, "reminder.mid-year.targets", String.valueOf(targets), String.valueOf(sent.size())));
        results(l, team, members, c).ifPresent(lines::add);
        List<String> quarters = new ArrayList<>();
        for (Quarter q : p.quarters()) {
            // a nomination counts for the team its nominator was in (as the quarter's reminder counts it)
            List<NominationSummary> ofTeam = p.nominated().get(q).stream().filter(n -> team.equalsIgnoreCase(n.nominatorTeam())).toList();
            long introduced = ofTeam.stream().filter(n -> n.status() == NominationStatus.INTRODUCED).count();
            quarters.add(texts.text(l, "reminder.mid-year.quarter", String.valueOf(q.number()), String.valueOf(q.year()),
                    String.valueOf(ofTeam.size()), String.valueOf(introduced)));
        }
        lines.add(texts.text(l, "reminder.mid-year.nominations", quarters.isEmpty()
                ? texts.text(l, "reminder.mid-year.no-quarter") : String.join("; ", quarters)));
        return lines;
    }

    /**
     * Where results were already entered: "n/m targets met (interim)" for the team's own targets and for its members'
     * targets, m counting the comparable targets with a result (rule: {@link TargetOutcome}); none when no result yet.
     */
    private Optional<String> results(Locale l, String team, List<StaffView> members, Campaign c) {
        List<TargetResult> mine = new ArrayList<>();
        members.forEach(m -> mine.addAll(ownResults.results(m.staffId(), c)));
        List<TargetResult> ours = teamResults.results(team, c);
        long judged = judged(mine).count() + judged(ours).count();
        if (judged == 0) {
            return Optional.empty();
        }
        return Optional.of(texts.text(l, "reminder.mid-year.results",
                String.valueOf(met(ours)), String.valueOf(judged(ours).count()),
                String.valueOf(met(mine)), String.valueOf(judged(mine).count())));
    }

    private static java.util.stream.Stream<TargetResult> judged(List<TargetResult> r) {
        return r.stream().filter(x -> x.verdict() == TargetOutcome.Verdict.MET || x.verdict() == TargetOutcome.Verdict.NOT_MET);
    }

    private static long met(List<TargetResult> r) {
        return r.stream().filter(x -> x.verdict() == TargetOutcome.Verdict.MET).count();
    }

    /** Everything the review reads, read once for all the messages. */
    private Progress progress(Campaign c, LocalDate conference) {
        List<StaffView> people = staff.activeStaff();
        List<RegistrationSummary> registered = registrations.forYear(c.schoolYear()).stream().filter(RegistrationSummary::submitted).toList();
        // the quarters of the school year whose nominations are due before the conference, and the conference's own
        Set<Quarter> quarters = new TreeSet<>();
        c.deadlines().nominations().stream().filter(d -> !d.isAfter(conference)).map(Quarter::of).forEach(quarters::add);
        Map<Quarter, List<NominationSummary>> nominated = new java.util.LinkedHashMap<>();
        for (Quarter q : quarters) {
            nominated.put(q, nominations.forQuarter(q).stream().filter(n -> n.status() != NominationStatus.DRAFT).toList());
        }
        return new Progress(teams.byTeam(people), people.size(), registered, registrations.collectiveForYear(c.schoolYear()),
                List.copyOf(quarters), nominated);
    }

    private record Progress(Map<String, List<StaffView>> byTeam, int people, List<RegistrationSummary> registered,
                            List<CollectiveRegistrationSummary> collective, List<Quarter> quarters,
                            Map<Quarter, List<NominationSummary>> nominated) {
        /** Registrations sent by staff still active (someone who left is not counted either way). */
        long sent() {
            Set<Long> active = new java.util.HashSet<>();
            byTeam.values().forEach(members -> members.forEach(m -> active.add(m.staffId())));
            return registered.stream().filter(r -> active.contains(r.staffId())).count();
        }
    }
}
