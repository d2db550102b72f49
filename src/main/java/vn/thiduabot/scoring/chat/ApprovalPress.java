package vn.thiduabot.scoring.chat;

import java.util.List;
import vn.thiduabot.chat.ButtonPayload;
import vn.thiduabot.scoring.DecisionService.Round;

/** The buttons of the principal's approval screens: a card's three buttons, a team's list and its bulk approval. */
public sealed interface ApprovalPress extends ButtonPayload
        permits ApprovalPress.Card, ApprovalPress.Team, ApprovalPress.ApproveAll, ApprovalPress.ConfirmAll, ApprovalPress.CancelAll {

    /** What a card's button does. */
    enum Choice { APPROVE, RETURN, DETAILS }

    /** A button of the approval card of one round of one submission. */
    record Card(long assessmentId, int round, Choice choice) implements ApprovalPress {
        public Card {
            if (assessmentId <= 0 || round < 0) {
                throw new IllegalArgumentException("not a card of a stored submission");
            }
        }
    }

    /** Shows one team's reviewed submissions; {@code team} is "" for people without a team. */
    record Team(String team) implements ApprovalPress { }

    /** "Approve all" under a team's list: asks for confirmation. */
    record ApproveAll(List<Round> rounds) implements ApprovalPress {
        public ApproveAll {
            rounds = List.copyOf(rounds);
        }
    }

    /** The confirmation of a bulk approval. */
    record ConfirmAll(List<Round> rounds) implements ApprovalPress {
        public ConfirmAll {
            rounds = List.copyOf(rounds);
        }
    }

    /** "No" on the confirmation. */
    record CancelAll() implements ApprovalPress { }
}
