package vn.thiduabot.commendation;

import java.time.Instant;

/** The secretary recorded an absent member's written (paper) ballot. Who and when; never the choices. */
public record WrittenBallotRecorded(long voteId, long memberStaffId, long recordedBy, Instant at) {
}
