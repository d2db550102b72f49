package vn.thiduabot.reminder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;
import vn.thiduabot.scoring.AssessmentQueries;
import vn.thiduabot.scoring.AssessmentStatus;
import vn.thiduabot.scoring.AssessmentSummary;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffView;

/**
 * The self-assessment window closes: at D-3 and D-1 everyone who has not submitted (never started,
 * drafting, or returned and not resubmitted) is reminded; council members are told how many
 * submissions wait for the council's review, team leaders how many of their team wait for them. One
 * message per person, with only the parts that concern them; nobody with nothing to do gets one.
 */
@Component
class SelfAssessmentReminders implements ReminderAudience {

    private final StaffDirectory staff;
    private final AssessmentQueries assessments;
    private final ReviewQueues queues;
    private final ReminderTexts texts;

    SelfAssessmentReminders(StaffDirectory staff, AssessmentQueries assessments, ReviewQueues queues, ReminderTexts texts) {
        this.staff = staff;
        this.assessments = assessments;
        this.queues = queues;
        this.texts = texts;
    }

    @Override
    public ReminderKind kind() {
        return ReminderKind.SELF_ASSESSMENT_DUE;
    }

    @Override
    public void deliver(ReminderOccurrence o, Campaign c, Deliveries deliveries) {
        Map<Long, StaffView> owing = assessments.notSubmitted(c.schoolYear()).stream()
                .collect(Collectors.toMap(StaffView::staffId, Function.identity(), (a, b) -> a));
        ReviewQueues.Snapshot queue = queues.of(c);
        Map<Long, AssessmentSummary> mine = queue.all().stream()
                .collect(Collectors.toMap(AssessmentSummary::staffId, Function.identity(), (a, b) -> a));
        for (StaffView p : staff.activeStaff()) {
            if (p.linkedPerson().isEmpty()) {
                continue;
            }
            Person u = p.linkedPerson().get();
            List<String> parts = new ArrayList<>();
            if (owing.containsKey(p.staffId())) {
                boolean returned = Optional.ofNullable(mine.get(p.staffId())).map(AssessmentSummary::status)
                        .filter(s -> s == AssessmentStatus.RETURNED).isPresent();
                parts.add(texts.text(u, returned ? "reminder.self-assessment.returned" : "reminder.self-assessment.due",
                        c.schoolYear(), ReminderTexts.date(o.deadline()), texts.daysLeft(u.locale(), c, o.deadline())));
            }
            if (p.has(Role.TEAM_LEADER)) {
                long team = queue.forTeamLeader(p.staffId(), p.teamName());
                if (team > 0) {
                    parts.add(texts.text(u, "reminder.self-assessment.team", p.teamName(), String.valueOf(team)));
                }
            }
            if (p.has(Role.COUNCIL)) {
                long council = queue.forCouncil(p.staffId());
                if (council > 0) {
                    parts.add(texts.text(u, "reminder.self-assessment.council", String.valueOf(council)));
                }
            }
            if (!parts.isEmpty()) {
                deliveries.sendTexts(u, List.of(String.join("\n\n", parts)), null);
            }
        }
    }
}
