package vn.thiduabot.nomination;

/**
 * Where a nomination is. DRAFT while the nominator is still writing it; SUBMITTED waits for the
 * nominator's team leader; TEAM_CONFIRMED waits for the council; COUNCIL_PASSED waits for the
 * principal. The other four are final.
 */
public enum NominationStatus {
    DRAFT,
    SUBMITTED,
    TEAM_CONFIRMED,
    TEAM_REJECTED,
    COUNCIL_PASSED,
    COUNCIL_REJECTED,
    INTRODUCED,
    NOT_INTRODUCED;

    public boolean isFinal() {
        return this == TEAM_REJECTED || this == COUNCIL_REJECTED || this == INTRODUCED || this == NOT_INTRODUCED;
    }

    /** Message key of the status as people read it. */
    public String messageKey() {
        return "nomination.status." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
