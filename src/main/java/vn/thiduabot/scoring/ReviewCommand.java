package vn.thiduabot.scoring;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.campaign.ScoreSheet;
import vn.thiduabot.campaign.ScoreSheet.Criterion;
import vn.thiduabot.chat.LegacyButtonAction;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.FreeText;
import vn.thiduabot.chat.Command;
import vn.thiduabot.chat.Flow;
import vn.thiduabot.chat.Incoming;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.people.Role;

/**
 * /duyet (/review): a council member, or a team leader for their team's members first when the
 * campaign says so, reviews submitted self-assessments: the list grouped by team, then one
 * submission with its scores and evidence; adjusts a score with a reason; returns it with a comment
 * or passes it on. Opening a submission claims it, so two reviewers never overwrite each other.
 */
@Component
@Order(210)
class ReviewCommand implements Command, Flow, LegacyButtonAction {

    static final String FLOW = "scoring-review";
    static final String ACTION = "score-review";
    private static final String STEP_VIEW = "view";
    private static final String STEP_SCORE = "adjust-score";
    private static final String STEP_REASON = "adjust-reason";
    private static final String STEP_COMMENT = "return-comment";
    /** Buttons in one list message; Telegram allows 100, a phone shows far fewer comfortably. */
    private static final int MAX_LIST = 40;
    private static final int MIN_REASON = 3;

    private final AssessmentWorkflow workflow;
    private final Snapshots snapshots;
    private final Campaigns campaigns;
    private final ScoringTexts texts;
    private final People people;
    private final ApprovalCards cards;

    ReviewCommand(AssessmentWorkflow workflow, Snapshots snapshots, Campaigns campaigns, ScoringTexts texts, People people,
                  ApprovalCards cards) {
        this.workflow = workflow;
        this.snapshots = snapshots;
        this.campaigns = campaigns;
        this.texts = texts;
        this.people = people;
        this.cards = cards;
    }

    @Override
    public List<String> names() {
        return List.of("duyet", "review");
    }

    @Override
    public String descriptionKey() {
        return "command.review";
    }

    @Override
    public String name() {
        return FLOW;
    }

