package vn.thiduabot.commendation;

import java.time.Instant;

/** The decider of the approved list sent their congratulation, to go to everyone; once per school year. */
public record CongratulationSent(String schoolYear, long sentBy, String text, Instant at) {
}
