package vn.thiduabot.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A submitted nomination as other features read it (the secretary's digest, the Excel export).
 *
 * @param nomineeStaffId  the colleague's staff id; null for someone outside the staff or a collective
 * @param nomineeName     the colleague's name when nominated, the typed name, or the collective's name
 * @param nominatorTeam   the nominator's team when they submitted (null if they had none)
 * @param deadline        the nomination due date shown when it was submitted (null if the campaign had none left)
 * @param history         every change after the submission, oldest first
 */
public record NominationSummary(long id, String schoolYear, Quarter quarter, LocalDate deadline,
                                NomineeKind nomineeKind, Long nomineeStaffId, String nomineeName, String nomineeTeam,
                                NominationCategory category, String achievement,
                                long nominatorStaffId, String nominatorName, String nominatorTeam,
                                NominationStatus status, int evidenceCount, Instant submittedAt,
                                List<Decision> history) {

    /**
     * One decision on the way.
     *
     * @param actorStaffId null when the bot moved it itself (the team leader skipped: see {@code reason})
     * @param reason       the reviewer's typed reason for a "no"; for an automatic move one of
     *                     {@code skip:no-team}, {@code skip:nominator-leads-team}, {@code skip:no-other-team-leader}
     */
    public record Decision(NominationStatus from, NominationStatus to, Long actorStaffId, String actorName, Instant at,
                           String reason) { }

    /** The latest decision (the one that gave the current status), if any. */
    public Optional<Decision> decision() {
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }
}
