package vn.thiduabot.scoring.chat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.FreeText;
import vn.thiduabot.chat.Incoming;
import vn.thiduabot.scoring.Actor;
import vn.thiduabot.scoring.DecisionService;
import vn.thiduabot.scoring.People;
import vn.thiduabot.scoring.SelfAssessment;
import vn.thiduabot.scoring.Snapshot;

/**
 * What the buttons of an approval card do, for the principal and for the substitute alike: approve
 * with one tap, or return to the council with a comment (asked for, then typed).
 */
@Component
class CardDecisions {

    private static final String STEP_COMMENT = "comment";
    private static final int MIN_COMMENT = 3;

    private final DecisionService decisions;
    private final People people;
    private final Refusals refusals;

    CardDecisions(DecisionService decisions, People people, Refusals refusals) {
        this.decisions = decisions;
        this.people = people;
        this.refusals = refusals;
    }

    void approve(ChatSession s, Actor me, long id, int round) {
        Snapshot snap = decisions.approve(me, id, round);
        SelfAssessment a = snap.assessment();
        s.toast("scoring.approval.approved-toast", people.name(a.getStaffId()), ScoringTexts.score(a.getFinalScore(), s.locale()));
    }

    /** Asks for the comment of a return, in {@code flow}; a stale card refuses here, before asking anything. */
    void askReturn(ChatSession s, Actor me, long id, int round, String flow) {
        SelfAssessment a = decisions.requireDecidable(me, id, round);
        Map<String, String> draft = new HashMap<>();
        draft.put("a", String.valueOf(id));
        draft.put("r", String.valueOf(round));
        s.startFlow(flow, STEP_COMMENT, draft);
        s.toast("scoring.approval.ask-return-toast");
        s.reply("scoring.approval.ask-return", people.name(a.getStaffId()));
    }

    /** The typed comment of a return. */
    void onComment(ChatSession s) {
        Optional<Long> id = Refusals.draftLong(s, "a");
        Optional<Long> round = Refusals.draftLong(s, "r");
        if (id.isEmpty() || round.isEmpty()) {
            s.endFlow();
            return;
        }
        if (s.incoming().kind() != Incoming.Kind.TEXT) {
            s.reply("scoring.approval.comment-text-only");
            return;
        }
        String text = s.incoming().text().trim();
        if (text.length() < MIN_COMMENT) {
            s.reply("scoring.review.reason-too-short");
            return;
        }
        if (FreeText.REASON.refuse(s, text)) {
            return;
        }
        try {
            Snapshot snap = decisions.principalReturn(Actor.of(s.requireUser()), id.get(), round.get().intValue(), text);
            s.endFlow();
            s.reply("scoring.approval.returned", people.name(snap.assessment().getStaffId()));
        } catch (vn.thiduabot.scoring.Refused r) {
            s.endFlow();
            refusals.reply(s, r);
        }
    }
}
