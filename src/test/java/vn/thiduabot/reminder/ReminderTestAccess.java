package vn.thiduabot.reminder;

import org.springframework.context.ApplicationContext;

/** For tests outside this package (benchmarks, end-to-end): fire an occurrence as the scheduler would. */
public final class ReminderTestAccess {

    private ReminderTestAccess() {
    }

    /** Runs the occurrence now; returns what happened (Done with how many people, Skipped, Postpone). */
    public static String fire(ApplicationContext app, String occurrenceId) {
        return app.getBean(ReminderService.class).fire(occurrenceId).toString();
    }
}
