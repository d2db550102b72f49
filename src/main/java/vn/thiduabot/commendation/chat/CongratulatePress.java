package vn.thiduabot.commendation.chat;

import vn.thiduabot.chat.ButtonPayload;

/** The decider's buttons for the congratulation after the list's approval. */
sealed interface CongratulatePress extends ButtonPayload permits CongratulatePress.Write, CongratulatePress.Cancel {

    /** ✍️ Write a congratulation: the next text typed goes to everyone. */
    record Write() implements CongratulatePress { }

    /** ✖️ Do not send one after all. */
    record Cancel() implements CongratulatePress { }
}
