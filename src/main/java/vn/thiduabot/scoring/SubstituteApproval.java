package vn.thiduabot.scoring;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.LegacyButtonAction;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Flow;
import vn.thiduabot.people.Role;

/**
 * The approval card of a principal's own self-assessment, in the hands of the substitute the campaign
 * file names (a deputy principal or the council chair, who may hold no principal's role): Approve,
 * Return with a comment, Details. Open to any linked staff member at the router; {@link Deciders}
 * lets only the named substitute decide, and only a principal's own case.
 */
@Component
class SubstituteApproval implements LegacyButtonAction, Flow {

    static final String FLOW = "scoring-approve-sub";

    private final ApprovalCommand approvals;
    private final Snapshots snapshots;
    private final Deciders deciders;
    private final AssessmentViews views;

    SubstituteApproval(ApprovalCommand approvals, Snapshots snapshots, Deciders deciders, AssessmentViews views) {
        this.approvals = approvals;
        this.snapshots = snapshots;
        this.deciders = deciders;
        this.views = views;
    }

    @Override
    public String action() {
        return ApprovalCards.SUBSTITUTE_ACTION;
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
    public void onPress(ChatSession s, String payload) {
        String[] p = Dialogs.parts(payload, 2);
        Actor me = Actor.of(s.requireUser());
        try {
            switch (p[0]) {
                case "ok" -> approvals.approveOne(s, me, p[1]);
                case "ret" -> approvals.askReturn(s, me, p[1], FLOW);
                case "det" -> {
                    Snapshot snap = snapshots.load(Dialogs.number(p[1]));
                    deciders.require(me, snap.assessment());
                    views.details(s, snap);
                    s.toast("scoring.approval.details-toast");
                }
                default -> s.alert("decision.button.invalid");
            }
        } catch (Refused r) {
            Dialogs.toast(s, r);
        }
    }

    @Override
    public void onInput(ChatSession s) {
        approvals.onInput(s);
    }
}
