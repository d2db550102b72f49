package vn.thiduabot.nomination;

import java.time.Instant;

/**
 * A nomination passed a review: the team leader confirmed it (or the bot skipped the team stage), the
 * council passed it to the principal, or the principal introduced it.
 *
 * @param actorStaffId null when the bot moved it itself (the team stage skipped, {@code reason} says why)
 */
public record NominationPassed(long nominationId, ReviewStage stage, NominationStatus from, NominationStatus to, Long actorStaffId,
                               String reason, Instant at) {

    public boolean automatic() {
        return actorStaffId == null;
    }
}
