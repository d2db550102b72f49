package vn.thiduabot.commendation;

import java.time.Instant;
import java.util.List;

/**
 * A closed vote's results, as left after the tally: the counts per proposal, how many members voted in
 * the bot, the absent members' written-ballot notes ("name: note"), the written ballots their members
 * replaced in the bot, and the members (staff ids). Never who chose what.
 */
public record ClosedVote(VoteView vote, List<VoteItemView> items, int present, List<String> writtenNotes,
                         List<Replacement> replaced, List<Long> members) {

    /** A member's own vote in the bot replaced the written ballot the secretary had recorded. */
    public record Replacement(String member, String recordedBy, Instant at) { }

    public long passed() {
        return items.stream().filter(VoteItemView::hasPassed).count();
    }
}
