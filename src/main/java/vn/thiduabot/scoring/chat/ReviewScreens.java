package vn.thiduabot.scoring.chat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.ScoreSheet;
import vn.thiduabot.registration.TargetResultLines;
import vn.thiduabot.campaign.ScoreSheet.Criterion;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.MiniAppLinks;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.scoring.AssessmentHistory;
import vn.thiduabot.scoring.EventAction;
import vn.thiduabot.scoring.Evidence;
import vn.thiduabot.scoring.People;
import vn.thiduabot.scoring.ScoreEntry;
import vn.thiduabot.scoring.Scorecard;
import vn.thiduabot.scoring.SelfAssessment;
import vn.thiduabot.scoring.Snapshot;
import vn.thiduabot.scoring.Stage;
import vn.thiduabot.scoring.chat.ReviewPress.Does;

/** The screens of one review: the overview with the reviewer's actions, one item with its evidence, the score question. */
@Component
class ReviewScreens {

    static final String FLOW = "scoring-review";
    static final String STEP_VIEW = "view";
    static final String STEP_SCORE = "adjust-score";
    static final String STEP_REASON = "adjust-reason";
    static final String STEP_COMMENT = "return-comment";

    private final AssessmentHistory history;
    private final ScoringTexts texts;
    private final People people;
    private final ApprovalCards cards;
    private final MiniAppLinks miniApp;
    private final TargetResultLines targetResults;

    ReviewScreens(AssessmentHistory history, ScoringTexts texts, People people, ApprovalCards cards, MiniAppLinks miniApp,
                  TargetResultLines targetResults) {
        this.targetResults = targetResults;
        this.history = history;
        this.texts = texts;
        this.people = people;
        this.cards = cards;
        this.miniApp = miniApp;
    }

    void enter(ChatSession s, Snapshot snap, Stage stage, int idx) {
        Map<String, String> draft = new HashMap<>();
        draft.put("a", String.valueOf(snap.id()));
        draft.put("st", stage.name());
        draft.put("i", String.valueOf(idx));
        s.startFlow(FLOW, STEP_VIEW, draft);
    }

    static int clamp(int idx, Snapshot snap) {
        return Math.max(0, Math.min(idx, snap.sheet().allItems().size() - 1));
    }

    static int currentIndex(ChatSession s, Snapshot snap) {
        return clamp((int) Refusals.draftLong(s, "i").orElse(0L).longValue(), snap);
    }

    private static ReviewPress press(Snapshot snap, Stage stage, Does does, int item) {
        return new ReviewPress(snap.id(), stage, snap.assessment().reviewVersion(), does, item);
    }

    /**
     * The whole submission at a glance: totals, every criterion's columns, and what the reviewer can do (with the
     * Mini App enabled, also opening this review there).
     */
    void overview(ChatSession s, Snapshot snap, Stage stage) {
        SelfAssessment a = snap.assessment();
        Locale l = s.locale();
        Scorecard c = snap.card();
        StringBuilder header = new StringBuilder(s.text("scoring.review.header", s.text(stage.messageKey()),
                people.name(a.getStaffId()), cards.teamLabel(a.getTeamName(), l), texts.when(a.getSubmittedAt())));
        header.append('\n').append(s.text("scoring.review.total-self", ScoringTexts.score(c.selfTotal(), l),
                ScoringTexts.band(c.band(c.selfTotal()))));
        boolean teamCol = stage == Stage.TEAM || snap.teamColumn();
        if (teamCol) {
            header.append('\n').append(s.text("scoring.review.total-team", ScoringTexts.score(c.teamTotal(), l),
                    ScoringTexts.band(c.band(c.teamTotal()))));
        }
        if (stage == Stage.COUNCIL) {
            header.append('\n').append(s.text("scoring.review.total-council", ScoringTexts.score(c.councilTotal(), l),
                    ScoringTexts.band(c.band(c.councilTotal()))));
        }
        String targets = targetResults.section(l, a.getStaffId(), a.getSchoolYear());
        if (!targets.isEmpty()) {
            header.append('\n').append(targets);
        }
        history.last(a.getId(), Set.of(EventAction.PRINCIPAL_RETURN, EventAction.REOPEN, EventAction.RESUBMIT))
                .filter(e -> e.action() != EventAction.RESUBMIT)
                .ifPresent(e -> header.append('\n').append(s.text("scoring.review.principal-note", people.name(e.actorStaffId()),
                        s.text(e.action().messageKey()), e.reason())));
        List<String> lines = texts.tableLines(c, snap.entries(), snap.evidenceCounts(), teamCol, stage == Stage.COUNCIL, l);
        List<String> chunks = ScoringTexts.chunks(header + "\n", lines, ScoringTexts.MAX_MESSAGE);
        for (int i = 0; i < chunks.size() - 1; i++) {
            s.literal(chunks.get(i)).send();
        }
        Reply r = s.literal(chunks.get(chunks.size() - 1) + "\n\n" + s.text("scoring.review.overview-hint"));
        r.buttonKey("scoring.review.walk-button", press(snap, stage, Does.ITEM, 0)).row();
        if (stage == Stage.TEAM) {
            r.buttonKey("scoring.review.team-done-button", press(snap, stage, Does.TEAM_DONE, 0));
        } else {
            r.buttonKey("scoring.review.pass-button", press(snap, stage, Does.PASS, 0));
        }
        r.buttonKey("scoring.review.return-button", press(snap, stage, Does.RETURN, 0)).row()
                .buttonKey("scoring.review.history-button", new ShowHistory(a.getId()))
                .buttonKey("scoring.review.release-button", press(snap, stage, Does.RELEASE, 0))
                .with(miniApp.openButton(MiniAppLinks.REVIEW, a.getId()))
                .send();
    }

