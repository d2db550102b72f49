package vn.thiduabot.reminder;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.people.Person;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffView;

/** Notices for the whole staff: the year's timeline items and the opening of self-assessment. */
@Component
class EveryoneNotices {

    private final StaffDirectory staff;

    EveryoneNotices(StaffDirectory staff) {
        this.staff = staff;
    }

    List<Person> everyone() {
        return staff.activeStaff().stream().map(StaffView::linkedPerson).flatMap(java.util.Optional::stream).toList();
    }

    @Component
    static class Timeline implements ReminderAudience {
        private final EveryoneNotices all;

        Timeline(EveryoneNotices all) {
            this.all = all;
        }

        @Override
        public ReminderKind kind() {
            return ReminderKind.TIMELINE;
        }

        @Override
        public void deliver(ReminderOccurrence o, Campaign c, Deliveries deliveries) {
            for (Person u : all.everyone()) {
                deliveries.send(u, "reminder.timeline", Texts.date(o.deadline()), o.title(), c.schoolName());
            }
        }
    }

    @Component
    static class SelfAssessmentOpens implements ReminderAudience {
        private final EveryoneNotices all;

        SelfAssessmentOpens(EveryoneNotices all) {
            this.all = all;
        }

        @Override
        public ReminderKind kind() {
            return ReminderKind.SELF_ASSESSMENT_OPEN;
        }

        @Override
        public void deliver(ReminderOccurrence o, Campaign c, Deliveries deliveries) {
            String opens = Texts.date(c.deadlines().selfAssessmentOpens());
            String closes = Texts.date(c.deadlines().selfAssessmentCloses());
            for (Person u : all.everyone()) {
                deliveries.send(u, "reminder.self-assessment-open", opens, closes);
            }
        }
    }
}
