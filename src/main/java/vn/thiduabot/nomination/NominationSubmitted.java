package vn.thiduabot.nomination;

import java.time.Instant;

/**
 * A nominator sent a nomination in a quarter. It waits for the team leaders of the nominator's team,
 * or, with a {@code skipReason}, goes straight to the council ({@link NominationPassed} follows).
 *
 * @param skipReason null when the team leaders review it; else why they are skipped ({@code skip:...})
 */
public record NominationSubmitted(long nominationId, long nominatorStaffId, String nominatorTeam, Quarter quarter, String skipReason,
                                  Instant at) { }
