package vn.thiduabot.scoring.chat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.ScoreSheet;
import vn.thiduabot.campaign.ScoreSheet.Criterion;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.scoring.Actor;
import vn.thiduabot.scoring.AssessmentService;
import vn.thiduabot.scoring.AssessmentStatus;
import vn.thiduabot.scoring.ScoreEntry;
import vn.thiduabot.scoring.SelfAssessment;
import vn.thiduabot.scoring.Snapshot;

/** The screens of /tucham: one item's question, its evidence step, and the summary with the submit button. */
@Component
class SelfScoreScreens {

    static final String STEP_ITEM = "item";
    static final String STEP_EVIDENCE = "evidence";
    static final String STEP_SUMMARY = "summary";
    /** How many "go to this item" buttons a summary offers. */
    private static final int MAX_GOTO_BUTTONS = 6;

    private final AssessmentService service;
    private final ScoringTexts texts;

    SelfScoreScreens(AssessmentService service, ScoringTexts texts) {
        this.service = service;
        this.texts = texts;
    }

    static List<Criterion> items(Snapshot snap) {
        return snap.sheet().allItems();
    }

    void ask(ChatSession s, Snapshot snap, int idx) {
        Criterion item = items(snap).get(idx);
        Locale l = s.locale();
        String key = switch (item.kind()) {
            case CRITERION -> "scoring.self.ask-criterion";
            case BONUS -> "scoring.self.ask-bonus";
            case PENALTY -> "scoring.self.ask-penalty";
        };
        StringBuilder text = new StringBuilder(s.text(key, texts.position(snap.sheet(), item, l), item.code(), item.name(),
                item.description() == null ? "" : item.description(), ScoringTexts.score(item.max(), l),
                ScoringTexts.score(example(item.max()), l)));
        if (item.evidenceRequired() && item.kind() != ScoreSheet.Kind.PENALTY) {
            text.append('\n').append(s.text("scoring.self.evidence-required-note"));
        }
        BigDecimal current = snap.card().self(item.code());
        long files = snap.evidenceCounts().getOrDefault(item.code(), 0L);
        if (current != null) {
            text.append('\n').append(s.text("scoring.self.current", ScoringTexts.score(current, l)));
        }
        if (files > 0) {
            text.append('\n').append(s.text("scoring.self.current-files", String.valueOf(files)));
        }
        s.moveTo(STEP_ITEM);
        Reply r = s.literal(text.toString());
        if (current != null) {
            r.button(s.text("scoring.self.keep-button", ScoringTexts.score(current, l)), at(snap, idx, SelfScorePress.Move.KEEP));
        }
        r.buttonKey("scoring.self.skip-button", at(snap, idx, SelfScorePress.Move.SKIP));
        if (idx > 0) {
            r.buttonKey("scoring.self.back-button", at(snap, idx, SelfScorePress.Move.BACK));
        }
        r.send();
    }

    private static SelfScorePress.AtItem at(Snapshot snap, int idx, SelfScorePress.Move move) {
        return new SelfScorePress.AtItem(snap.id(), idx, move);
    }

    /** A score a teacher might type for this maximum (half a point under it), for the question's example. */
    static BigDecimal example(BigDecimal max) {
        BigDecimal half = new BigDecimal("0.5");
        return max.compareTo(BigDecimal.ONE) >= 0 ? max.subtract(half) : max;
    }

    void askEvidence(ChatSession s, Snapshot snap, int idx, String introKey, Object... introArgs) {
        Criterion item = items(snap).get(idx);
        long files = snap.evidenceCounts().getOrDefault(item.code(), 0L);
        StringBuilder text = new StringBuilder(s.text(introKey, introArgs));
        if (files == 0) {
            text.append('\n').append(s.text("scoring.self.ask-evidence", item.code(), "20"));
            if (item.evidenceRequired()) {
                text.append('\n').append(s.text("scoring.self.evidence-required-note"));
            }
        } else {
            text.append('\n').append(s.text("scoring.self.current-files", String.valueOf(files)))
                    .append(' ').append(s.text("scoring.evidence.more", item.code()));
        }
        s.moveTo(STEP_EVIDENCE);
        Reply r = s.literal(text.toString());
        r.buttonKey("scoring.self.done-button", at(snap, idx, SelfScorePress.Move.DONE));
        if (files > 0) {
            r.buttonKey("scoring.self.clear-button", at(snap, idx, SelfScorePress.Move.CLEAR));
        }
        r.send();
    }

    void summary(ChatSession s, Snapshot snap) {
        SelfAssessment a = snap.assessment();
        Actor me = Actor.of(s.requireUser());
        int n = items(snap).size();
        if (a.getCurrentItem() != n) {
            service.moveTo(me, a.getId(), n);
        }
        s.moveTo(STEP_SUMMARY);
        AssessmentService.Readiness ready = service.readiness(snap);
        StringBuilder text = new StringBuilder(s.text("scoring.self.summary-header", snap.campaign().schoolYear()));
        texts.summaryLines(snap.card(), s.locale()).forEach(line -> text.append('\n').append(line));
        if (!ready.unscored().isEmpty()) {
            text.append("\n\n").append(s.text("scoring.self.summary-unscored", codes(ready.unscored())));
        }
        if (!ready.missingEvidence().isEmpty()) {
            text.append("\n\n").append(s.text("scoring.self.summary-missing-evidence", codes(ready.missingEvidence())));
        }
        boolean returned = a.getStatus() == AssessmentStatus.RETURNED;
        String hint = !ready.ready() ? "scoring.self.summary-hint-incomplete"
                : returned ? "scoring.self.summary-hint-returned" : "scoring.self.summary-hint";
        text.append("\n\n").append(s.text(hint));
        Reply r = s.literal(text.toString());
        long id = a.getId();
        r.buttonKey(returned ? "scoring.self.resubmit-button" : "scoring.self.submit-button", new SelfScorePress.Submit(id)).row();
        int shown = 0;
        for (Criterion c : ready.unscored()) {
            if (shown++ >= MAX_GOTO_BUTTONS) {
                break;
            }
            r.button(s.text("scoring.self.goto-button", c.code()), new SelfScorePress.GoTo(id, items(snap).indexOf(c)));
        }
        for (Criterion c : ready.missingEvidence()) {
            if (shown++ >= MAX_GOTO_BUTTONS) {
                break;
            }
            r.button(s.text("scoring.self.goto-evidence-button", c.code()), new SelfScorePress.GoTo(id, items(snap).indexOf(c)));
        }
        if (returned) {
            for (ScoreEntry e : snap.entries().values()) {
                if ((e.getTeamScore() != null || e.getCouncilScore() != null) && shown++ < MAX_GOTO_BUTTONS) {
                    snap.sheet().item(e.getItemCode()).ifPresent(c ->
                            r.button(s.text("scoring.self.goto-button", c.code()), new SelfScorePress.GoTo(id, items(snap).indexOf(c))));
                }
            }
        }
        r.row().buttonKey("scoring.self.back-button", new SelfScorePress.Jump(id, SelfScorePress.End.LAST))
                .buttonKey("scoring.self.first-button", new SelfScorePress.Jump(id, SelfScorePress.End.FIRST))
                .send();
    }

    private static String codes(List<Criterion> items) {
        return String.join(", ", items.stream().map(Criterion::code).toList());
    }
}
