package vn.thiduabot.scoring.chat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.chat.ButtonAction;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.FreeText;
import vn.thiduabot.chat.PickOne;
import vn.thiduabot.chat.Command;
import vn.thiduabot.chat.Flow;
import vn.thiduabot.chat.Incoming;
import vn.thiduabot.people.Role;
import vn.thiduabot.scoring.Actor;
import vn.thiduabot.scoring.AssessmentService;
import vn.thiduabot.scoring.AssessmentStatus;
import vn.thiduabot.scoring.DecisionService;
import vn.thiduabot.scoring.People;
import vn.thiduabot.scoring.Refused;
import vn.thiduabot.scoring.SelfAssessment;
import vn.thiduabot.scoring.Snapshot;
import vn.thiduabot.scoring.Snapshots;

/**
 * /mocham (/reopenscore) name: the principal, or the secretary on the principal's behalf, reopens
 * an approved self-assessment with a mandatory reason; it goes back to the council's review and the
 * history shows who reopened it and why.
 */
@Component
@Order(240)
class ReopenDialog implements Command, Flow, ButtonAction<PickReopen> {

    static final String FLOW = "scoring-reopen";
    private static final String STEP_REASON = "reason";
    private static final int MIN_REASON = 3;

    private final AssessmentService service;
    private final DecisionService decisions;
    private final Refusals refusals;
    private final Snapshots snapshots;
    private final Campaigns campaigns;
    private final People people;
    private final ApprovalCards cards;

    ReopenDialog(AssessmentService service, DecisionService decisions, Snapshots snapshots, Campaigns campaigns, People people,
                 ApprovalCards cards, Refusals refusals) {
        this.service = service;
        this.decisions = decisions;
        this.refusals = refusals;
        this.snapshots = snapshots;
        this.campaigns = campaigns;
        this.people = people;
        this.cards = cards;
    }

    @Override
    public List<String> names() {
        return List.of("mocham", "reopenscore");
    }

    @Override
    public String descriptionKey() {
        return "command.reopen-score";
    }

    @Override
    public String name() {
        return FLOW;
    }

    @Override
    public String action() {
        return "score-reopen";
    }

    @Override
    public Class<PickReopen> payloadType() {
        return PickReopen.class;
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.PRINCIPAL, Role.SECRETARY);
    }

    @Override
    public void run(ChatSession s, String args) {
        Campaign c = campaigns.current();
        if (args.isBlank()) {
            s.reply("scoring.reopen.usage");
            return;
        }
        List<SelfAssessment> found = service.find(c.schoolYear(), args, Set.of(AssessmentStatus.APPROVED));
        PickOne.among(s, found, args,
                () -> s.reply("scoring.reopen.not-found", args, c.schoolYear()),
                a -> askReason(s, a),
                "scoring.reopen.too-many", "scoring.reopen.choose",
                a -> people.name(a.getStaffId()) + " · " + cards.teamLabel(a.getTeamName(), s.locale()),
                a -> new PickReopen(a.getId()));
    }

    @Override
    public void onPress(ChatSession s, PickReopen payload) {
        SelfAssessment a;
        try {
            a = snapshots.assessment(payload.assessmentId());
        } catch (Refused r) {
            refusals.toast(s, r);
            return;
        }
        if (a.getStatus() != AssessmentStatus.APPROVED) {
            s.toast("scoring.refused.not-approved", s.text(a.getStatus().messageKey()));
            return;
        }
        askReason(s, a);
    }

    private void askReason(ChatSession s, SelfAssessment a) {
        Map<String, String> draft = new HashMap<>();
        draft.put("a", String.valueOf(a.getId()));
        s.startFlow(FLOW, STEP_REASON, draft);
        s.reply("scoring.reopen.ask-reason", people.name(a.getStaffId()), ScoringTexts.score(a.getFinalScore(), s.locale()),
                a.getFinalBandCode() + " – " + a.getFinalBandName());
    }

    @Override
    public void onInput(ChatSession s) {
        Optional<Long> id = Refusals.draftLong(s, "a");
        if (id.isEmpty()) {
            s.endFlow();
            return;
        }
        if (s.incoming().kind() != Incoming.Kind.TEXT) {
            s.reply("scoring.reopen.text-only");
            return;
        }
        String reason = s.incoming().text().trim();
        if (reason.length() < MIN_REASON) {
            s.reply("scoring.review.reason-too-short");
            return;
        }
        if (FreeText.REASON.refuse(s, reason)) {
            return;
        }
        try {
            Snapshot snap = decisions.reopen(Actor.of(s.requireUser()), id.get(), reason);
            s.endFlow();
            s.reply("scoring.reopen.done", people.name(snap.assessment().getStaffId()), s.text(snap.assessment().getStatus().messageKey()));
        } catch (Refused r) {
            s.endFlow();
            refusals.reply(s, r);
        }
    }
}
