package vn.thiduabot.commendation.chat;

import vn.thiduabot.chat.ButtonPayload;

/** The secretary's buttons on the vote's screens (/bieuquyet). */
sealed interface VotePress extends ButtonPayload
        permits VotePress.OpenVote, VotePress.CancelVote, VotePress.ChooseAbsent, VotePress.WriteFor, VotePress.AskClose,
                VotePress.ConfirmClose {

    /** Open the vote as confirmed (the place, date and closing time are in the flow's draft). */
    record OpenVote() implements VotePress { }

    /** Do not open it. */
    record CancelVote() implements VotePress { }

    /** Record a written ballot: choose the absent member. */
    record ChooseAbsent(long voteId) implements VotePress { }

    /** Record this member's written ballot. */
    record WriteFor(long voteId, long memberId) implements VotePress { }

    /** Close the vote: asks to confirm. */
    record AskClose(long voteId) implements VotePress { }

    /** Close the vote now. */
    record ConfirmClose(long voteId) implements VotePress { }
}
