package vn.thiduabot.scoring.chat;

import vn.thiduabot.chat.ButtonPayload;

/** One of the approved self-assessments /mocham found: reopen this one. */
public record PickReopen(long assessmentId) implements ButtonPayload { }
