package vn.thiduabot.nomination.chat;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Incoming;
import vn.thiduabot.nomination.Nomination;
import vn.thiduabot.nomination.NominationRules;
import vn.thiduabot.nomination.NominationService;
import vn.thiduabot.nomination.chat.NominationDraftButtons.EvidenceDone;

/** The evidence step of /decu: photos and documents, up to the rules' count and size, then on to the summary. */
@Component
class NominationEvidenceStep {

    private final NominationService service;

    NominationEvidenceStep(NominationService service) {
        this.service = service;
    }

    void ask(ChatSession s, Nomination n) {
        s.moveTo(NominationSteps.STEP_EVIDENCE);
        int count = service.evidenceCount(n.getId());
        s.message("nomination.ask-evidence", String.valueOf(NominationRules.EVIDENCE_MAX_BYTES / (1024 * 1024)),
                        String.valueOf(NominationRules.EVIDENCE_MAX_FILES))
                .buttonKey(count == 0 ? "nomination.evidence.skip-button" : "nomination.evidence.done-button", new EvidenceDone(n.getId()))
                .send();
    }

    /** Text while files are awaited: the reminder and the button to go on. */
    void waiting(ChatSession s, Nomination n) {
        s.message("nomination.evidence.waiting")
                .buttonKey("nomination.evidence.done-button", new EvidenceDone(n.getId())).send();
    }

    void receive(ChatSession s, Nomination n) {
        Incoming in = s.incoming();
        Incoming.Attachment file = in.attachment();
        int count = service.evidenceCount(n.getId());
        if (file == null) {
            s.reply("nomination.evidence.wrong-type", "?");
            return;
        }
        if (count >= NominationRules.EVIDENCE_MAX_FILES) {
            s.message("nomination.evidence.full", String.valueOf(NominationRules.EVIDENCE_MAX_FILES))
                    .buttonKey("nomination.evidence.done-button", new EvidenceDone(n.getId())).send();
            return;
        }
        boolean photo = in.kind() == Incoming.Kind.PHOTO;
        Optional<String> name = NominationRules.evidenceName(photo, file.fileName(), file.mimeType(), count + 1);
        if (name.isEmpty()) {
            s.reply("nomination.evidence.wrong-type", file.fileName() == null ? "?" : file.fileName());
            return;
        }
        if (file.size() > NominationRules.EVIDENCE_MAX_BYTES) {
            s.reply("nomination.evidence.too-large", name.get(), String.valueOf(NominationRules.EVIDENCE_MAX_BYTES / (1024 * 1024)));
            return;
        }
        service.addEvidence(n, file.fileId(), name.get(), file.mimeType(), file.size(), photo);
        s.message("nomination.evidence.received", name.get(), String.valueOf(count + 1))
                .buttonKey("nomination.evidence.done-button", new EvidenceDone(n.getId())).send();
    }
}
