package vn.thiduabot.scoring.chat;

import vn.thiduabot.chat.ButtonPayload;

/** Shows the history of one self-assessment (a choice of /lichsu, or the button under a review). */
public record ShowHistory(long assessmentId) implements ButtonPayload { }
