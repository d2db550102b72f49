package vn.thiduabot.reminder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.people.Role;
import vn.thiduabot.nomination.Quarter;
import vn.thiduabot.scoring.AssessmentStatus;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffView;

/**
 * The secretary's digest, rendered from the gathered {@link Digest.Facts}: registrations per team,
 * self-assessments per state (and, once any is approved, per rating band), this quarter's nominations, what is overdue and by whom, the next three
 * deadlines, and the names of who is late (in a second message if one would be too long).
 */
@Component
class SecretaryDigest {

    private final StaffDirectory staff;
    private final ReminderTexts texts;

    SecretaryDigest(StaffDirectory staff, ReminderTexts texts) {
        this.staff = staff;
        this.texts = texts;
    }

    /** The full digest as one or more messages, each within Telegram's limit. */
    List<String> full(Locale l, Digest.Facts f) {
        Campaign c = f.campaign();
        List<String> summary = new ArrayList<>();
        summary.add(texts.text(l, "reminder.digest.header", c.schoolYear(), ReminderTexts.date(f.today())));
        summary.add("");
        summary.add(texts.text(l, "reminder.digest.registration", ReminderTexts.date(c.deadlines().registration()),
                String.valueOf(f.registered().size()), String.valueOf(f.people().size()),
                String.valueOf(f.teamNames().stream().filter(t -> f.collectiveSent().contains(t.toLowerCase(Locale.ROOT))).count()),
                String.valueOf(f.teamNames().size())));
        String noTeam = texts.text(l, "staff.no-team");
        f.figures().teams().stream().filter(t -> f.teams().containsKey(t.name()))
                .forEach(t -> summary.add(texts.text(l, "reminder.team-count", t.name() == null ? noTeam : t.name(),
                        String.valueOf(t.registered()), String.valueOf(t.members()))));
        summary.add("");
        selfAssessment(l, f, summary);
        summary.add("");
        nominations(l, f, summary);
        summary.add("");
        overdue(l, f, summary);
        summary.add("");
        nextDeadlines(l, f, summary);

        List<String> details = details(l, f);
        String footer = texts.text(l, "reminder.digest.footer");
        List<String> one = new ArrayList<>(summary);
        if (!details.isEmpty()) {
            one.add("");
            one.addAll(details);
        }
        one.add("");
        one.add(footer);
        if (String.join("\n", one).length() <= ReminderTexts.MAX_MESSAGE) {
            return List.of(String.join("\n", one));
        }
        List<String> first = new ArrayList<>(summary);
        first.add("");
        first.add(footer);
        List<String> messages = new ArrayList<>(ReminderTexts.chunks(first, ReminderTexts.MAX_MESSAGE));
        messages.addAll(ReminderTexts.chunks(details, ReminderTexts.MAX_MESSAGE));
        return messages;
    }

    private void selfAssessment(Locale l, Digest.Facts f, List<String> out) {
        Campaign.Deadlines d = f.campaign().deadlines();
        ReviewQueues.Snapshot a = f.assessments();
        if (a.all().isEmpty() && f.today().isBefore(d.selfAssessmentOpens())) {
            out.add(texts.text(l, "reminder.digest.self-not-open", ReminderTexts.date(d.selfAssessmentOpens()),
                    ReminderTexts.date(d.selfAssessmentCloses())));
            return;
        }
        long started = a.all().size();
        out.add(texts.text(l, "reminder.digest.self", ReminderTexts.date(d.selfAssessmentOpens()),
                ReminderTexts.date(d.selfAssessmentCloses())));
        out.add(texts.text(l, "reminder.digest.self-counts",
                String.valueOf(Math.max(0, f.people().size() - started)),
                String.valueOf(a.withStatus(AssessmentStatus.DRAFT)),
                String.valueOf(a.withStatus(AssessmentStatus.SUBMITTED) + a.withStatus(AssessmentStatus.TEAM_REVIEWED)),
                String.valueOf(a.withStatus(AssessmentStatus.RETURNED)),
                String.valueOf(a.withStatus(AssessmentStatus.REVIEWED)),
                String.valueOf(a.withStatus(AssessmentStatus.APPROVED))));
        if (f.figures().showsBands()) {
            out.add(texts.text(l, "reminder.digest.self-bands", f.figures().bands().stream()
                    .map(b -> texts.text(l, "reminder.digest.self-band", b.name(), String.valueOf(b.approved())))
                    .collect(java.util.stream.Collectors.joining(" · "))));
        }
        out.add(texts.text(l, "reminder.digest.self-waiting", String.valueOf(a.at(ReviewQueues.Stage.TEAM)),
                String.valueOf(a.at(ReviewQueues.Stage.COUNCIL)), String.valueOf(a.at(ReviewQueues.Stage.PRINCIPAL))));
    }

