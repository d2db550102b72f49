package vn.thiduabot.nomination.chat;

import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ButtonAction;
import vn.thiduabot.chat.ButtonPayload;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.nomination.Nomination;
import vn.thiduabot.nomination.NominationCategory;
import vn.thiduabot.nomination.NominationService;
import vn.thiduabot.nomination.NomineeKind;
import vn.thiduabot.people.Role;

/**
 * The buttons of a nominator's draft (/decu). Each names its draft: a press on a draft that was sent
 * or discarded meanwhile, or is someone else's, changes nothing.
 */
@Component
class NominationDraftButtons implements ButtonAction<NominationDraftButtons.DraftPress> {

    sealed interface DraftPress extends ButtonPayload
            permits ChooseKind, PickColleague, PickTeam, ChooseCategory, AddEvidence, EvidenceDone, Send, Discard, Restart {
        long nominationId();
    }

    record ChooseKind(long nominationId, NomineeKind kind) implements DraftPress { }

    record PickColleague(long nominationId, long staffId) implements DraftPress { }

    record PickTeam(long nominationId, String team) implements DraftPress { }

    record ChooseCategory(long nominationId, NominationCategory category) implements DraftPress { }

    /** Back to the evidence step from the summary. */
    record AddEvidence(long nominationId) implements DraftPress { }

    /** No (more) evidence: on to the summary. */
    record EvidenceDone(long nominationId) implements DraftPress { }

    record Send(long nominationId) implements DraftPress { }

    record Discard(long nominationId) implements DraftPress { }

    /** Discards the draft and starts a new one. */
    record Restart(long nominationId) implements DraftPress { }

    private final NominationService service;
    private final NominationSteps steps;
    private final NomineeChoice nominee;
    private final NominationEvidenceStep evidence;
    private final NominationSubmission submission;

    NominationDraftButtons(NominationService service, NominationSteps steps, NomineeChoice nominee, NominationEvidenceStep evidence,
                           NominationSubmission submission) {
        this.service = service;
        this.steps = steps;
        this.nominee = nominee;
        this.evidence = evidence;
        this.submission = submission;
    }

    @Override
    public String action() {
        return "nom.draft";
    }

    @Override
    public Class<DraftPress> payloadType() {
        return DraftPress.class;
    }

    @Override
    public Set<Role> roles() {
        return Set.of();
    }

    @Override
    public void onPress(ChatSession s, DraftPress press) {
        Optional<Nomination> draft = service.ownDraft(press.nominationId(), s.requireUser().staffId());
        if (draft.isEmpty()) {
            s.toast("nomination.draft-gone");
            return;
        }
        Nomination n = draft.get();
        steps.enter(s, n);
        if (press instanceof ChooseKind k) {
            service.chooseKind(n, k.kind());
            steps.askNominee(s, n);
        } else if (press instanceof PickColleague p) {
            if (nominee.pickColleague(s, n, p.staffId())) {
                steps.advance(s, n);
            }
        } else if (press instanceof PickTeam t) {
            if (nominee.nameTyped(s, n, NomineeKind.COLLECTIVE, t.team())) {
                steps.advance(s, n);
            }
        } else if (press instanceof ChooseCategory c) {
            service.chooseCategory(n, c.category());
            steps.advance(s, n);
        } else if (press instanceof AddEvidence) {
            evidence.ask(s, n);
        } else if (press instanceof EvidenceDone) {
            steps.showSummary(s, n);
        } else if (press instanceof Send) {
            submission.submit(s, n);
        } else if (press instanceof Discard) {
            service.discard(n);
            s.endFlow();
            s.reply("nomination.discarded");
        } else {
            service.discard(n);
            Nomination fresh = service.startDraft(s.requireUser().staffId());
            steps.enter(s, fresh);
            steps.askKind(s, fresh, true);
        }
    }
}
