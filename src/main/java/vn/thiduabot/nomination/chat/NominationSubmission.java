package vn.thiduabot.nomination.chat;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.nomination.Nomination;
import vn.thiduabot.nomination.NominationRules;
import vn.thiduabot.nomination.NominationService;
import vn.thiduabot.nomination.Quarter;
import vn.thiduabot.people.Person;
import vn.thiduabot.staff.StaffView;

/** The send button on the summary of /decu: the rules once more, then the nomination goes to the team leaders or the council. */
@Component
class NominationSubmission {

    private final NominationService service;
    private final NominationCards cards;
    private final NominationSteps steps;
    private final NomineeChoice nominee;

    NominationSubmission(NominationService service, NominationCards cards, NominationSteps steps, NomineeChoice nominee) {
        this.service = service;
        this.cards = cards;
        this.steps = steps;
        this.nominee = nominee;
    }

    void submit(ChatSession s, Nomination n) {
        Person me = s.requireUser();
        if (!n.complete()) {
            steps.advance(s, n);
            return;
        }
        // The rules once more: the draft may be days old and the quarter may have turned since.
        if (NominationRules.isSelf(me.staffId(), me.fullName(), n.getNomineeKind(), n.getNomineeStaffId(), n.getNomineeName())) {
            s.reply("nomination.self");
            return;
        }
        Optional<NominationRules.Refusal> tooLong = NominationRules.checkAchievement(n.getAchievement());
        if (tooLong.isPresent()) {
            s.reply(tooLong.get().key(), tooLong.get().argArray());
            steps.askAchievement(s);
            return;
        }
        Quarter quarter = service.currentQuarter();
        Optional<Nomination> earlier = service.earlier(me.staffId(), n.getNomineeKey(), quarter);
        if (earlier.isPresent()) {
            nominee.refuseDuplicate(s, earlier.get(), n.getNomineeName(), quarter);
            return;
        }
        NominationService.Routed routed = service.submit(n, me.staffId());
        s.endFlow();
        String nomineeLine = cards.nominee(s.locale(), n);
        String deadline = cards.deadline(s.locale(), n.getDeadline());
        if (routed.toCouncil()) {
            s.reply("nomination.sent.council", nomineeLine, deadline);
        } else {
            String leaders = String.join(", ", routed.teamLeaders().stream().map(StaffView::fullName).toList());
            s.reply("nomination.sent.team", nomineeLine, leaders, deadline); // their cards: NominationNotifications
        }
        s.toast("nomination.sent-toast");
    }
}
