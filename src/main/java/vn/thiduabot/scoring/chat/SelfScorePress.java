package vn.thiduabot.scoring.chat;

import vn.thiduabot.chat.ButtonPayload;

/** The buttons of /tucham: on a question, on the evidence step, and on the summary. */
public sealed interface SelfScorePress extends ButtonPayload
        permits SelfScorePress.AtItem, SelfScorePress.GoTo, SelfScorePress.Jump, SelfScorePress.Submit {

    long assessmentId();

    /** What a button under one item's question or evidence step does; valid only while that item is the current one. */
    enum Move { KEEP, SKIP, BACK, DONE, CLEAR }

    /** Where the summary's last two buttons lead. */
    enum End { FIRST, LAST }

    record AtItem(long assessmentId, int item, Move move) implements SelfScorePress {
        public AtItem {
            if (item < 0) {
                throw new IllegalArgumentException("no such item");
            }
        }
    }

    /** "Go to" an item from the summary (and come back to the summary after it). */
    record GoTo(long assessmentId, int item) implements SelfScorePress {
        public GoTo {
            if (item < 0) {
                throw new IllegalArgumentException("no such item");
            }
        }
    }

    record Jump(long assessmentId, End to) implements SelfScorePress { }

    record Submit(long assessmentId) implements SelfScorePress { }
}
