package vn.thiduabot.commendation;

import java.time.Instant;

/** The secretary submitted the year's list to its deciders (round {@code round}): their cards go out. */
public record ListSubmitted(String schoolYear, int round, long submittedBy, int proposals, int violations, long totalAward,
                            Instant at) {
}
