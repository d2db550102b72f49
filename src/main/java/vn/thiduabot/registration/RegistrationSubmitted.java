package vn.thiduabot.registration;

import java.time.Instant;

/** A person sent their registration. */
public record RegistrationSubmitted(long registrationId, long staffId, String schoolYear, RegistrationStatus from, Instant at) { }
