package vn.thiduabot.scoring.chat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.ScoreSheet;
import vn.thiduabot.campaign.ScoreSheet.Criterion;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Flow;
import vn.thiduabot.chat.Incoming;
import vn.thiduabot.people.Role;
import vn.thiduabot.scoring.Actor;
import vn.thiduabot.scoring.AssessmentService;
import vn.thiduabot.scoring.EvidenceRules;
import vn.thiduabot.scoring.Refused;
import vn.thiduabot.scoring.ScoreInput;
import vn.thiduabot.scoring.SelfAssessment;
import vn.thiduabot.scoring.Snapshot;
import vn.thiduabot.scoring.Snapshots;

/** What the teacher types or sends during /tucham: a score, an evidence file, or an item's code to jump to. */
@Component
class SelfScoreAnswers implements Flow {

    private final AssessmentService service;
    private final Snapshots snapshots;
    private final SelfScoreScreens screens;
    private final SelfScoreSteps steps;
    private final Refusals refusals;

    SelfScoreAnswers(AssessmentService service, Snapshots snapshots, SelfScoreScreens screens, SelfScoreSteps steps,
                     Refusals refusals) {
        this.service = service;
        this.snapshots = snapshots;
        this.screens = screens;
        this.steps = steps;
        this.refusals = refusals;
    }

    @Override
    public String name() {
        return SelfScoreSteps.FLOW;
    }

    @Override
    public Set<Role> roles() {
        return Set.of();
    }

    @Override
    public void onInput(ChatSession s) {
        Optional<Long> id = Refusals.draftLong(s, "a");
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
            refusals.reply(s, r);
            return;
        }
        SelfAssessment a = snap.assessment();
        if (a.getStaffId() != s.requireUser().staffId() || !a.getStatus().editableByOwner()) {
            s.endFlow();
            steps.showStatus(s, snap);
            return;
        }
        Incoming in = s.incoming();
        int idx = a.getCurrentItem();
        List<Criterion> items = SelfScoreScreens.items(snap);
        if (in.kind() == Incoming.Kind.TEXT) {
            Optional<Criterion> byCode = snap.sheet().item(in.text().trim().toUpperCase(Locale.ROOT));
            if (byCode.isPresent()) {
                steps.goTo(s, snap, items.indexOf(byCode.get()), SelfScoreScreens.STEP_SUMMARY.equals(s.step()));
                return;
            }
        }
        String step = s.step() == null ? SelfScoreScreens.STEP_ITEM : s.step();
        if (idx >= items.size()) {
            step = SelfScoreScreens.STEP_SUMMARY;
        }
        boolean file = in.kind() == Incoming.Kind.PHOTO || in.kind() == Incoming.Kind.DOCUMENT;
        switch (step) {
            case SelfScoreScreens.STEP_EVIDENCE -> {
                if (file) {
                    receiveEvidence(s, snap, idx, true);
                } else {
                    screens.askEvidence(s, snap, idx, "scoring.self.waiting-evidence", items.get(idx).code());
                }
            }
            case SelfScoreScreens.STEP_SUMMARY -> s.reply(file ? "scoring.self.summary-file" : "scoring.self.summary-text");
            default -> {
                if (file) {
                    receiveEvidence(s, snap, idx, false);
                } else if (in.kind() == Incoming.Kind.TEXT) {
                    score(s, snap, idx, in.text());
                } else {
                    screens.ask(s, snap, idx);
                }
            }
        }
    }

    private void score(ChatSession s, Snapshot snap, int idx, String text) {
        Criterion item = SelfScoreScreens.items(snap).get(idx);
        ScoreInput.Parsed p = ScoreInput.parse(text, item.max(), item.kind() == ScoreSheet.Kind.PENALTY, s.locale());
        if (!p.ok()) {
            s.reply(p.errorKey(), p.args());
            screens.ask(s, snap, idx);
            return;
        }
        service.setSelfScore(Actor.of(s.requireUser()), snap.id(), item.code(), p.value());
        steps.afterScore(s, snapshots.of(snap.assessment()), idx, p.value());
    }

    private void receiveEvidence(ChatSession s, Snapshot snap, int idx, boolean evidenceStep) {
        Criterion item = SelfScoreScreens.items(snap).get(idx);
        if (item.kind() == ScoreSheet.Kind.PENALTY) {
            s.reply("scoring.evidence.not-for-penalty");
            screens.ask(s, snap, idx);
            return;
        }
        EvidenceRules.Check check = EvidenceRules.check(upload(s.incoming()), s.locale());
        if (!check.ok()) {
            s.reply(check.refusalKey(), check.args());
            if (evidenceStep) {
                screens.askEvidence(s, snap, idx, "scoring.evidence.continue", item.code());
            }
            return;
        }
        Incoming.Attachment f = s.incoming().attachment();
        long count;
        try {
            count = service.addEvidence(Actor.of(s.requireUser()), snap.id(), item.code(), f.fileId(), check.fileName(),
                    f.mimeType(), f.size(), check.kind());
        } catch (Refused r) {
            refusals.reply(s, r);
            return;
        }
        String name = check.fileName() != null ? check.fileName() : s.text("scoring.evidence.photo");
        if (evidenceStep) {
            screens.askEvidence(s, snapshots.of(snap.assessment()), idx, "scoring.evidence.received", name, item.code(),
                    String.valueOf(count));
        } else {
            s.reply("scoring.evidence.received", name, item.code(), String.valueOf(count));
            s.reply("scoring.evidence.now-score", item.code());
        }
    }

    /** The file of a message as the evidence rule reads it; null when the message carried none. */
    private static EvidenceRules.Upload upload(Incoming in) {
        Incoming.Attachment f = in.attachment();
        return f == null ? null
                : new EvidenceRules.Upload(in.kind() == Incoming.Kind.PHOTO, f.fileId(), f.fileName(), f.mimeType(), f.size());
    }
}
