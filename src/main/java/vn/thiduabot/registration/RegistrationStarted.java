package vn.thiduabot.registration;

import java.time.Instant;

/** A person's first answer created their registration for the school year (a draft). */
public record RegistrationStarted(long registrationId, long staffId, String schoolYear, Instant at) { }
