/**
 * Reminders and digests: persistent Quartz jobs for every deadline of the calendar, quiet hours, each person's notice settings.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reminder", allowedDependencies = {"campaign", "chat", "nomination", "people", "pledge", "registration", "report", "scoring", "staff"})
package vn.thiduabot.reminder;
