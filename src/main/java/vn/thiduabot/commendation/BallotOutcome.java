package vn.thiduabot.commendation;

/** What a member's press on their ballot did; the message key says it in the member's language. */
public enum BallotOutcome {
    SAVED_YES("commendation.ballot.saved-yes"),
    SAVED_NO("commendation.ballot.saved-no"),
    /** The member's own vote replaced the written ballot the secretary had recorded for them. */
    REPLACED_WRITTEN("decision.written.replaced"),
    /** No such vote, or the item is not on it: a forged or stale button. Nothing has changed, the answer says. */
    STALE("decision.button.invalid"),
    CLOSED("commendation.ballot.closed"),
    NOT_MEMBER("commendation.ballot.not-member"),
    OWN("commendation.ballot.own-refused");

    private final String key;

    BallotOutcome(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The choice was stored. */
    public boolean saved() {
        return this == SAVED_YES || this == SAVED_NO || this == REPLACED_WRITTEN;
    }
}
