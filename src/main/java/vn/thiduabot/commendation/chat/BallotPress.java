package vn.thiduabot.commendation.chat;

import vn.thiduabot.chat.ButtonPayload;

/** "Agree" or "disagree" on one proposal of a council member's ballot. The vote is its round: a closed or other vote refuses. */
record BallotPress(long voteId, long itemId, Choice choice) implements ButtonPayload {

    enum Choice { YES, NO }

    BallotPress {
        if (voteId <= 0 || itemId <= 0) {
            throw new IllegalArgumentException("no such ballot item");
        }
    }

    /**
     * How every ballot button of one vote starts once encoded (the record's name, then its first field), so the
     * buttons can be deleted when the vote closes. SecretBallotTest checks none is left.
     */
    static String encodedPrefix(long voteId) {
        return BallotPress.class.getSimpleName() + "{\"voteId\":" + voteId + ",";
    }
}
