package vn.thiduabot.reminder;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * One planned sending of a reminder, e.g. "registration, 7 days before 15/09/2026, at 08:00".
 *
 * @param id         stable across restarts and re-plans: Quartz's trigger name and the dedupe key
 * @param series     occurrences of one series (D-7, D-3, D-1 of one deadline) replace each other when late
 * @param lastUseful after this day the reminder is pointless and is skipped
 * @param deadline   the date the reminder is about (shown to people)
 * @param title      for timeline notices, what happens that day
 */
record ReminderOccurrence(String id, ReminderKind kind, String series, ZonedDateTime fireAt, LocalDate lastUseful,
                                 LocalDate deadline, String title) {
}
