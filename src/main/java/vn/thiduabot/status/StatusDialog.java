package vn.thiduabot.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.people.Person;
import vn.thiduabot.chat.Command;
import vn.thiduabot.people.Role;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.nomination.NominationQueries;
import vn.thiduabot.nomination.NominationSummary;
import vn.thiduabot.nomination.Quarter;
import vn.thiduabot.registration.RegistrationQueries;
import vn.thiduabot.registration.TargetResultLines;
import vn.thiduabot.registration.RegistrationSummary;
import vn.thiduabot.scoring.AssessmentQueries;
import vn.thiduabot.scoring.AssessmentStatus;
import vn.thiduabot.scoring.AssessmentSummary;

/**
 * /trangthai (/status): where each of my things stands (registration, self-assessment, my
 * nominations this quarter), what to do next and by when.
 */
@Component
@Order(50)
class StatusDialog implements Command {

    private final Campaigns campaigns;
    private final RegistrationQueries registrations;
    private final AssessmentQueries assessments;
    private final NominationQueries nominations;
    private final TargetResultLines targetResults;

    StatusDialog(Campaigns campaigns, RegistrationQueries registrations, AssessmentQueries assessments,
                  NominationQueries nominations, TargetResultLines targetResults) {
        this.targetResults = targetResults;
        this.campaigns = campaigns;
        this.registrations = registrations;
        this.assessments = assessments;
        this.nominations = nominations;
    }

    @Override
    public List<String> names() {
        return List.of("trangthai", "status");
    }

    @Override
    public String descriptionKey() {
        return "command.status";
    }

    @Override
    public Set<Role> roles() {
        return Set.of();
    }

    @Override
    public void run(ChatSession s, String args) {
        Person me = s.requireUser();
        Campaign c = campaigns.current();
        LocalDate today = campaigns.today();
        String text = s.text("status.header", c.schoolYear()) + "\n\n"
                + registration(s, c, today, registrations.forStaff(me.staffId(), c.schoolYear())) + "\n\n"
                + results(s, c, today, me)
                + selfAssessment(s, c, today, assessments.forStaff(me.staffId(), c.schoolYear())) + "\n\n"
                + nominations(s, c, today, me);
        s.literal(text).send();
    }

    /** From the day the self-assessment opens: each registered target against its result, met or not. */
    private String results(ChatSession s, Campaign c, LocalDate today, Person me) {
        if (today.isBefore(c.deadlines().selfAssessmentOpens())) {
            return "";
        }
        String section = targetResults.section(s.locale(), me.staffId(), c.schoolYear());
        return section.isEmpty() ? "" : section + "\n\n";
    }

    private static String registration(ChatSession s, Campaign c, LocalDate today, Optional<RegistrationSummary> r) {
        String deadline = Texts.date(c.deadlines().registration());
        boolean open = c.deadlines().registrationOpen(today);
        if (r.isPresent() && r.get().submitted()) {
            String title = r.get().titleName() == null ? "-" : r.get().titleName();
            return s.text("status.registration.submitted", title, Texts.date(r.get().submittedOn()),
                    open ? s.text("status.registration.can-edit", deadline) : "");
        }
        if (r.isPresent() && r.get().reopened()) {
            return s.text("status.registration.reopened");
        }
        if (r.isPresent()) {
            return open ? s.text("status.registration.draft", deadline) : s.text("status.registration.missed", deadline);
        }
        return open ? s.text("status.registration.not-started", deadline) : s.text("status.registration.missed", deadline);
    }

    private static String selfAssessment(ChatSession s, Campaign c, LocalDate today, Optional<AssessmentSummary> a) {
        Campaign.Deadlines d = c.deadlines();
        String opens = Texts.date(d.selfAssessmentOpens());
        String closes = Texts.date(d.selfAssessmentCloses());
        if (a.isEmpty() || a.get().status() == AssessmentStatus.DRAFT && a.get().submittedAt() == null) {
            if (today.isBefore(d.selfAssessmentOpens())) {
                return s.text("status.self.not-open", opens, closes);
            }
            if (d.selfAssessmentOpen(today)) {
                return s.text(a.isEmpty() ? "status.self.not-started" : "status.self.draft", closes);
            }
            return s.text("status.self.missed", closes);
        }
        AssessmentSummary x = a.get();
        String state = s.text(x.status().messageKey());
        String total = number(x.finalTotal() != null ? x.finalTotal() : x.councilTotal() != null ? x.councilTotal() : x.selfTotal());
        String rating = x.ratingName() == null ? "-" : x.ratingName();
        String next = switch (x.status()) {
            case RETURNED -> s.text("status.self.next-returned", closes);
            case APPROVED -> s.text("status.self.next-approved");
            default -> s.text("status.self.next-waiting");
        };
        return s.text("status.self.state", state, total, rating, next);
    }

    private String nominations(ChatSession s, Campaign c, LocalDate today, Person me) {
        Quarter quarter = nominations.currentQuarter();
        List<NominationSummary> mine = nominations.forQuarter(quarter).stream()
                .filter(n -> n.nominatorStaffId() == me.staffId())
                .toList();
        String due = Quarter.nextDeadline(c.deadlines().nominations(), today).map(Texts::date).orElse("-");
        if (mine.isEmpty()) {
            return s.text("status.nominations.none", quarter.label(), due);
        }
        String lines = mine.stream()
                .map(n -> "• " + n.nomineeName() + ": " + s.text("nomination.status." + n.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')))
                .collect(Collectors.joining("\n"));
        return s.text("status.nominations.some", quarter.label(), lines, due);
    }

    private static String number(BigDecimal n) {
        return n == null ? "-" : n.stripTrailingZeros().toPlainString();
    }
}
