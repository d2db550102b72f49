package vn.thiduabot.commendation;

import java.util.List;

/**
 * The council's vote closed (by {@code closedBy}, or at its time when null) and was counted. Carries the
 * counts only: how many members voted in the bot, and per proposal how many agreed and disagreed. Never
 * who voted how: by the time it is published the members' choices are deleted.
 */
public record VoteClosed(long voteId, String schoolYear, Long closedBy, int present, int councilSize, List<Tally> tallies) {

    public VoteClosed {
        tallies = List.copyOf(tallies);
    }

    /** One proposal's count: agree, disagree, the members it is counted over, and whether it reached its share. */
    public record Tally(long itemId, int position, int yes, int no, int eligible, boolean passed) { }
}
