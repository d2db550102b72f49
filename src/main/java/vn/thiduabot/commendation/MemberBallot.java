package vn.thiduabot.commendation;

import java.util.List;
import java.util.Map;

/**
 * One member's own ballot, for that member's eyes only: the vote, its items and the member's choices so far
 * (item id to agree). Nobody else's choices are ever read into it.
 */
public record MemberBallot(VoteView vote, List<VoteItemView> items, long memberStaffId, Map<Long, Boolean> choices) {
}
