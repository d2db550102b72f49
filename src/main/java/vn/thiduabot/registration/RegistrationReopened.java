package vn.thiduabot.registration;

import java.time.Instant;

/**
 * The secretary reopened a person's registration, with a reason, so they may change and send it again
 * even after the deadline.
 *
 * @param from the status before, or null when the person had no registration yet
 */
public record RegistrationReopened(long registrationId, long staffId, String schoolYear, long byStaffId, RegistrationStatus from,
                                   String reason, Instant at) { }
