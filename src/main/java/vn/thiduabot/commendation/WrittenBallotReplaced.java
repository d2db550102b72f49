package vn.thiduabot.commendation;

import java.time.Instant;

/** A member's own press in the bot replaced the written ballot recorded for them. Who and when; never the choice. */
public record WrittenBallotReplaced(long voteId, long memberStaffId, Instant at) {
}
