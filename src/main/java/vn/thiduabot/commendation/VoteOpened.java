package vn.thiduabot.commendation;

/** The secretary opened the council's vote: every member gets a ballot. */
public record VoteOpened(long voteId, String schoolYear, int items, int councilSize, long openedBy) {
}
