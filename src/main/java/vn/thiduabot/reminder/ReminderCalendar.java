package vn.thiduabot.reminder;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.thiduabot.campaign.Campaign;

/**
 * The year's reminders, computed from the campaign file. Deadlines are whole days in the school's
 * time zone; a deadline on a Sunday stays on the Sunday, and so does its D-n arithmetic.
 */
final class ReminderCalendar {

    static final LocalTime MORNING = LocalTime.of(8, 0);
    static final LocalTime EVENING = LocalTime.of(17, 0);
    /** The mid-year review goes out this many days before the conference (time to read it and prepare the report). */
    static final int MID_YEAR_LEAD_DAYS = 3;

    private ReminderCalendar() {
    }

    static List<ReminderOccurrence> plan(Campaign c) {
        ZoneId zone = c.zone();
        String y = c.schoolYear();
        Campaign.Deadlines d = c.deadlines();
        List<ReminderOccurrence> plan = new ArrayList<>();
        for (int n : new int[] {7, 3, 1}) {
            plan.add(new ReminderOccurrence(y + ":registration:D-" + n, ReminderKind.REGISTRATION_DUE, y + ":registration",
                    at(d.registration().minusDays(n), MORNING, zone), d.registration(), d.registration(), null));
        }
        plan.add(new ReminderOccurrence(y + ":registration:final", ReminderKind.REGISTRATION_FINAL_SUMMARY, y + ":registration-final",
                at(d.registration(), EVENING, zone), d.registration(), d.registration(), null));
        for (int n : new int[] {5, 1}) {
            plan.add(new ReminderOccurrence(y + ":department:D-" + n, ReminderKind.DEPARTMENT_CHECKLIST, y + ":department",
                    at(d.departmentSubmission().minusDays(n), MORNING, zone), d.departmentSubmission(), d.departmentSubmission(), null));
        }
        c.pledgeOffered().ifPresent(p -> pledge(plan, y, p.opens(), d.departmentSubmission(), zone));
        plan.add(new ReminderOccurrence(y + ":self-assessment:open", ReminderKind.SELF_ASSESSMENT_OPEN, y + ":self-assessment-open",
                at(d.selfAssessmentOpens(), MORNING, zone), d.selfAssessmentCloses(), d.selfAssessmentCloses(), null));
        for (int n : new int[] {3, 1}) {
            plan.add(new ReminderOccurrence(y + ":self-assessment:D-" + n, ReminderKind.SELF_ASSESSMENT_DUE, y + ":self-assessment",
                    at(d.selfAssessmentCloses().minusDays(n), MORNING, zone), d.selfAssessmentCloses(), d.selfAssessmentCloses(), null));
        }
        for (LocalDate due : d.nominations()) {
            LocalDate call = firstDayOfLastMonthOfQuarter(due);
            if (call.isBefore(due)) {
                plan.add(new ReminderOccurrence(y + ":nomination:" + due + ":call", ReminderKind.NOMINATION_CALL,
                        y + ":nomination-call:" + due, at(call, MORNING, zone), due, due, null));
            }
            plan.add(new ReminderOccurrence(y + ":nomination:" + due + ":D-3", ReminderKind.NOMINATION_DUE,
                    y + ":nomination:" + due, at(due.minusDays(3), MORNING, zone), due, due, null));
        }
        int i = 0;
        for (Campaign.TimelineEvent e : c.timeline()) {
            if (e.midYear()) {
                // the leaders read their teams' progress before the conference, not at it
                plan.add(new ReminderOccurrence(y + ":mid-year:" + e.date(), ReminderKind.MID_YEAR_REVIEW, y + ":mid-year",
                        at(e.date().minusDays(MID_YEAR_LEAD_DAYS), MORNING, zone), e.date(), e.date(), e.title()));
            }
            plan.add(new ReminderOccurrence(y + ":timeline:" + e.date() + ":" + (++i), ReminderKind.TIMELINE,
                    y + ":timeline:" + i, at(e.date(), MORNING, zone), e.date(), e.date(), e.title()));
        }
        return plan;
    }

    /**
     * The pledge (only in a campaign file with a {@code pledge:} section): the card to sign on its opening day, then
     * D-5 and D-1 of the Department submission to those who have not signed (a day before the opening is skipped).
     */
    private static void pledge(List<ReminderOccurrence> plan, String y, LocalDate opens, LocalDate due, ZoneId zone) {
        plan.add(new ReminderOccurrence(y + ":pledge:open", ReminderKind.PLEDGE_OPEN, y + ":pledge-open",
                at(opens, MORNING, zone), due, due, null));
        for (int n : new int[] {5, 1}) {
            LocalDate day = due.minusDays(n);
            if (day.isAfter(opens)) {
                plan.add(new ReminderOccurrence(y + ":pledge:D-" + n, ReminderKind.PLEDGE_DUE, y + ":pledge",
                        at(day, MORNING, zone), due, due, null));
            }
        }
    }

    /** The quarter's last month starts the call to nominate: 1 December for a date in Q4, 1 March for Q1. */
    static LocalDate firstDayOfLastMonthOfQuarter(LocalDate date) {
        int lastMonth = ((date.getMonthValue() - 1) / 3) * 3 + 3;
        return LocalDate.of(date.getYear(), lastMonth, 1);
    }

    static ZonedDateTime at(LocalDate date, LocalTime time, ZoneId zone) {
        return ZonedDateTime.of(date, time, zone);
    }
}
