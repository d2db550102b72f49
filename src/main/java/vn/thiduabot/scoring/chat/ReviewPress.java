package vn.thiduabot.scoring.chat;

import vn.thiduabot.chat.ButtonPayload;
import vn.thiduabot.scoring.Stage;

/**
 * A button of /duyet: what it does on which submission, at which stage of review, for which version
 * (the submission and round the card was made for: a card made before a return and resubmission, or
 * before another round, is out of date), and the item for the buttons that show one.
 */
public record ReviewPress(long assessmentId, Stage stage, String version, Does does, int item) implements ButtonPayload {

    public enum Does { OPEN, SUMMARY, ITEM, ADJUST, RETURN, TEAM_DONE, PASS, RELEASE }

    public ReviewPress {
        if (assessmentId <= 0 || version.isBlank() || item < 0) {
            throw new IllegalArgumentException("not a review card of a stored submission");
        }
    }
}
