package vn.thiduabot.commendation;

import java.time.Instant;

/** The decider returned the list to the secretary with a reason; it can be edited and submitted again. */
public record ListReturned(String schoolYear, int round, long decidedBy, String reason, int violations, long totalAward,
                           Instant at) {
}
