package vn.thiduabot.nomination.chat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Command;
import vn.thiduabot.chat.Flow;
import vn.thiduabot.chat.Incoming;
import vn.thiduabot.nomination.Nomination;
import vn.thiduabot.nomination.NominationRules;
import vn.thiduabot.nomination.NominationService;
import vn.thiduabot.nomination.NomineeKind;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;

/**
 * /decu (/nominate): anyone linked puts forward a colleague, someone outside the staff or a
 * collective as an exemplar. Step by step: who (type, then a name search or a typed name), the
 * category, the achievement, evidence, a summary, send. Every step is saved in the draft
 * nomination, so /huy, a restart or a day's pause resumes where the nominator stopped. This class
 * takes the command and what is typed; the buttons are {@link NominationDraftButtons}.
 */
@Component
@Order(300)
class NominationDialog implements Command, Flow {

    private final NominationService service;
    private final NominationCards cards;
    private final NominationSteps steps;
    private final NomineeChoice nominee;
    private final NominationEvidenceStep evidence;

    NominationDialog(NominationService service, NominationCards cards, NominationSteps steps, NomineeChoice nominee,
                     NominationEvidenceStep evidence) {
        this.service = service;
        this.cards = cards;
        this.steps = steps;
        this.nominee = nominee;
        this.evidence = evidence;
    }

    @Override
    public List<String> names() {
        return List.of("decu", "nominate");
    }

    @Override
    public String descriptionKey() {
        return "command.nominate";
    }

    @Override
    public String name() {
        return NominationSteps.FLOW;
    }

    @Override
    public Set<Role> roles() {
        return Set.of();
    }

    @Override
    public void run(ChatSession s, String args) {
        Person me = s.requireUser();
        Optional<Nomination> draft = service.draftOf(me.staffId());
        if (draft.isPresent()) {
            Nomination n = draft.get();
            steps.enter(s, n);
            s.message("nomination.resume", cards.date(n.getCreatedAt()))
                    .buttonKey("nomination.restart-button", new NominationDraftButtons.Restart(n.getId())).send();
            steps.advance(s, n);
            return;
        }
        Nomination n = service.startDraft(me.staffId());
        steps.enter(s, n);
        steps.askKind(s, n, true);
    }

    @Override
    public void onInput(ChatSession s) {
        Person me = s.requireUser();
        String id = s.draft().get("id");
        Optional<Nomination> draft = id == null ? Optional.empty() : service.ownDraft(Long.parseLong(id), me.staffId());
        if (draft.isEmpty()) {
            s.endFlow();
            s.reply("nomination.draft-gone");
            return;
        }
        Nomination n = draft.get();
        Incoming in = s.incoming();
        String step = s.step() == null ? "" : s.step();
        boolean file = in.kind() == Incoming.Kind.DOCUMENT || in.kind() == Incoming.Kind.PHOTO;
        if (step.equals(NominationSteps.STEP_EVIDENCE) && file) {
            evidence.receive(s, n);
            return;
        }
        if (in.kind() != Incoming.Kind.TEXT) {
            s.reply(file ? "nomination.file-not-now" : "nomination.text-please");
            return;
        }
        String text = NominationRules.clean(in.text());
        switch (step) {
            case NominationSteps.STEP_SEARCH -> nominee.search(s, n, text);
            case NominationSteps.STEP_NAME -> {
                if (nominee.nameTyped(s, n, n.getNomineeKind() == null ? NomineeKind.EXTERNAL : n.getNomineeKind(), text)) {
                    steps.advance(s, n);
                }
            }
            case NominationSteps.STEP_ACHIEVEMENT -> achievementTyped(s, n, text);
            case NominationSteps.STEP_EVIDENCE -> evidence.waiting(s, n);
            default -> {
                s.reply("nomination.use-buttons");
                steps.advance(s, n);
            }
        }
    }

    private void achievementTyped(ChatSession s, Nomination n, String text) {
        Optional<NominationRules.Refusal> refusal = NominationRules.checkAchievement(text);
        if (refusal.isPresent()) {
            s.reply(refusal.get().key(), refusal.get().argArray());
            return;
        }
        boolean first = n.getAchievement() == null;
        service.describeAchievement(n, text);
        if (first) {
            evidence.ask(s, n);
        } else {
            steps.showSummary(s, n);
        }
    }
}
