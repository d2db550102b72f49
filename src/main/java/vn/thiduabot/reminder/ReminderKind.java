package vn.thiduabot.reminder;

/**
 * What a reminder is about. Deadline reminders cannot be muted; notices (the year's timeline,
 * openings, calls, digests) can, with /caidat.
 */
enum ReminderKind {
    REGISTRATION_DUE(true),
    REGISTRATION_FINAL_SUMMARY(true),
    DEPARTMENT_CHECKLIST(true),
    PLEDGE_OPEN(true),
    PLEDGE_DUE(true),
    SELF_ASSESSMENT_OPEN(false),
    SELF_ASSESSMENT_DUE(true),
    NOMINATION_CALL(false),
    NOMINATION_DUE(true),
    TIMELINE(false),
    MID_YEAR_REVIEW(false),
    WEEKLY_DIGEST(false);

    private final boolean deadline;

    ReminderKind(boolean deadline) {
        this.deadline = deadline;
    }

    public boolean isDeadline() {
        return deadline;
    }
}
