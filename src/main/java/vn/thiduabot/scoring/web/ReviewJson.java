package vn.thiduabot.scoring.web;

import java.util.List;

/** The review's request and answer bodies on the Mini App (the page holds no rule: every value comes from here). */
final class ReviewJson {

    private ReviewJson() {
    }

    /**
     * The reviewer's queue as /duyet lists it, oldest submissions first within each team.
     *
     * @param waitingForTeams for a council member: submissions still with their team leader (the council cannot open them yet)
     */
    record Queue(String schoolYear, List<Queued> items, long waitingForTeams) { }

    /** One submission waiting: whose, which team, at which stage, when sent, and the colleague holding it now (null if nobody). */
    record Queued(long id, String owner, String team, String stage, String stageText, String submitted, String claimedBy) { }

    /**
     * One submission opened for review (and claimed): the sheet with its three columns, the stage this reviewer works
     * at (its column is the one they adjust), the adjustments so far and, if the principal sent it back, their note.
     */
    record Review(SheetJson sheet, String stage, String stageText, String column, String submitted, List<Change> adjustments,
                  String note) { }

    /** A reviewer's change to one line: from the column before to this one, why, by whom, at which stage. */
    record Change(String code, String name, String stage, String stageText, String from, String to, String reason, String by) { }

    /** What the page sends to adjust one line: the score as typed ("8", "8,5") and the reason. */
    record Adjust(String score, String reason) { }

    /** The comment of a return to the teacher. */
    record Comment(String comment) { }

    /** What was done, in a sentence for the reviewer. */
    record Done(String message) { }
}
