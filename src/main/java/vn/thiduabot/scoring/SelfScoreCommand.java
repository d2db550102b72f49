package vn.thiduabot.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
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
import vn.thiduabot.chat.Command;
import vn.thiduabot.chat.Flow;
import vn.thiduabot.chat.Incoming;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.people.Role;
import vn.thiduabot.chat.Texts;

/**
 * /tucham (/selfscore): the teacher scores themselves against the school's sheet, criterion by
 * criterion, with evidence, then bonus and penalty items, sees the summary and submits. Progress is
 * saved after every answer: /tucham later (even after a restart) resumes at the same item.
 */
@Component
@Order(200)
class SelfScoreCommand implements Command, Flow, LegacyButtonAction {

    static final String FLOW = "scoring-self";
    static final String ACTION = "score-self";
    static final String STEP_ITEM = "item";
    static final String STEP_EVIDENCE = "evidence";
    static final String STEP_SUMMARY = "summary";
    /** How many "go to this item" buttons a summary offers. */
    private static final int MAX_GOTO_BUTTONS = 6;

    private final AssessmentWorkflow workflow;
    private final Snapshots snapshots;
    private final Campaigns campaigns;
    private final ScoringTexts texts;
    private final People people;
    private final ApprovalCards cards;

    SelfScoreCommand(AssessmentWorkflow workflow, Snapshots snapshots, Campaigns campaigns, ScoringTexts texts, People people,
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
        return List.of("tucham", "selfscore");
    }

    @Override
    public String descriptionKey() {
        return "command.selfscore";
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
        return Set.of();
    }

    // --- /tucham -----------------------------------------------------------------------------------------

    @Override
    public void run(ChatSession s, String args) {
        Actor me = Actor.of(s.requireUser());
        Campaign c = campaigns.current();
        LocalDate today = campaigns.today();
        boolean open = c.deadlines().selfAssessmentOpen(today);
        String opens = Texts.date(c.deadlines().selfAssessmentOpens());
        String closes = Texts.date(c.deadlines().selfAssessmentCloses());
        Optional<SelfAssessment> existing = workflow.own(me.staffId(), c.schoolYear());
        if (existing.isEmpty()) {
            if (!open) {
                s.reply(today.isBefore(c.deadlines().selfAssessmentOpens()) ? "scoring.self.not-yet-open" : "scoring.self.window-closed",
                        opens, closes, c.schoolYear());
                return;
            }
            SelfAssessment a = workflow.openOwn(me, c);
            ScoreSheet sheet = c.scoreSheet();
            s.reply("scoring.self.intro", c.schoolYear(), String.valueOf(sheet.criteria().size()),
                    String.valueOf(sheet.bonus().size()), String.valueOf(sheet.penalties().size()), closes,
                    ScoringTexts.score(sheet.maxTotal(), s.locale()));
            resume(s, snapshots.of(a));
            return;
        }
        Snapshot snap = snapshots.of(existing.get());
        SelfAssessment a = snap.assessment();
        switch (a.getStatus()) {
            case DRAFT -> {
                if (!open) {
                    s.reply(today.isBefore(c.deadlines().selfAssessmentOpens()) ? "scoring.self.not-yet-open" : "scoring.self.window-closed",
                            opens, closes, c.schoolYear());
                    return;
                }
                s.reply("scoring.self.resume", closes);
                resume(s, snap);
            }
            case RETURNED -> {
                showReturn(s, snap);
                resume(s, snap);
            }
            default -> showStatus(s, snap);
        }
    }

    private void showReturn(ChatSession s, Snapshot snap) {
        workflow.lastEvent(snap.id(), Set.of(EventAction.RETURN)).ifPresent(e -> s.reply("scoring.self.returned",
                people.name(e.getActorStaffId()), texts.when(e.getAt()), e.getReason(), workflow.adjustmentsText(snap, s.locale())));
    }

