package vn.thiduabot.scoring.chat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.ScoreSheet;
import vn.thiduabot.campaign.ScoreSheet.Criterion;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.scoring.Actor;
import vn.thiduabot.scoring.AssessmentService;
import vn.thiduabot.scoring.AssessmentStatus;
import vn.thiduabot.scoring.SelfAssessment;
import vn.thiduabot.scoring.Snapshot;
import vn.thiduabot.scoring.Snapshots;

/**
 * Moving through /tucham, shared by the typed answers and the buttons: (re)entering the flow, the
 * step after a score, the next item or the summary, a jump to an item, and the read-only status of a
 * submitted self-assessment.
 */
@Component
class SelfScoreSteps {

    static final String FLOW = "scoring-self";

    private final AssessmentService service;
    private final Snapshots snapshots;
    private final SelfScoreScreens screens;
    private final ScoringTexts texts;

    SelfScoreSteps(AssessmentService service, Snapshots snapshots, SelfScoreScreens screens, ScoringTexts texts) {
        this.service = service;
        this.snapshots = snapshots;
        this.screens = screens;
        this.texts = texts;
    }

    /** Starts the flow on this self-assessment, keeping the draft when the flow is already on it. */
    void enter(ChatSession s, long id) {
        if (!s.inFlow(FLOW) || !String.valueOf(id).equals(s.draft().get("a"))) {
            Map<String, String> draft = new HashMap<>();
            draft.put("a", String.valueOf(id));
            s.startFlow(FLOW, SelfScoreScreens.STEP_ITEM, draft);
        }
    }

    /** Continues where the teacher left off: the current item's question, or the summary. */
    void resume(ChatSession s, Snapshot snap) {
        Map<String, String> draft = new HashMap<>();
        draft.put("a", String.valueOf(snap.id()));
        s.startFlow(FLOW, SelfScoreScreens.STEP_ITEM, draft);
        int idx = snap.assessment().getCurrentItem();
        if (idx >= SelfScoreScreens.items(snap).size()) {
            screens.summary(s, snapshots.of(snap.assessment()));
        } else {
            screens.ask(s, snap, idx);
        }
    }

    /** Penalties and zero scores need no evidence: straight on. Otherwise the evidence step. */
    void afterScore(ChatSession s, Snapshot snap, int idx, BigDecimal value) {
        Criterion item = SelfScoreScreens.items(snap).get(idx);
        String shown = ScoringTexts.score(value, s.locale());
        if (item.kind() == ScoreSheet.Kind.PENALTY || value.signum() == 0) {
            s.reply("scoring.self.saved", item.code(), shown);
            next(s, snap, idx);
        } else {
            screens.askEvidence(s, snap, idx, "scoring.self.saved", item.code(), shown);
        }
    }

    void next(ChatSession s, Snapshot snap, int idx) {
        Map<String, String> draft = s.draft();
        boolean jump = "1".equals(draft.remove("j"));
        s.saveDraft(draft);
        int n = SelfScoreScreens.items(snap).size();
        int target = jump ? n : idx + 1;
        service.moveTo(Actor.of(s.requireUser()), snap.id(), target);
        Snapshot after = snapshots.of(snap.assessment());
        if (target >= n) {
            screens.summary(s, after);
        } else {
            screens.ask(s, after, target);
        }
    }

    void goTo(ChatSession s, Snapshot snap, int idx, boolean backToSummary) {
        Map<String, String> draft = s.draft();
        if (backToSummary) {
            draft.put("j", "1");
        } else {
            draft.remove("j");
        }
        s.saveDraft(draft);
        service.moveTo(Actor.of(s.requireUser()), snap.id(), idx);
        screens.ask(s, snapshots.of(snap.assessment()), idx);
    }

    /** A submitted self-assessment: where it is, and the table so far. Nothing can be changed. */
    void showStatus(ChatSession s, Snapshot snap) {
        SelfAssessment a = snap.assessment();
        Locale l = s.locale();
        String next = switch (a.getStatus()) {
            case SUBMITTED -> a.isNeedsTeamReview() ? s.text("scoring.self.next-team") : s.text("scoring.self.next-council");
            case TEAM_REVIEWED -> s.text("scoring.self.next-council");
            case REVIEWED -> s.text("scoring.self.next-principal");
            case APPROVED -> s.text("scoring.self.final", ScoringTexts.score(a.getFinalScore(), l),
                    a.getFinalBandCode() + " – " + a.getFinalBandName());
            default -> "";
        };
        String header = s.text("scoring.self.status", snap.campaign().schoolYear(), s.text(a.getStatus().messageKey()),
                texts.when(a.getSubmittedAt()), next);
        List<String> lines = texts.tableLines(snap.card(), snap.entries(), snap.evidenceCounts(), snap.teamColumn(),
                snap.councilColumn() || a.getStatus() == AssessmentStatus.APPROVED, l);
        for (String chunk : ScoringTexts.chunks(header + "\n", lines, ScoringTexts.MAX_MESSAGE)) {
            s.literal(chunk).send();
        }
    }
}
