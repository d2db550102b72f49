package vn.thiduabot.commendation.chat;

import vn.thiduabot.chat.ButtonPayload;

/** The decider's buttons on the card of the year's list; the round is the submission the card was made for. */
sealed interface DecidePress extends ButtonPayload
        permits DecidePress.Approve, DecidePress.ApproveAnyway, DecidePress.Back, DecidePress.Return {

    int round();

    /** ✅ Approve: at once when the list breaks no rule, otherwise asks to confirm. */
    record Approve(int round) implements DecidePress { }

    /** ⚠️ Approve over the violations (the second confirmation). */
    record ApproveAnyway(int round) implements DecidePress { }

    /** Back to the card from the confirmation. */
    record Back(int round) implements DecidePress { }

    /** ↩️ Return: asks the reason. */
    record Return(int round) implements DecidePress { }
}
