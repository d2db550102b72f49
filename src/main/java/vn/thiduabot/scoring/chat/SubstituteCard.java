package vn.thiduabot.scoring.chat;

import vn.thiduabot.chat.ButtonPayload;

/** A button of the approval card of a principal's own submission, in the hands of the named substitute. */
public record SubstituteCard(long assessmentId, int round, ApprovalPress.Choice choice) implements ButtonPayload {
    public SubstituteCard {
        if (assessmentId <= 0 || round < 0) {
            throw new IllegalArgumentException("not a card of a stored submission");
        }
    }
}