    /** One criterion: the evidence files re-sent by file id, then the scores so far and the actions. */
    void item(ChatSession s, Snapshot snap, Stage stage, int idx, boolean withFiles) {
        List<Criterion> items = snap.sheet().allItems();
        Criterion item = items.get(idx);
        Locale l = s.locale();
        List<Evidence> files = snap.evidenceFor(item.code());
        if (withFiles) {
            int k = 0;
            for (Evidence e : files) {
                k++;
                String name = e.getFileName() != null ? e.getFileName() : s.text("scoring.evidence.photo");
                s.message("scoring.review.evidence-caption", item.code(), String.valueOf(k), String.valueOf(files.size()), name)
                        .attachExisting(e.getKind() == Evidence.Kind.PHOTO, e.getFileId(), e.getFileName())
                        .send();
            }
        }
        Scorecard c = snap.card();
        ScoreEntry entry = snap.entries().get(item.code());
        StringBuilder text = new StringBuilder(s.text("scoring.review.item", texts.position(snap.sheet(), item, l), item.code(),
                item.name(), ScoringTexts.score(item.max(), l), item.description() == null ? "" : item.description()));
        text.append('\n').append(s.text("scoring.review.item-self", ScoringTexts.score(c.self(item.code()), l)));
        if (stage == Stage.TEAM || snap.teamColumn()) {
            text.append('\n').append(entry != null && entry.getTeamScore() != null
                    ? s.text("scoring.review.item-team-adjusted", ScoringTexts.score(entry.getTeamScore(), l), entry.getTeamReason())
                    : s.text("scoring.review.item-team", ScoringTexts.score(c.team(item.code()), l)));
        }
        if (stage == Stage.COUNCIL) {
            text.append('\n').append(entry != null && entry.getCouncilScore() != null
                    ? s.text("scoring.review.item-council-adjusted", ScoringTexts.score(entry.getCouncilScore(), l), entry.getCouncilReason())
                    : s.text("scoring.review.item-council", ScoringTexts.score(c.council(item.code()), l)));
        }
        BigDecimal self = c.self(item.code());
        if (!files.isEmpty()) {
            text.append('\n').append(s.text("scoring.review.item-files", String.valueOf(files.size())));
        } else if (item.evidenceRequired() && self != null && self.signum() > 0) {
            text.append('\n').append(s.text("scoring.review.item-files-missing"));
        } else {
            text.append('\n').append(s.text("scoring.review.item-no-files"));
        }
        text.append("\n\n").append(s.text("scoring.review.item-hint"));
        Reply r = s.literal(text.toString());
        if (idx > 0) {
            r.buttonKey("scoring.review.prev-button", press(snap, stage, Does.ITEM, idx - 1));
        }
        if (idx < items.size() - 1) {
            r.buttonKey("scoring.review.next-button", press(snap, stage, Does.ITEM, idx + 1));
        }
        r.row().buttonKey("scoring.review.adjust-button", press(snap, stage, Does.ADJUST, idx))
                .buttonKey("scoring.review.summary-button", press(snap, stage, Does.SUMMARY, 0))
                .send();
        s.moveTo(STEP_VIEW);
    }

    void askScore(ChatSession s, Snapshot snap, Stage stage, int idx) {
        Criterion item = snap.sheet().allItems().get(idx);
        BigDecimal current = stage == Stage.TEAM ? snap.card().team(item.code()) : snap.card().council(item.code());
        s.moveTo(STEP_SCORE);
        s.reply(item.kind() == ScoreSheet.Kind.PENALTY ? "scoring.review.ask-score-penalty" : "scoring.review.ask-score",
                item.code(), item.name(), ScoringTexts.score(item.max(), s.locale()), ScoringTexts.score(current, s.locale()),
                s.text(stage.messageKey()));
    }
}
