package vn.thiduabot.scoring;

import java.util.Locale;

/**
 * Where a self-assessment is: the teacher's draft, submitted, returned for revision, reviewed by the
 * team leader, reviewed by the council (waiting for the principal), approved.
 */
public enum AssessmentStatus {
    DRAFT, SUBMITTED, RETURNED, TEAM_REVIEWED, REVIEWED, APPROVED;

    /** Key of the status's display name, e.g. {@code scoring.status.team_reviewed}. */
    public String messageKey() {
        return "scoring.status." + name().toLowerCase(Locale.ROOT);
    }

    /** The teacher may still change scores and evidence. */
    public boolean editableByOwner() {
        return this == DRAFT || this == RETURNED;
    }
}
