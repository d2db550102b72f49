package vn.thiduabot.scoring.chat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.campaign.ScoreSheet.Criterion;
import vn.thiduabot.chat.ButtonAction;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.people.Role;
import vn.thiduabot.scoring.Actor;
import vn.thiduabot.scoring.AssessmentService;
import vn.thiduabot.scoring.AssessmentStatus;
import vn.thiduabot.scoring.People;
import vn.thiduabot.scoring.Refused;
import vn.thiduabot.scoring.SelfAssessment;
import vn.thiduabot.scoring.Snapshot;
import vn.thiduabot.scoring.Snapshots;

/**
 * The buttons of /tucham. Only the owner's, only while the self-assessment can be edited (and a draft
 * only inside the window), and a question's buttons only while that question is the current one.
 */
@Component
class SelfScoreButtons implements ButtonAction<SelfScorePress> {

    private final AssessmentService service;
    private final Snapshots snapshots;
    private final Campaigns campaigns;
    private final SelfScoreScreens screens;
    private final SelfScoreSteps steps;
    private final ApprovalCards cards;
    private final People people;
    private final Refusals refusals;

    SelfScoreButtons(AssessmentService service, Snapshots snapshots, Campaigns campaigns, SelfScoreScreens screens,
                     SelfScoreSteps steps, ApprovalCards cards, People people, Refusals refusals) {
        this.service = service;
        this.snapshots = snapshots;
        this.campaigns = campaigns;
        this.screens = screens;
        this.steps = steps;
        this.cards = cards;
        this.people = people;
        this.refusals = refusals;
    }

    @Override
    public String action() {
        return "score-self";
    }

    @Override
    public Class<SelfScorePress> payloadType() {
        return SelfScorePress.class;
    }

    @Override
    public Set<Role> roles() {
        return Set.of();
    }

    @Override
    public void onPress(ChatSession s, SelfScorePress press) {
        Snapshot snap;
        try {
            snap = snapshots.load(press.assessmentId());
        } catch (Refused r) {
            refusals.toast(s, r);
            return;
        }
        SelfAssessment a = snap.assessment();
        Actor me = Actor.of(s.requireUser());
        if (a.getStaffId() != me.staffId()) {
            s.toast("error.forbidden");
            return;
        }
        if (!a.getStatus().editableByOwner()) {
            s.toast("scoring.self.stale-submitted", s.text(a.getStatus().messageKey()));
            return;
        }
        if (a.getStatus() == AssessmentStatus.DRAFT && !snap.campaign().deadlines().selfAssessmentOpen(campaigns.today())) {
            s.toast("scoring.self.window-closed-toast");
            s.reply("scoring.self.window-closed", Texts.date(snap.campaign().deadlines().selfAssessmentOpens()),
                    Texts.date(snap.campaign().deadlines().selfAssessmentCloses()), snap.campaign().schoolYear());
            return;
        }
        steps.enter(s, a.getId());
        int n = SelfScoreScreens.items(snap).size();
        if (press instanceof SelfScorePress.AtItem at) {
            if (at.item() != a.getCurrentItem() || at.item() >= n) {
                s.toast("scoring.self.stale-button");
                return;
            }
            atItem(s, snap, me, at);
        } else if (press instanceof SelfScorePress.GoTo go) {
            if (go.item() >= n) {
                s.toast("scoring.self.stale-button");
                return;
            }
            steps.goTo(s, snap, go.item(), true);
        } else if (press instanceof SelfScorePress.Jump jump) {
            steps.goTo(s, snap, jump.to() == SelfScorePress.End.FIRST ? 0 : n - 1, false);
        } else if (press instanceof SelfScorePress.Submit) {
            submit(s, snap, me);
        }
    }

    private void atItem(ChatSession s, Snapshot snap, Actor me, SelfScorePress.AtItem at) {
        int idx = at.item();
        List<Criterion> items = SelfScoreScreens.items(snap);
        switch (at.move()) {
            case KEEP -> {
                BigDecimal current = snap.card().self(items.get(idx).code());
                if (current == null) {
                    steps.next(s, snap, idx);
                } else {
                    steps.afterScore(s, snap, idx, current);
                }
            }
            case BACK -> {
                if (idx > 0) {
                    steps.goTo(s, snap, idx - 1, false);
                }
            }
            case CLEAR -> {
                int removed = service.clearEvidence(me, snap.id(), items.get(idx).code());
                screens.askEvidence(s, snapshots.of(snap.assessment()), idx, "scoring.evidence.cleared", String.valueOf(removed),
                        items.get(idx).code());
            }
            case SKIP, DONE -> steps.next(s, snap, idx);
        }
    }

    private void submit(ChatSession s, Snapshot snap, Actor me) {
        if (!service.readiness(snap).ready()) {
            s.toast("scoring.self.not-ready-toast");
            screens.summary(s, snap);
            return;
        }
        Snapshot done;
        try {
            done = service.submit(me, snap.id());
        } catch (Refused r) {
            refusals.toast(s, r);
            refusals.reply(s, r);
            return;
        }
        s.endFlow();
        SelfAssessment a = done.assessment();
        BigDecimal total = done.card().selfTotal();
        String who = a.isNeedsTeamReview()
                ? String.join(", ", people.teamLeaders(a.getTeamName(), a.getStaffId()).stream().map(u -> u.fullName()).toList())
                : s.text("scoring.self.the-council");
        s.toast("scoring.self.submitted-toast");
        s.reply("scoring.self.submitted", ScoringTexts.score(total, s.locale()), ScoringTexts.band(done.card().band(total)), who,
                cards.teamLabel(a.getTeamName(), s.locale()));
    }
}
