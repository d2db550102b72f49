package vn.thiduabot.reminder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.nomination.NominationQueries;
import vn.thiduabot.nomination.NominationStatus;
import vn.thiduabot.nomination.NominationSummary;
import vn.thiduabot.nomination.Quarter;
import vn.thiduabot.registration.CollectiveRegistrationSummary;
import vn.thiduabot.registration.RegistrationQueries;
import vn.thiduabot.report.ProgressChart;
import vn.thiduabot.report.ProgressChartRenderer;
import vn.thiduabot.scoring.AssessmentQueries;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffView;

/**
 * The secretary's digest (weekly on Monday morning, and on demand with /tonghop): registrations per
 * team, self-assessments per state, this quarter's nominations per state, what is overdue and by
 * whom, and the next three deadlines. The counts fit one phone message; the names of who is late
 * follow, in a second message if the first would pass Telegram's 4,096 characters.
 * The principal's digest keeps only what waits for the principal's decision.
 * The secretary's digest carries a chart of the same numbers ({@link DigestFigures}, {@link DigestPost}).
 */
@Component
class Digest {

    private final StaffDirectory staff;
    private final RegistrationQueries registrations;
    private final AssessmentQueries assessments;
    private final NominationQueries nominations;
    private final ReviewQueues queues;
    private final ReminderTexts texts;
    private final SecretaryDigest secretary;
    private final PrincipalDigest principal;
    private final ProgressChartRenderer charts;

    private static final Logger log = LoggerFactory.getLogger(Digest.class);

    Digest(StaffDirectory staff, RegistrationQueries registrations, AssessmentQueries assessments, NominationQueries nominations,
           ReviewQueues queues, ReminderTexts texts, SecretaryDigest secretary, PrincipalDigest principal,
           ProgressChartRenderer charts) {
        this.staff = staff;
        this.registrations = registrations;
        this.assessments = assessments;
        this.nominations = nominations;
        this.queues = queues;
        this.texts = texts;
        this.secretary = secretary;
        this.principal = principal;
        this.charts = charts;
    }

    /** Everything the digests say, gathered once and rendered for each reader in their language. */
    record Facts(Campaign campaign, LocalDate today, Quarter quarter, List<StaffView> people, Set<Long> registered,
                 Map<String, List<StaffView>> teams, List<String> teamNames, Set<String> collectiveSent,
                 ReviewQueues.Snapshot assessments, List<StaffView> selfNotSubmitted,
                 Map<NominationStatus, Long> nominationCounts, List<String> teamsWithoutNomination,
                 List<NominationSummary> awaitingPrincipal, Optional<LocalDate> quarterDeadline,
                 Optional<LocalDate> missedNominationDate, List<String> teamsMissedNomination, ProgressChart figures) {

        boolean registrationOverdue() {
            return today.isAfter(campaign.deadlines().registration()) && registered.size() < people.size();
        }

        boolean selfOverdue() {
            return today.isAfter(campaign.deadlines().selfAssessmentCloses()) && !selfNotSubmitted.isEmpty();
        }

        List<StaffView> notRegistered() {
            return people.stream().filter(p -> !registered.contains(p.staffId())).toList();
        }
    }

    Facts facts(Campaign c) {
        LocalDate today = texts.today(c);
        Quarter quarter = Quarter.of(today);
        List<StaffView> people = staff.activeStaff();
        Set<Long> submitted = registrations.staffWhoSubmitted(c.schoolYear());
        Set<Long> registered = people.stream().map(StaffView::staffId).filter(submitted::contains).collect(Collectors.toSet());
        Map<String, List<StaffView>> teams = new LinkedHashMap<>();
        List<String> teamNames = staff.teamNames();
        teamNames.forEach(t -> teams.put(t, new ArrayList<>()));
        people.forEach(p -> teams.computeIfAbsent(p.teamName(), k -> new ArrayList<>()).add(p));
        Set<String> collective = registrations.collectiveForYear(c.schoolYear()).stream()
                .filter(CollectiveRegistrationSummary::submitted)
                .map(t -> t.teamName().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        List<NominationSummary> awaiting = Quarter.ofSchoolYearUpTo(c.schoolYear(), quarter).stream()
                .flatMap(q -> nominations.forQuarter(q, NominationStatus.COUNCIL_PASSED).stream())
                .toList();
        List<LocalDate> dates = c.deadlines().nominations();
        Optional<LocalDate> quarterDeadline = dates.stream().filter(quarter::contains).min(Comparator.naturalOrder());
        Optional<LocalDate> missed = dates.stream().filter(d -> d.isBefore(today)).max(Comparator.naturalOrder());
        List<String> teamsMissed = missed.map(d -> nominations.teamsWithoutNomination(Quarter.of(d))).orElse(List.of());
        ReviewQueues.Snapshot snapshot = queues.of(c);
        ProgressChart figures = DigestFigures.of(c, ReminderTexts.date(today), teams, registered, snapshot.all());
        return new Facts(c, today, quarter, people, registered, teams, teamNames, collective, snapshot,
                assessments.notSubmitted(c.schoolYear()), nominations.countsByStatus(quarter),
                nominations.teamsWithoutNomination(quarter), awaiting, quarterDeadline, missed, teamsMissed, figures);
    }

    /** The secretary's digest as one or more messages, each within Telegram's limit. */
    List<String> full(Locale l, Facts f) {
        return secretary.full(l, f);
    }

    /**
     * The secretary's digest with its chart. A chart that cannot be drawn (e.g. a JRE without its font
     * libraries) is logged and left out: the digest's text still goes.
     */
    DigestPost fullPost(Locale l, Facts f) {
        List<String> messages = full(l, f);
        DigestPost.Photo chart;
        try {
            chart = new DigestPost.Photo("digest-" + f.today() + ".png", charts.draw(f.figures(), l).png());
        } catch (RuntimeException | LinkageError | java.awt.AWTError e) {
            log.warn("The digest's chart could not be drawn; the digest goes without it: {}", e.toString());
            return DigestPost.texts(messages);
        }
        return DigestPost.withChart(messages, chart, texts.text(l, "chart.digest.caption", f.campaign().schoolYear(),
                ReminderTexts.date(f.today())));
    }

    /** What waits for the principal's decision; empty when nothing does (unless asked for). */
    List<String> forPrincipal(Locale l, Facts f, boolean evenIfNothing) {
        return principal.forPrincipal(l, f, evenIfNothing);
    }
}
