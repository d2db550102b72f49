package vn.thiduabot.commendation;

import java.time.Instant;

/** The decider approved the list; {@code overridden}: over rule violations, after a second confirmation. */
public record ListApproved(String schoolYear, int round, long decidedBy, boolean overridden, int violations, long totalAward,
                           Instant at) {
}