    private void nominations(Locale l, Digest.Facts f, List<String> out) {
        String quarter = texts.quarter(l, f.quarter());
        long total = f.nominationCounts().values().stream().mapToLong(Long::longValue).sum();
        out.add(f.quarterDeadline()
                .map(d -> texts.text(l, "reminder.digest.nominations", quarter, ReminderTexts.date(d), String.valueOf(total)))
                .orElseGet(() -> texts.text(l, "reminder.digest.nominations-no-date", quarter, String.valueOf(total))));
        f.nominationCounts().forEach((status, n) -> {
            if (n > 0) {
                out.add(texts.text(l, "reminder.digest.count", texts.text(l, status.messageKey()), String.valueOf(n)));
            }
        });
        if (!f.teamsWithoutNomination().isEmpty()) {
            out.add(texts.text(l, "reminder.digest.nominations-teams-without", String.join(", ", f.teamsWithoutNomination())));
        }
    }

    private void overdue(Locale l, Digest.Facts f, List<String> out) {
        Campaign.Deadlines d = f.campaign().deadlines();
        List<String> items = new ArrayList<>();
        if (f.registrationOverdue()) {
            items.add(texts.text(l, "reminder.digest.overdue.registration", ReminderTexts.date(d.registration()),
                    String.valueOf(f.people().size() - f.registered().size())));
        }
        if (f.selfOverdue()) {
            items.add(texts.text(l, "reminder.digest.overdue.self", ReminderTexts.date(d.selfAssessmentCloses()),
                    String.valueOf(f.selfNotSubmitted().size())));
        }
        if (f.missedNominationDate().isPresent() && !f.teamsMissedNomination().isEmpty()) {
            LocalDate missed = f.missedNominationDate().get();
            List<String> who = f.teamsMissedNomination().stream().map(t -> withLeaders(l, t)).toList();
            items.add(texts.text(l, "reminder.digest.overdue.nomination", texts.quarter(l, Quarter.of(missed)), ReminderTexts.date(missed),
                    String.valueOf(who.size()), String.join("; ", who)));
        }
        if (items.isEmpty()) {
            out.add(texts.text(l, "reminder.digest.overdue-none"));
        } else {
            out.add(texts.text(l, "reminder.digest.overdue"));
            out.addAll(items);
        }
    }

    /** The team and who leads it, e.g. Tổ Toán - Tin (Vì Văn Sơn). */
    private String withLeaders(Locale l, String team) {
        List<String> leaders = staff.teamMembers(team).stream().filter(v -> v.has(Role.TEAM_LEADER)).map(StaffView::fullName).toList();
        return leaders.isEmpty() ? team : texts.text(l, "reminder.digest.team-leaders", team, String.join(", ", leaders));
    }

    private void nextDeadlines(Locale l, Digest.Facts f, List<String> out) {
        Campaign c = f.campaign();
        Campaign.Deadlines d = c.deadlines();
        record Due(LocalDate date, String label) { }
        List<Due> all = new ArrayList<>();
        all.add(new Due(d.registration(), texts.text(l, "reminder.deadline.registration")));
        all.add(new Due(d.departmentSubmission(), texts.text(l, "reminder.deadline.department")));
        all.add(new Due(d.selfAssessmentCloses(), texts.text(l, "reminder.deadline.self-assessment")));
        d.nominations().forEach(n -> all.add(new Due(n, texts.text(l, "reminder.deadline.nomination", texts.quarter(l, Quarter.of(n))))));
        List<Due> next = all.stream().filter(x -> !x.date().isBefore(f.today()))
                .sorted(Comparator.comparing(Due::date)).limit(3).toList();
        if (next.isEmpty()) {
            out.add(texts.text(l, "reminder.digest.next-none"));
            return;
        }
        out.add(texts.text(l, "reminder.digest.next"));
        for (Due x : next) {
            out.add(texts.text(l, "reminder.digest.deadline", ReminderTexts.date(x.date()), x.label(), texts.daysLeft(l, c, x.date())));
        }
    }

    /** The names behind the overdue counts, by team. */
    private List<String> details(Locale l, Digest.Facts f) {
        List<String> out = new ArrayList<>();
        if (f.registrationOverdue()) {
            List<StaffView> late = f.notRegistered();
            out.add(texts.text(l, "reminder.digest.details.registration", String.valueOf(late.size())));
            byTeam(l, late, out);
        }
        if (f.selfOverdue()) {
            if (!out.isEmpty()) {
                out.add("");
            }
            out.add(texts.text(l, "reminder.digest.details.self", String.valueOf(f.selfNotSubmitted().size())));
            byTeam(l, f.selfNotSubmitted(), out);
        }
        return out;
    }

    private void byTeam(Locale l, List<StaffView> people, List<String> out) {
        String noTeam = texts.text(l, "staff.no-team");
        Map<String, List<StaffView>> teams = new LinkedHashMap<>();
        people.stream().sorted(Comparator.comparing((StaffView p) -> p.teamName() == null ? "\uffff" : p.teamName()))
                .forEach(p -> teams.computeIfAbsent(p.teamName() == null ? noTeam : p.teamName(), k -> new ArrayList<>()).add(p));
        teams.forEach((team, members) -> {
            out.add(texts.text(l, "reminder.team-heading", team, String.valueOf(members.size())));
            members.forEach(m -> out.add(texts.text(l, "reminder.line", m.fullName())));
        });
    }
}
