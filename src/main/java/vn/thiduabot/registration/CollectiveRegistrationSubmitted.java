package vn.thiduabot.registration;

import java.time.Instant;

/** A team leader sent the team's collective registration. */
public record CollectiveRegistrationSubmitted(long collectiveRegistrationId, String teamName, String schoolYear, long byStaffId,
                                              RegistrationStatus from, Instant at) { }
