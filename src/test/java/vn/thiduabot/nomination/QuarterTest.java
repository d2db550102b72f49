package vn.thiduabot.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which quarter a nomination falls in, and which due date the nominator is shown. */
class QuarterTest {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    private static Quarter of(String day) {
        return Quarter.of(LocalDate.parse(day));
    }

    @Test
    void every_quarter_boundary_falls_on_the_first_of_january_april_july_october() {
        assertThat(of("2023-12-31").label()).isEqualTo("2023-Q4");
        assertThat(of("2024-01-01").label()).isEqualTo("2024-Q1");
        assertThat(of("2024-03-31").label()).isEqualTo("2024-Q1");
        assertThat(of("2024-04-01").label()).isEqualTo("2024-Q2");
        assertThat(of("2024-06-30").label()).isEqualTo("2024-Q2");
        assertThat(of("2024-07-01").label()).isEqualTo("2024-Q3");
        assertThat(of("2024-09-30").label()).isEqualTo("2024-Q3");
        assertThat(of("2024-10-01").label()).isEqualTo("2024-Q4");
    }

    @Test
    void leap_day_belongs_to_the_first_quarter_which_then_has_91_days() {
        Quarter q = of("2024-02-29");
        assertThat(q).isEqualTo(new Quarter(2024, 1));
        assertThat(q.lastDay()).isEqualTo(LocalDate.parse("2024-03-31"));
        assertThat(q.firstDay().datesUntil(q.lastDay().plusDays(1)).count()).isEqualTo(91);
        assertThat(new Quarter(2023, 1).firstDay().datesUntil(new Quarter(2023, 1).lastDay().plusDays(1)).count()).isEqualTo(90);
    }

    @Test
    void new_years_eve_and_new_years_day_are_different_quarters_and_years() {
        Quarter eve = of("2023-12-31");
        Quarter day = of("2024-01-01");
        assertThat(eve.next()).isEqualTo(day);
        assertThat(day.previous()).isEqualTo(eve);
        assertThat(eve.lastDay()).isEqualTo(LocalDate.parse("2023-12-31"));
        assertThat(day.firstDay()).isEqualTo(LocalDate.parse("2024-01-01"));
        assertThat(eve).isLessThan(day);
    }

    @Test
    void the_day_is_taken_in_the_schools_time_zone_not_in_utc() {
        // 17:30 UTC on 31 December is already 00:30 on 1 January in Viet Nam
        Clock justAfterMidnight = Clock.fixed(Instant.parse("2023-12-31T17:30:00Z"), HANOI);
        assertThat(Quarter.current(justAfterMidnight).label()).isEqualTo("2024-Q1");
        Clock justBefore = Clock.fixed(Instant.parse("2023-12-31T16:59:59Z"), HANOI);
        assertThat(Quarter.current(justBefore).label()).isEqualTo("2023-Q4");
    }

    @Test
    void labels_round_trip_and_nonsense_is_refused() {
        assertThat(Quarter.parse("2026-Q4")).isEqualTo(new Quarter(2026, 4));
        assertThat(Quarter.parse(new Quarter(2026, 4).label())).isEqualTo(new Quarter(2026, 4));
        assertThatThrownBy(() -> Quarter.parse("2026-Q5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Quarter.parse("Q4 2026")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Quarter(2026, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_due_date_shown_is_the_first_nomination_date_on_or_after_today() {
        List<LocalDate> dates = List.of(LocalDate.parse("2024-03-15"), LocalDate.parse("2023-12-15"),
                LocalDate.parse("2024-06-15"), LocalDate.parse("2024-09-15"));
        assertThat(Quarter.nextDeadline(dates, LocalDate.parse("2023-11-20"))).contains(LocalDate.parse("2023-12-15"));
        assertThat(Quarter.nextDeadline(dates, LocalDate.parse("2023-12-15"))).as("the due day itself still counts")
                .contains(LocalDate.parse("2023-12-15"));
        assertThat(Quarter.nextDeadline(dates, LocalDate.parse("2023-12-16"))).contains(LocalDate.parse("2024-03-15"));
        assertThat(Quarter.nextDeadline(dates, LocalDate.parse("2024-09-16"))).isEmpty();
    }

    @Test
    void the_school_year_runs_from_the_quarter_of_august_to_the_quarter_of_july() {
        assertThat(Quarter.ofSchoolYearUpTo("2023-2024", new Quarter(2023, 4)))
                .containsExactly(new Quarter(2023, 3), new Quarter(2023, 4));
        assertThat(Quarter.ofSchoolYearUpTo("2023-2024", new Quarter(2030, 1))).extracting(Quarter::label)
                .containsExactly("2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2", "2024-Q3");
        assertThat(Quarter.ofSchoolYearUpTo("2023-2024", new Quarter(2023, 2))).isEmpty();
    }
}
