package vn.thiduabot.scoring.chat;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ButtonAction;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Flow;
import vn.thiduabot.people.Role;
import vn.thiduabot.scoring.Actor;
import vn.thiduabot.scoring.Deciders;
import vn.thiduabot.scoring.Refused;
import vn.thiduabot.scoring.Snapshot;
import vn.thiduabot.scoring.Snapshots;

/**
 * The approval card of a principal's own self-assessment, in the hands of the substitute the campaign
 * file names (a deputy principal or the council chair, who may hold no principal's role): Approve,
 * Return with a comment, Details. Open to any linked staff member at the router; {@link Deciders}
 * lets only the named substitute decide, and only a principal's own case.
 */
@Component
class SubstituteApprovalDialog implements ButtonAction<SubstituteCard>, Flow {

    static final String FLOW = "scoring-approve-sub";

    private final CardDecisions decisions;
    private final Snapshots snapshots;
    private final Deciders deciders;
    private final AssessmentViews views;
    private final Refusals refusals;

    SubstituteApprovalDialog(CardDecisions decisions, Snapshots snapshots, Deciders deciders, AssessmentViews views,
                             Refusals refusals) {
        this.decisions = decisions;
        this.snapshots = snapshots;
        this.deciders = deciders;
        this.views = views;
        this.refusals = refusals;
    }

    @Override
    public String action() {
        return "score-approve-sub";
    }

    @Override
    public Class<SubstituteCard> payloadType() {
        return SubstituteCard.class;
    }

    @Override
    public String name() {
        return FLOW;
    }

    @Override
    public Set<Role> roles() {
        return Set.of();
    }

    @Override
    public void onPress(ChatSession s, SubstituteCard card) {
        Actor me = Actor.of(s.requireUser());
        try {
            switch (card.choice()) {
                case APPROVE -> decisions.approve(s, me, card.assessmentId(), card.round());
                case RETURN -> decisions.askReturn(s, me, card.assessmentId(), card.round(), FLOW);
                case DETAILS -> {
                    Snapshot snap = snapshots.load(card.assessmentId());
                    deciders.require(me, snap.assessment());
                    views.details(s, snap);
                    s.toast("scoring.approval.details-toast");
                }
            }
        } catch (Refused r) {
            refusals.toast(s, r);
        }
    }

    @Override
    public void onInput(ChatSession s) {
        decisions.onComment(s);
    }
}
