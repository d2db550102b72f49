package vn.thiduabot.scoring.chat;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ButtonAction;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Flow;
import vn.thiduabot.people.Role;
import vn.thiduabot.scoring.Actor;
import vn.thiduabot.scoring.DecisionService;
import vn.thiduabot.scoring.Refused;
import vn.thiduabot.scoring.Snapshots;

/**
 * The principal's buttons: on each approval card approve with one tap, return to the council with a
 * comment (typed next: this is also that step's flow), or see the details; under /pheduyet a team's
 * list, "approve all" and its confirmation.
 */
@Component
class ApprovalButtons implements ButtonAction<ApprovalPress>, Flow {

    static final Set<Role> ROLES = Set.of(Role.PRINCIPAL);
    static final String FLOW = "scoring-approve";

    private final CardDecisions cardDecisions;
    private final DecisionService decisions;
    private final ApprovalDialog dialog;
    private final Snapshots snapshots;
    private final AssessmentViews views;
    private final Refusals refusals;

    ApprovalButtons(CardDecisions cardDecisions, DecisionService decisions, ApprovalDialog dialog, Snapshots snapshots,
                    AssessmentViews views, Refusals refusals) {
        this.cardDecisions = cardDecisions;
        this.decisions = decisions;
        this.dialog = dialog;
        this.snapshots = snapshots;
        this.views = views;
        this.refusals = refusals;
    }

    @Override
    public String action() {
        return "score-approve";
    }

    @Override
    public Class<ApprovalPress> payloadType() {
        return ApprovalPress.class;
    }

    @Override
    public String name() {
        return FLOW;
    }

    @Override
    public Set<Role> roles() {
        return ROLES;
    }

    @Override
    public void onPress(ChatSession s, ApprovalPress press) {
        Actor me = Actor.of(s.requireUser());
        try {
            if (press instanceof ApprovalPress.Card card) {
                switch (card.choice()) {
                    case APPROVE -> cardDecisions.approve(s, me, card.assessmentId(), card.round());
                    case RETURN -> cardDecisions.askReturn(s, me, card.assessmentId(), card.round(), FLOW);
                    case DETAILS -> {
                        views.details(s, snapshots.load(card.assessmentId()));
                        s.toast("scoring.approval.details-toast");
                    }
                }
            } else if (press instanceof ApprovalPress.Team team) {
                dialog.teamList(s, team.team());
            } else if (press instanceof ApprovalPress.ApproveAll all) {
                s.message("scoring.approval.confirm-all", String.valueOf(all.rounds().size()))
                        .buttonKey("scoring.approval.confirm-yes", new ApprovalPress.ConfirmAll(all.rounds()))
                        .buttonKey("scoring.approval.confirm-no", new ApprovalPress.CancelAll())
                        .send();
            } else if (press instanceof ApprovalPress.ConfirmAll all) {
                approveAll(s, me, all);
            } else if (press instanceof ApprovalPress.CancelAll) {
                s.toast("scoring.approval.bulk-cancelled");
                s.reply("scoring.approval.bulk-cancelled");
            }
        } catch (Refused r) {
            refusals.toast(s, r);
        }
    }

    /** Approves every listed submission that is still waiting in the same round; the rest are left alone. */
    private void approveAll(ChatSession s, Actor me, ApprovalPress.ConfirmAll all) {
        DecisionService.Approvals done = decisions.approveAll(me, all.rounds());
        if (done.approved().isEmpty()) {
            s.toast("scoring.approval.bulk-nothing");
            s.reply("scoring.approval.bulk-nothing");
            return;
        }
        s.toast("scoring.approval.bulk-done-toast", String.valueOf(done.approved().size()));
        s.reply(done.skipped() == 0 ? "scoring.approval.bulk-done" : "scoring.approval.bulk-done-skipped",
                String.valueOf(done.approved().size()), String.valueOf(done.skipped()));
    }

    /** The typed comment of a return. */
    @Override
    public void onInput(ChatSession s) {
        cardDecisions.onComment(s);
    }
}
