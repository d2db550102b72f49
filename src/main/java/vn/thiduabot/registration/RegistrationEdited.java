package vn.thiduabot.registration;

import java.time.Instant;

/** A person took back the registration they had sent, to change it: a draft again until they send it again. */
public record RegistrationEdited(long registrationId, long staffId, String schoolYear, RegistrationStatus from, Instant at) { }
