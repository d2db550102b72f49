package vn.thiduabot.reminder;

import java.time.LocalTime;
import java.time.ZonedDateTime;

/** Nobody is reminded between, by default, 21:00 and 06:30; a reminder due then waits for the morning. */
record QuietHours(LocalTime start, LocalTime end) {

    boolean isQuiet(LocalTime t) {
        return start.isAfter(end)
                ? !t.isBefore(start) || t.isBefore(end)      // over midnight: 21:00-06:30
                : !t.isBefore(start) && t.isBefore(end);     // same day: e.g. 12:00-13:30
    }

    /** {@code at} itself if allowed, else the end of the quiet period (the same or the next morning). */
    ZonedDateTime nextAllowed(ZonedDateTime at) {
        if (!isQuiet(at.toLocalTime())) {
            return at;
        }
        ZonedDateTime sameDay = at.with(end).withSecond(0).withNano(0);
        return sameDay.isAfter(at) ? sameDay : sameDay.plusDays(1);
    }
}