    @Override
    public String action() {
        return ACTION;
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.COUNCIL, Role.TEAM_LEADER);
    }

    // --- the list ------------------------------------------------------------------------------------------

    @Override
    public void run(ChatSession s, String args) {
        Actor me = Actor.of(s.requireUser());
        Campaign c = campaigns.current();
        List<AssessmentWorkflow.Queued> queue = workflow.reviewQueue(me, c.schoolYear());
        long waiting = me.has(Role.COUNCIL) ? workflow.waitingForTeams(c.schoolYear()) : 0;
        String waitingLine = waiting > 0 ? "\n" + s.text("scoring.review.waiting-teams", String.valueOf(waiting)) : "";
        if (queue.isEmpty()) {
            s.literal(s.text("scoring.review.empty", c.schoolYear()) + waitingLine).send();
            return;
        }
        Locale l = s.locale();
        Map<String, List<AssessmentWorkflow.Queued>> byTeam = new LinkedHashMap<>();
        for (AssessmentWorkflow.Queued q : queue) {
            byTeam.computeIfAbsent(cards.teamLabel(q.assessment().getTeamName(), l), k -> new java.util.ArrayList<>()).add(q);
        }
        StringBuilder text = new StringBuilder(s.text("scoring.review.list-header", c.schoolYear(), String.valueOf(queue.size())));
        byTeam.forEach((team, list) -> {
            text.append("\n\n").append(s.text("scoring.review.list-team", team, String.valueOf(list.size())));
            for (AssessmentWorkflow.Queued q : list) {
                SelfAssessment a = q.assessment();
                String line = s.text(q.stage() == Stage.TEAM ? "scoring.review.list-line-team" : "scoring.review.list-line",
                        people.name(a.getStaffId()), texts.when(a.getSubmittedAt()));
                if (q.claimedBy().isPresent()) {
                    line += " " + s.text("scoring.review.list-claimed", people.name(q.claimedBy().get()));
                }
                text.append('\n').append(line);
            }
        });
        text.append(waitingLine);
        if (queue.size() > MAX_LIST) {
            text.append("\n\n").append(s.text("scoring.review.list-more", String.valueOf(MAX_LIST)));
        }
        Reply r = s.literal(text.toString());
        queue.stream().limit(MAX_LIST).forEach(q -> {
            SelfAssessment a = q.assessment();
            String label = people.name(a.getStaffId()) + " · " + cards.teamLabel(a.getTeamName(), l)
                    + (q.stage() == Stage.TEAM ? " · " + s.text("scoring.stage.team") : "");
            r.button(label, ACTION, "open:" + a.getId() + ":" + q.stage() + ":" + a.reviewVersion()).row();
        });
        r.send();
    }

    // --- buttons --------------------------------------------------------------------------------------------

    @Override
    public void onPress(ChatSession s, String payload) {
        // verb:id:stage:version[:item]; the version is the submission and round the card was made for
        String[] p = Dialogs.parts(payload, 5);
        String verb = p[0];
        long id = Dialogs.number(p[1]);
        Stage stage = "TEAM".equals(p[2]) ? Stage.TEAM : Stage.COUNCIL;
        Actor me = Actor.of(s.requireUser());
        if (id < 0 || !(p[2].equals("TEAM") || p[2].equals("COUNCIL")) || p[3].isEmpty()) {
            s.alert("decision.button.invalid");
            return;
        }
        try {
            SelfAssessment now = snapshots.assessment(id);
            if (now.pendingFor(stage) && !p[3].equals(now.reviewVersion())) { // not pending: the usual refusal says why
                s.alert("decision.card.stale");
                return;
            }
            switch (verb) {
                case "open" -> {
                    Snapshot snap = workflow.open(me, id, stage);
                    enter(s, snap, stage, 0);
                    overview(s, snap, stage);
                }
                case "sum" -> {
                    Snapshot snap = workflow.holding(me, id, stage);
                    enter(s, snap, stage, currentIndex(s, snap));
                    overview(s, snap, stage);
                }
                case "item" -> {
                    Snapshot snap = workflow.holding(me, id, stage);
                    int idx = clamp((int) Dialogs.number(p[4]), snap);
                    enter(s, snap, stage, idx);
                    item(s, snap, stage, idx, true);
                }
                case "adj" -> {
                    Snapshot snap = workflow.holding(me, id, stage);
                    int idx = clamp((int) Dialogs.number(p[4]), snap);
                    enter(s, snap, stage, idx);
                    askScore(s, snap, stage, idx);
                }
                case "ret" -> {
                    Snapshot snap = workflow.holding(me, id, stage);
                    enter(s, snap, stage, currentIndex(s, snap));
                    s.moveTo(STEP_COMMENT);
                    s.reply("scoring.review.ask-comment", people.name(snap.assessment().getStaffId()));
                }
                case "team" -> {
                    Snapshot snap = workflow.teamReviewed(me, id);
                    s.endFlow();
                    s.toast("scoring.review.team-done-toast");
                    s.reply("scoring.review.team-done", people.name(snap.assessment().getStaffId()),
                            ScoringTexts.score(snap.card().teamTotal(), s.locale()));
                }
                case "pass" -> {
                    Snapshot snap = workflow.pass(me, id);
                    s.endFlow();
                    BigDecimal total = snap.card().councilTotal();
                    s.toast("scoring.review.passed-toast");
                    s.reply("scoring.review.passed", people.name(snap.assessment().getStaffId()), ScoringTexts.score(total, s.locale()),
                            ScoringTexts.band(snap.card().band(total)));
                }
                case "rel" -> {
                    workflow.release(me, id);
                    s.endFlow();
                    s.reply("scoring.review.released");
                }
                default -> s.alert("decision.button.invalid");
            }
        } catch (Refused r) {
            Dialogs.toast(s, r);
            Dialogs.reply(s, r);
            if (s.inFlow(FLOW) && String.valueOf(id).equals(s.draft().get("a"))) {
                s.endFlow();
            }
        }
    }

    private void enter(ChatSession s, Snapshot snap, Stage stage, int idx) {
        Map<String, String> draft = new HashMap<>();
        draft.put("a", String.valueOf(snap.id()));
        draft.put("st", stage.name());
        draft.put("i", String.valueOf(idx));
        s.startFlow(FLOW, STEP_VIEW, draft);
    }

    private static int clamp(int idx, Snapshot snap) {
        return Math.max(0, Math.min(idx, snap.sheet().allItems().size() - 1));
    }

    private static int currentIndex(ChatSession s, Snapshot snap) {
        return clamp((int) Dialogs.draftLong(s, "i").orElse(0L).longValue(), snap);
    }

    // --- screens --------------------------------------------------------------------------------------------

    /** The whole submission at a glance: totals, every criterion's columns, and what the reviewer can do. */
    private void overview(ChatSession s, Snapshot snap, Stage stage) {
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
        workflow.lastEvent(a.getId(), Set.of(EventAction.PRINCIPAL_RETURN, EventAction.REOPEN, EventAction.RESUBMIT))
                .filter(e -> e.getAction() != EventAction.RESUBMIT)
                .ifPresent(e -> header.append('\n').append(s.text("scoring.review.principal-note", people.name(e.getActorStaffId()),
                        s.text(e.getAction().messageKey()), e.getReason())));
        List<String> lines = texts.tableLines(c, snap.entries(), snap.evidenceCounts(), teamCol, stage == Stage.COUNCIL, l);
        List<String> chunks = ScoringTexts.chunks(header + "\n", lines, ScoringTexts.MAX_MESSAGE);
        for (int i = 0; i < chunks.size() - 1; i++) {
            s.literal(chunks.get(i)).send();
        }
        String at = a.getId() + ":" + stage + ":" + a.reviewVersion();
        Reply r = s.literal(chunks.get(chunks.size() - 1) + "\n\n" + s.text("scoring.review.overview-hint"));
        r.buttonKey("scoring.review.walk-button", ACTION, "item:" + at + ":0").row();
        if (stage == Stage.TEAM) {
            r.buttonKey("scoring.review.team-done-button", ACTION, "team:" + at);
        } else {
            r.buttonKey("scoring.review.pass-button", ACTION, "pass:" + at);
        }
        r.buttonKey("scoring.review.return-button", ACTION, "ret:" + at).row()
                .buttonKey("scoring.review.history-button", HistoryCommand.ACTION, String.valueOf(a.getId()))
                .buttonKey("scoring.review.release-button", ACTION, "rel:" + at)
                .send();
    }

    /** One criterion: the evidence files re-sent by file id, then the scores so far and the actions. */
    private void item(ChatSession s, Snapshot snap, Stage stage, int idx, boolean withFiles) {
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
        String at = snap.id() + ":" + stage + ":" + snap.assessment().reviewVersion();
        Reply r = s.literal(text.toString());
        if (idx > 0) {
            r.buttonKey("scoring.review.prev-button", ACTION, "item:" + at + ":" + (idx - 1));
        }
        if (idx < items.size() - 1) {
            r.buttonKey("scoring.review.next-button", ACTION, "item:" + at + ":" + (idx + 1));
        }
        r.row().buttonKey("scoring.review.adjust-button", ACTION, "adj:" + at + ":" + idx)
                .buttonKey("scoring.review.summary-button", ACTION, "sum:" + at)
                .send();
        s.moveTo(STEP_VIEW);
    }

    private void askScore(ChatSession s, Snapshot snap, Stage stage, int idx) {
        Criterion item = snap.sheet().allItems().get(idx);
        Locale l = s.locale();
        BigDecimal current = stage == Stage.TEAM ? snap.card().team(item.code()) : snap.card().council(item.code());
        s.moveTo(STEP_SCORE);
        s.reply(item.kind() == ScoreSheet.Kind.PENALTY ? "scoring.review.ask-score-penalty" : "scoring.review.ask-score",
                item.code(), item.name(), ScoringTexts.score(item.max(), l), ScoringTexts.score(current, l), s.text(stage.messageKey()));
    }

    // --- typed answers --------------------------------------------------------------------------------------

    @Override
    public void onInput(ChatSession s) {
        Optional<Long> id = Dialogs.draftLong(s, "a");
        Stage stage = "TEAM".equals(s.draft().get("st")) ? Stage.TEAM : Stage.COUNCIL;
        if (id.isEmpty()) {
            s.endFlow();
            return;
        }
        Actor me = Actor.of(s.requireUser());
        Snapshot snap;
        try {
            snap = workflow.holding(me, id.get(), stage);
        } catch (Refused r) {
            s.endFlow();
            Dialogs.reply(s, r);
            return;
        }
        Incoming in = s.incoming();
        if (in.kind() != Incoming.Kind.TEXT) {
            s.reply("scoring.review.text-only");
            return;
        }
        String text = in.text().trim();
        int idx = currentIndex(s, snap);
        Criterion item = snap.sheet().allItems().get(idx);
        try {
            switch (s.step() == null ? STEP_VIEW : s.step()) {
                case STEP_SCORE -> {
                    ScoreInput.Parsed p = ScoreInput.parse(text, item.max(), item.kind() == ScoreSheet.Kind.PENALTY, s.locale());
                    if (!p.ok()) {
                        s.reply(p.errorKey(), p.args());
                        askScore(s, snap, stage, idx);
                        return;
                    }
                    BigDecimal base = stage == Stage.TEAM ? snap.card().self(item.code()) : snap.card().team(item.code());
                    if (base != null && base.compareTo(p.value()) == 0) {
                        workflow.adjust(me, snap.id(), stage, item.code(), p.value(), null);
                        s.reply("scoring.review.not-adjusted", item.code(), ScoringTexts.score(base, s.locale()));
                        item(s, snapshots.of(snap.assessment()), stage, idx, false);
                        return;
                    }
                    Map<String, String> draft = s.draft();
                    draft.put("v", p.value().toPlainString());
                    s.saveDraft(draft);
                    s.moveTo(STEP_REASON);
                    s.reply("scoring.review.ask-reason", item.code(), ScoringTexts.score(base, s.locale()),
                            ScoringTexts.score(p.value(), s.locale()));
                }
                case STEP_REASON -> {
                    if (text.length() < MIN_REASON) {
                        s.reply("scoring.review.reason-too-short");
                        return;
                    }
                    if (FreeText.REASON.refuse(s, text)) {
                        return; // still on this step, the score typed before kept in the draft
                    }
                    String v = s.draft().get("v");
                    if (v == null) {
                        askScore(s, snap, stage, idx);
                        return;
                    }
                    BigDecimal value = new BigDecimal(v);
                    BigDecimal base = workflow.adjust(me, snap.id(), stage, item.code(), value, text);
                    Map<String, String> draft = s.draft();
                    draft.remove("v");
                    s.saveDraft(draft);
                    s.reply("scoring.review.adjusted", item.code(), ScoringTexts.score(base, s.locale()),
                            ScoringTexts.score(value, s.locale()), text);
                    item(s, snapshots.of(snap.assessment()), stage, idx, false);
                }
                case STEP_COMMENT -> {
                    if (text.length() < MIN_REASON) {
                        s.reply("scoring.review.reason-too-short");
                        return;
                    }
                    if (FreeText.REASON.refuse(s, text)) {
                        return;
                    }
                    Snapshot done = workflow.returnForRevision(me, snap.id(), stage, text);
                    s.endFlow();
                    s.reply("scoring.review.returned", people.name(done.assessment().getStaffId()));
                }
                default -> {
                    Optional<Criterion> byCode = snap.sheet().item(text.toUpperCase(Locale.ROOT));
                    if (byCode.isPresent()) {
                        int to = snap.sheet().allItems().indexOf(byCode.get());
                        Map<String, String> draft = s.draft();
                        draft.put("i", String.valueOf(to));
                        s.saveDraft(draft);
                        item(s, snap, stage, to, true);
                    } else {
                        s.reply("scoring.review.view-hint");
                    }
                }
            }
        } catch (Refused r) {
            s.endFlow();
            Dialogs.reply(s, r);
        }
    }
}
