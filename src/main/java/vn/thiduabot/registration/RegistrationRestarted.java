package vn.thiduabot.registration;

import java.time.Instant;

/** A person cleared every answer of their draft to start over. */
public record RegistrationRestarted(long registrationId, long staffId, String schoolYear, RegistrationStatus from, Instant at) { }
