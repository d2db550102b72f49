package vn.thiduabot.registration;

import java.time.Instant;

/** A team leader took back the team's sent registration to change it. */
public record CollectiveRegistrationEdited(long collectiveRegistrationId, String teamName, String schoolYear, long byStaffId,
                                           RegistrationStatus from, Instant at) { }
