package vn.thiduabot.commendation;

import java.util.List;

/** What opening a vote did: the proposals on it, the council's size, and the members not on Telegram (no ballot sent). */
public record VoteOpening(long voteId, int items, int council, List<String> unlinked) {
}
