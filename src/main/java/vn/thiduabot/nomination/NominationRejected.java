package vn.thiduabot.nomination;

import java.time.Instant;

/** A reviewer said no at a stage (with a reason at the team and council stages); the nomination goes no further. */
public record NominationRejected(long nominationId, ReviewStage stage, NominationStatus from, NominationStatus to, long actorStaffId,
                                 String reason, Instant at) { }