    /** A submitted self-assessment: where it is, and the table so far. Nothing can be changed. */
    private void showStatus(ChatSession s, Snapshot snap) {
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

    private void resume(ChatSession s, Snapshot snap) {
        Map<String, String> draft = new HashMap<>();
        draft.put("a", String.valueOf(snap.id()));
        s.startFlow(FLOW, STEP_ITEM, draft);
        int idx = snap.assessment().getCurrentItem();
        if (idx >= items(snap).size()) {
            summary(s, snapshots.of(snap.assessment()));
        } else {
            ask(s, snap, idx);
        }
    }

    // --- the questions ---------------------------------------------------------------------------------------

    private static List<Criterion> items(Snapshot snap) {
        return snap.sheet().allItems();
    }

    private void ask(ChatSession s, Snapshot snap, int idx) {
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
        String at = snap.id() + ":" + idx;
        if (current != null) {
            r.button(s.text("scoring.self.keep-button", ScoringTexts.score(current, l)), ACTION, "keep:" + at);
        }
        r.buttonKey("scoring.self.skip-button", ACTION, "skip:" + at);
        if (idx > 0) {
            r.buttonKey("scoring.self.back-button", ACTION, "back:" + at);
        }
        r.send();
    }

    /** A score a teacher might type for this maximum (half a point under it), for the question's example. */
    static BigDecimal example(BigDecimal max) {
        BigDecimal half = new BigDecimal("0.5");
        return max.compareTo(BigDecimal.ONE) >= 0 ? max.subtract(half) : max;
    }

    private void askEvidence(ChatSession s, Snapshot snap, int idx, String introKey, Object... introArgs) {
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
        String at = snap.id() + ":" + idx;
        r.buttonKey("scoring.self.done-button", ACTION, "done:" + at);
        if (files > 0) {
            r.buttonKey("scoring.self.clear-button", ACTION, "clear:" + at);
        }
        r.send();
    }

    private void summary(ChatSession s, Snapshot snap) {
        SelfAssessment a = snap.assessment();
        Actor me = Actor.of(s.requireUser());
        int n = items(snap).size();
        if (a.getCurrentItem() != n) {
            workflow.moveTo(me, a.getId(), n);
        }
        s.moveTo(STEP_SUMMARY);
        Locale l = s.locale();
        AssessmentWorkflow.Readiness ready = workflow.readiness(snap);
        StringBuilder text = new StringBuilder(s.text("scoring.self.summary-header", snap.campaign().schoolYear()));
        texts.summaryLines(snap.card(), l).forEach(line -> text.append('\n').append(line));
        if (!ready.unscored().isEmpty()) {
            text.append("\n\n").append(s.text("scoring.self.summary-unscored", codes(ready.unscored())));
        }
        if (!ready.missingEvidence().isEmpty()) {
            text.append("\n\n").append(s.text("scoring.self.summary-missing-evidence", codes(ready.missingEvidence())));
        }
        String hint = !ready.ready() ? "scoring.self.summary-hint-incomplete"
                : a.getStatus() == AssessmentStatus.RETURNED ? "scoring.self.summary-hint-returned" : "scoring.self.summary-hint";
        text.append("\n\n").append(s.text(hint));
        Reply r = s.literal(text.toString());
        String id = String.valueOf(a.getId());
        r.buttonKey(a.getStatus() == AssessmentStatus.RETURNED ? "scoring.self.resubmit-button" : "scoring.self.submit-button",
                ACTION, "submit:" + id).row();
        int shown = 0;
        for (Criterion c : ready.unscored()) {
            if (shown++ >= MAX_GOTO_BUTTONS) {
                break;
            }
            r.button(s.text("scoring.self.goto-button", c.code()), ACTION, "goto:" + id + ":" + items(snap).indexOf(c));
        }
        for (Criterion c : ready.missingEvidence()) {
            if (shown++ >= MAX_GOTO_BUTTONS) {
                break;
            }
            r.button(s.text("scoring.self.goto-evidence-button", c.code()), ACTION, "goto:" + id + ":" + items(snap).indexOf(c));
        }
        if (a.getStatus() == AssessmentStatus.RETURNED) {
            for (ScoreEntry e : snap.entries().values()) {
                if ((e.getTeamScore() != null || e.getCouncilScore() != null) && shown++ < MAX_GOTO_BUTTONS) {
                    snap.sheet().item(e.getItemCode()).ifPresent(c ->
                            r.button(s.text("scoring.self.goto-button", c.code()), ACTION, "goto:" + id + ":" + items(snap).indexOf(c)));
                }
            }
        }
        r.row().buttonKey("scoring.self.back-button", ACTION, "last:" + id)
                .buttonKey("scoring.self.first-button", ACTION, "first:" + id)
                .send();
    }

    private static String codes(List<Criterion> items) {
        return String.join(", ", items.stream().map(Criterion::code).toList());
    }

    // --- answers -------------------------------------------------------------------------------------------------

    @Override
    public void onInput(ChatSession s) {
        Optional<Long> id = Dialogs.draftLong(s, "a");
        if (id.isEmpty()) {
            s.endFlow();
            s.reply("scoring.self.restart");
            return;
        }
        Snapshot snap;
        try {
            snap = snapshots.load(id.get());
        } catch (Refused r) {
            s.endFlow();
            Dialogs.reply(s, r);
            return;
        }
        SelfAssessment a = snap.assessment();
        if (a.getStaffId() != s.requireUser().staffId() || !a.getStatus().editableByOwner()) {
            s.endFlow();
            showStatus(s, snap);
            return;
        }
        Incoming in = s.incoming();
        int idx = a.getCurrentItem();
        List<Criterion> items = items(snap);
        if (in.kind() == Incoming.Kind.TEXT) {
            Optional<Criterion> byCode = snap.sheet().item(in.text().trim().toUpperCase(Locale.ROOT));
            if (byCode.isPresent()) {
                goTo(s, snap, items.indexOf(byCode.get()), STEP_SUMMARY.equals(s.step()));
                return;
            }
        }
        String step = s.step() == null ? STEP_ITEM : s.step();
        if (idx >= items.size()) {
            step = STEP_SUMMARY;
        }
        switch (step) {
            case STEP_EVIDENCE -> {
                if (in.kind() == Incoming.Kind.PHOTO || in.kind() == Incoming.Kind.DOCUMENT) {
                    receiveEvidence(s, snap, idx, true);
                } else {
                    askEvidence(s, snap, idx, "scoring.self.waiting-evidence", items.get(idx).code());
                }
            }
            case STEP_SUMMARY -> {
                if (in.kind() == Incoming.Kind.PHOTO || in.kind() == Incoming.Kind.DOCUMENT) {
                    s.reply("scoring.self.summary-file");
                } else {
                    s.reply("scoring.self.summary-text");
                }
            }
            default -> {
                if (in.kind() == Incoming.Kind.PHOTO || in.kind() == Incoming.Kind.DOCUMENT) {
                    receiveEvidence(s, snap, idx, false);
                } else if (in.kind() == Incoming.Kind.TEXT) {
                    score(s, snap, idx, in.text());
                } else {
                    ask(s, snap, idx);
                }
            }
        }
    }

    private void score(ChatSession s, Snapshot snap, int idx, String text) {
        Criterion item = items(snap).get(idx);
        ScoreInput.Parsed p = ScoreInput.parse(text, item.max(), item.kind() == ScoreSheet.Kind.PENALTY, s.locale());
        if (!p.ok()) {
            s.reply(p.errorKey(), p.args());
            ask(s, snap, idx);
            return;
        }
        Actor me = Actor.of(s.requireUser());
        workflow.setSelfScore(me, snap.id(), item.code(), p.value());
        afterScore(s, snapshots.of(snap.assessment()), idx, p.value());
    }

    /** Penalties and zero scores need no evidence: straight on. Otherwise the evidence step. */
    private void afterScore(ChatSession s, Snapshot snap, int idx, BigDecimal value) {
        Criterion item = items(snap).get(idx);
        String shown = ScoringTexts.score(value, s.locale());
        if (item.kind() == ScoreSheet.Kind.PENALTY || value.signum() == 0) {
            s.reply("scoring.self.saved", item.code(), shown);
            next(s, snap, idx);
        } else {
            askEvidence(s, snap, idx, "scoring.self.saved", item.code(), shown);
        }
    }

    private void receiveEvidence(ChatSession s, Snapshot snap, int idx, boolean evidenceStep) {
        Criterion item = items(snap).get(idx);
        if (item.kind() == ScoreSheet.Kind.PENALTY) {
            s.reply("scoring.evidence.not-for-penalty");
            ask(s, snap, idx);
            return;
        }
        EvidenceRules.Check check = EvidenceRules.check(s.incoming(), s.locale());
        if (!check.ok()) {
            s.reply(check.refusalKey(), check.args());
            if (evidenceStep) {
                askEvidence(s, snap, idx, "scoring.evidence.continue", item.code());
            }
            return;
        }
        Incoming.Attachment f = s.incoming().attachment();
        long count;
        try {
            count = workflow.addEvidence(Actor.of(s.requireUser()), snap.id(), item.code(), f.fileId(), check.fileName(),
                    f.mimeType(), f.size(), check.kind());
        } catch (Refused r) {
            Dialogs.reply(s, r);
            return;
        }
        String name = check.fileName() != null ? check.fileName() : s.text("scoring.evidence.photo");
        Snapshot after = snapshots.of(snap.assessment());
        if (evidenceStep) {
            askEvidence(s, after, idx, "scoring.evidence.received", name, item.code(), String.valueOf(count));
        } else {
            s.reply("scoring.evidence.received", name, item.code(), String.valueOf(count));
            s.reply("scoring.evidence.now-score", item.code());
        }
    }

    private void next(ChatSession s, Snapshot snap, int idx) {
        Map<String, String> draft = s.draft();
        boolean jump = "1".equals(draft.remove("j"));
        s.saveDraft(draft);
        int n = items(snap).size();
        int target = jump ? n : idx + 1;
        workflow.moveTo(Actor.of(s.requireUser()), snap.id(), target);
        Snapshot after = snapshots.of(snap.assessment());
        if (target >= n) {
            summary(s, after);
        } else {
            ask(s, after, target);
        }
    }

    private void goTo(ChatSession s, Snapshot snap, int idx, boolean backToSummary) {
        Map<String, String> draft = s.draft();
        if (backToSummary) {
            draft.put("j", "1");
        } else {
            draft.remove("j");
        }
        s.saveDraft(draft);
        workflow.moveTo(Actor.of(s.requireUser()), snap.id(), idx);
        ask(s, snapshots.of(snap.assessment()), idx);
    }

    // --- buttons -------------------------------------------------------------------------------------------------

    @Override
    public void onPress(ChatSession s, String payload) {
        String[] p = Dialogs.parts(payload, 3);
        String verb = p[0];
        long id = Dialogs.number(p[1]);
        Snapshot snap;
        try {
            snap = snapshots.load(id);
        } catch (Refused r) {
            Dialogs.toast(s, r);
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
        if (!s.inFlow(FLOW) || !String.valueOf(id).equals(s.draft().get("a"))) {
            Map<String, String> draft = new HashMap<>();
            draft.put("a", String.valueOf(id));
            s.startFlow(FLOW, STEP_ITEM, draft);
        }
        List<Criterion> items = items(snap);
        int n = items.size();
        int idx = (int) Dialogs.number(p[2]);
        switch (verb) {
            case "keep", "skip", "back", "done", "clear" -> {
                if (idx != a.getCurrentItem() || idx < 0 || idx >= n) {
                    s.toast("scoring.self.stale-button");
                    return;
                }
                switch (verb) {
                    case "keep" -> {
                        BigDecimal current = snap.card().self(items.get(idx).code());
                        if (current == null) {
                            next(s, snap, idx);
                        } else {
                            afterScore(s, snap, idx, current);
                        }
                    }
                    case "back" -> {
                        if (idx > 0) {
                            goTo(s, snap, idx - 1, false);
                        }
                    }
                    case "clear" -> {
                        int removed = workflow.clearEvidence(me, id, items.get(idx).code());
                        askEvidence(s, snapshots.of(a), idx, "scoring.evidence.cleared", String.valueOf(removed), items.get(idx).code());
                    }
                    default -> next(s, snap, idx);
                }
            }
            case "goto" -> {
                if (idx < 0 || idx >= n) {
                    s.toast("scoring.self.stale-button");
                    return;
                }
                goTo(s, snap, idx, true);
            }
            case "first" -> goTo(s, snap, 0, false);
            case "last" -> goTo(s, snap, n - 1, false);
            case "submit" -> submit(s, snap, me);
            default -> s.toast("scoring.self.stale-button");
        }
    }

    private void submit(ChatSession s, Snapshot snap, Actor me) {
        AssessmentWorkflow.Readiness ready = workflow.readiness(snap);
        if (!ready.ready()) {
            s.toast("scoring.self.not-ready-toast");
            summary(s, snap);
            return;
        }
        Snapshot done;
        try {
            done = workflow.submit(me, snap.id());
        } catch (Refused r) {
            Dialogs.toast(s, r);
            Dialogs.reply(s, r);
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
