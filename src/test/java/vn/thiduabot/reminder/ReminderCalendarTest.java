package vn.thiduabot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thiduabot.campaign.Campaign;

class ReminderCalendarTest {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    static Campaign seedYear() {
        return new vn.thiduabot.campaign.Campaigns("src/test/resources/campaigns", java.time.Clock.systemUTC()).all().get(0);
    }

    private static ReminderOccurrence find(List<ReminderOccurrence> plan, String id) {
        return plan.stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void registration_reminders_at_8_on_d7_d3_d1_and_a_summary_at_17_on_the_day() {
        List<ReminderOccurrence> plan = ReminderCalendar.plan(seedYear());
        assertThat(find(plan, "2023-2024:registration:D-7").fireAt()).isEqualTo(ZonedDateTime.of(2023, 9, 8, 8, 0, 0, 0, VN));
        assertThat(find(plan, "2023-2024:registration:D-3").fireAt().toLocalDate()).isEqualTo(LocalDate.of(2023, 9, 12));
        assertThat(find(plan, "2023-2024:registration:D-1").fireAt().toLocalDate()).isEqualTo(LocalDate.of(2023, 9, 14));
        assertThat(find(plan, "2023-2024:registration:final").fireAt()).isEqualTo(ZonedDateTime.of(2023, 9, 15, 17, 0, 0, 0, VN));
        assertThat(find(plan, "2023-2024:department:D-5").fireAt().toLocalDate()).isEqualTo(LocalDate.of(2023, 10, 5));
        assertThat(find(plan, "2023-2024:registration:D-1").lastUseful()).isEqualTo(LocalDate.of(2023, 9, 15));
    }

    @Test
    void the_pledge_card_goes_out_on_its_opening_day_and_the_reminders_at_d5_and_d1_of_the_department_deadline() {
        List<ReminderOccurrence> plan = ReminderCalendar.plan(seedYear());
        assertThat(find(plan, "2023-2024:pledge:open").fireAt()).isEqualTo(ZonedDateTime.of(2023, 9, 20, 8, 0, 0, 0, VN));
        assertThat(find(plan, "2023-2024:pledge:D-5").fireAt()).isEqualTo(ZonedDateTime.of(2023, 10, 5, 8, 0, 0, 0, VN));
        assertThat(find(plan, "2023-2024:pledge:D-1").fireAt()).isEqualTo(ZonedDateTime.of(2023, 10, 9, 8, 0, 0, 0, VN));
        assertThat(find(plan, "2023-2024:pledge:D-1").deadline()).isEqualTo(LocalDate.of(2023, 10, 10));
        Campaign c = seedYear();
        Campaign withoutPledge = new Campaign(c.file(), c.schoolName(), c.schoolYear(), c.zone(), c.deadlines(), c.individualTitles(),
                c.collectiveTitles(), c.forms(), c.targets(), c.scoreSheet(), c.teamLeaderReviewsFirst(), c.timeline(),
                c.commendation(), c.place());
        assertThat(ReminderCalendar.plan(withoutPledge)).as("no pledge section, no pledge reminders")
                .noneMatch(o -> o.kind() == ReminderKind.PLEDGE_OPEN || o.kind() == ReminderKind.PLEDGE_DUE);
    }

    @Test
    void the_call_to_nominate_starts_the_last_month_of_the_quarter() {
        assertThat(ReminderCalendar.firstDayOfLastMonthOfQuarter(LocalDate.of(2023, 12, 15))).isEqualTo(LocalDate.of(2023, 12, 1));
        assertThat(ReminderCalendar.firstDayOfLastMonthOfQuarter(LocalDate.of(2024, 1, 1))).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(ReminderCalendar.firstDayOfLastMonthOfQuarter(LocalDate.of(2024, 6, 30))).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(ReminderCalendar.firstDayOfLastMonthOfQuarter(LocalDate.of(2023, 9, 30))).isEqualTo(LocalDate.of(2023, 9, 1));
    }

    @Test
    void a_sunday_deadline_stays_on_sunday_and_leap_days_count() {
        LocalDate sunday = LocalDate.of(2024, 9, 15); // a Sunday
        assertThat(sunday.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SUNDAY);
        ZonedDateTime d1 = ReminderCalendar.at(sunday.minusDays(1), ReminderCalendar.MORNING, VN);
        assertThat(d1.toLocalDate()).isEqualTo(LocalDate.of(2024, 9, 14));
        assertThat(LocalDate.of(2024, 3, 3).minusDays(3)).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void quiet_hours_push_to_the_next_morning() {
        QuietHours q = new QuietHours(LocalTime.of(21, 0), LocalTime.of(6, 30));
        assertThat(q.isQuiet(LocalTime.of(20, 59))).isFalse();
        assertThat(q.isQuiet(LocalTime.of(21, 0))).isTrue();
        assertThat(q.isQuiet(LocalTime.of(2, 0))).isTrue();
        assertThat(q.isQuiet(LocalTime.of(6, 30))).isFalse();
        ZonedDateTime late = ZonedDateTime.of(2023, 9, 14, 23, 15, 0, 0, VN);
        assertThat(q.nextAllowed(late)).isEqualTo(ZonedDateTime.of(2023, 9, 15, 6, 30, 0, 0, VN));
        ZonedDateTime early = ZonedDateTime.of(2023, 9, 15, 5, 0, 0, 0, VN);
        assertThat(q.nextAllowed(early)).isEqualTo(ZonedDateTime.of(2023, 9, 15, 6, 30, 0, 0, VN));
        ZonedDateTime day = ZonedDateTime.of(2023, 9, 15, 10, 0, 0, 0, VN);
        assertThat(q.nextAllowed(day)).isEqualTo(day);
    }

    @Test
    void timeline_items_of_the_seed_plan_become_notices_on_their_day() {
        List<ReminderOccurrence> plan = ReminderCalendar.plan(seedYear());
        assertThat(plan).filteredOn(o -> o.kind() == ReminderKind.TIMELINE)
                .hasSize(seedYear().timeline().size())
                .allSatisfy(o -> assertThat(o.fireAt().toLocalTime()).isEqualTo(LocalTime.of(8, 0)));
    }
}
