package vn.thiduabot.registration;

import java.time.Instant;

/** A team leader's first answer created the team's collective registration (a draft). */
public record CollectiveRegistrationStarted(long collectiveRegistrationId, String teamName, String schoolYear, long byStaffId,
                                            Instant at) { }
