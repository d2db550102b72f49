package vn.thiduabot.nomination.chat;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ButtonAction;
import vn.thiduabot.chat.ButtonPayload;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.nomination.Nomination;
import vn.thiduabot.nomination.NominationEvidence;
import vn.thiduabot.nomination.NominationService;
import vn.thiduabot.nomination.NominationStatus;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;

/** "Xem minh chung" on a card: the nomination's photos and documents, sent again from Telegram's copy. */
@Component
class NominationEvidenceButton implements ButtonAction<NominationEvidenceButton.ShowEvidence> {

    record ShowEvidence(long nominationId) implements ButtonPayload { }


    private static final Set<Role> REVIEWERS = EnumSet.of(Role.TEAM_LEADER, Role.COUNCIL, Role.PRINCIPAL, Role.SECRETARY, Role.ADMIN);

    private final NominationService service;

    NominationEvidenceButton(NominationService service) {
        this.service = service;
    }

    @Override
    public String action() {
        return "nom.evidence";
    }

    @Override
    public Class<ShowEvidence> payloadType() {
        return ShowEvidence.class;
    }

    @Override
    public Set<Role> roles() {
        return Set.of();
    }

    @Override
    public void onPress(ChatSession s, ShowEvidence payload) {
        Person me = s.requireUser();
        Optional<Nomination> found = service.find(payload.nominationId());
        if (found.isEmpty() || found.get().getStatus() == NominationStatus.DRAFT) {
            s.toast("error.button-stale");
            return;
        }
        Nomination n = found.get();
        if (n.getNominatorStaffId() != me.staffId() && !me.hasAny(REVIEWERS)) {
            s.toast("error.forbidden");
            return;
        }
        List<NominationEvidence> files = service.evidenceOf(n.getId());
        int i = 0;
        for (NominationEvidence e : files) {
            i++;
            s.message("nomination.evidence.caption", String.valueOf(n.getId()), String.valueOf(i), String.valueOf(files.size()),
                    e.getFileName()).attachExisting(e.isPhoto(), e.getFileId(), e.getFileName()).send();
        }
        s.toast("nomination.evidence.sending", String.valueOf(files.size()));
    }
}
