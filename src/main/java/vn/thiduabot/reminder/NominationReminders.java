package vn.thiduabot.reminder;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;
import vn.thiduabot.nomination.NominationQueries;
import vn.thiduabot.nomination.Quarter;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffView;

/**
 * Quarterly nominations: on the first day of the quarter's last month a call to everyone (a notice,
 * so /caidat mutes it); three days before the quarter's nomination date, each team leader whose team
 * has not nominated anyone that quarter is reminded.
 */
@Component
class NominationReminders {

    private final StaffDirectory staff;
    private final NominationQueries nominations;
    private final ReminderTexts texts;

    NominationReminders(StaffDirectory staff, NominationQueries nominations, ReminderTexts texts) {
        this.staff = staff;
        this.nominations = nominations;
        this.texts = texts;
    }

    String quarter(Locale l, Quarter q) {
        return texts.text(l, "nomination.quarter", String.valueOf(q.year()), String.valueOf(q.number()));
    }

    @Component
    static class Call implements ReminderAudience {
        private final NominationReminders n;

        Call(NominationReminders n) {
            this.n = n;
        }

        @Override
        public ReminderKind kind() {
            return ReminderKind.NOMINATION_CALL;
        }

        @Override
        public void deliver(ReminderOccurrence o, Campaign c, Deliveries deliveries) {
            Quarter q = Quarter.of(o.deadline());
            for (StaffView p : n.staff.activeStaff()) {
                p.linkedPerson().ifPresent(u -> deliveries.send(u, "reminder.nomination.call", n.quarter(u.locale(), q),
                        ReminderTexts.date(o.deadline()), n.texts.daysLeft(u.locale(), c, o.deadline())));
            }
        }
    }

    @Component
    static class Due implements ReminderAudience {
        private final NominationReminders n;

        Due(NominationReminders n) {
            this.n = n;
        }

        @Override
        public ReminderKind kind() {
            return ReminderKind.NOMINATION_DUE;
        }

        @Override
        public void deliver(ReminderOccurrence o, Campaign c, Deliveries deliveries) {
            Quarter q = Quarter.of(o.deadline());
            Set<String> without = new HashSet<>();
            n.nominations.teamsWithoutNomination(q).forEach(t -> without.add(t.toLowerCase(Locale.ROOT)));
            for (Person u : n.staff.linkedWithRole(Role.TEAM_LEADER)) {
                if (u.teamName() != null && without.contains(u.teamName().toLowerCase(Locale.ROOT))) {
                    deliveries.send(u, "reminder.nomination.due", u.teamName(), n.quarter(u.locale(), q),
                            ReminderTexts.date(o.deadline()), n.texts.daysLeft(u.locale(), c, o.deadline()));
                }
            }
        }
    }
}
