package vn.thiduabot.nomination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter (January to March is Q1), the period nominations are collected in. A nomination
 * belongs to the quarter of the day it is submitted, that day taken in the school's time zone.
 * Stored and exchanged as its label, e.g. {@code 2026-Q4}.
 */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    private static final Pattern LABEL = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("quarter number " + number + " is not 1..4");
        }
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** Today's quarter by the school's clock (its zone decides what "today" is around midnight). */
    public static Quarter current(Clock clock) {
        return of(LocalDate.now(clock));
    }

    public static Quarter parse(String label) {
        Matcher m = LABEL.matcher(label == null ? "" : label.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a quarter label: " + label);
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public String label() {
        return year + "-Q" + number;
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return next().firstDay().minusDays(1);
    }

    public boolean contains(LocalDate day) {
        return of(day).equals(this);
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    /**
     * The due date to show on a day: the first of the campaign's nomination dates that is on or after
     * it (a due date still accepts work on the day itself); empty when the year's dates are all past.
     */
    public static Optional<LocalDate> nextDeadline(List<LocalDate> nominationDates, LocalDate today) {
        return nominationDates.stream().filter(d -> !d.isBefore(today)).min(LocalDate::compareTo);
    }

    /**
     * The quarters of a school year ("2023-2024", 1 August to 31 July) from its first one up to and
     * including {@code upTo}, oldest first; empty if {@code upTo} is before the year began.
     */
    public static List<Quarter> ofSchoolYearUpTo(String schoolYear, Quarter upTo) {
        int startYear = Integer.parseInt(schoolYear.substring(0, 4));
        Quarter first = of(LocalDate.of(startYear, 8, 1));
        Quarter last = of(LocalDate.of(startYear + 1, 7, 31));
        List<Quarter> result = new ArrayList<>();
        for (Quarter q = first; q.compareTo(last) <= 0 && q.compareTo(upTo) <= 0; q = q.next()) {
            result.add(q);
        }
        return result;
    }

    @Override
    public int compareTo(Quarter o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(number, o.number);
    }

    @Override
    public String toString() {
        return label();
    }
}
