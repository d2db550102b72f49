package vn.thiduabot.nomination.chat;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.nomination.Nomination;
import vn.thiduabot.nomination.NominationRules;
import vn.thiduabot.nomination.NominationService;
import vn.thiduabot.nomination.NomineeKind;
import vn.thiduabot.nomination.Quarter;
import vn.thiduabot.nomination.chat.NominationDraftButtons.ChooseKind;
import vn.thiduabot.nomination.chat.NominationDraftButtons.PickColleague;
import vn.thiduabot.people.Names;
import vn.thiduabot.people.Person;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffView;

/**
 * Who is nominated: a colleague found by name, or a name typed for someone outside the staff or a
 * collective. Never oneself, never twice in a quarter. Each method returns true once the nominee is
 * set (the caller goes on to the next question).
 */
@Component
class NomineeChoice {

    static final int MAX_MATCHES = 8;

    private final NominationService service;
    private final NominationCards cards;
    private final StaffDirectory staff;

    NomineeChoice(NominationService service, NominationCards cards, StaffDirectory staff) {
        this.service = service;
        this.cards = cards;
        this.staff = staff;
    }

    /** Up to eight colleagues whose names contain the words typed, accents optional; never oneself. */
    void search(ChatSession s, Nomination n, String typed) {
        if (Names.fold(typed).isBlank()) {
            s.reply("nomination.ask-colleague");
            return;
        }
        long me = s.requireUser().staffId();
        List<StaffView> found = Names.search(staff.activeStaff(), StaffView::fullName, typed);
        boolean onlyMe = !found.isEmpty() && found.stream().allMatch(v -> v.staffId() == me);
        found = found.stream().filter(v -> v.staffId() != me).toList();
        if (onlyMe) {
            s.reply("nomination.self");
        } else if (found.isEmpty()) {
            // Perhaps the nominee is not on the staff list: offer the other kinds of nominee.
            Reply r = s.message("nomination.colleague.none", typed);
            r.buttonKey(NomineeKind.EXTERNAL.messageKey(), new ChooseKind(n.getId(), NomineeKind.EXTERNAL));
            r.buttonKey(NomineeKind.COLLECTIVE.messageKey(), new ChooseKind(n.getId(), NomineeKind.COLLECTIVE));
            r.send();
        } else if (found.size() > MAX_MATCHES) {
            s.reply("nomination.colleague.too-many", String.valueOf(found.size()), typed);
        } else {
            Reply r = s.message("nomination.colleague.choose", String.valueOf(found.size()));
            for (StaffView v : found) {
                r.button(v.nameAndTeam(), new PickColleague(n.getId(), v.staffId())).row();
            }
            r.send();
        }
    }

    boolean pickColleague(ChatSession s, Nomination n, long staffId) {
        Person me = s.requireUser();
        Optional<StaffView> picked = staff.byId(staffId).filter(StaffView::active);
        if (picked.isEmpty()) {
            s.reply("nomination.colleague.gone");
            return false;
        }
        if (NominationRules.isSelf(me.staffId(), me.fullName(), NomineeKind.STAFF, staffId, picked.get().fullName())) {
            s.reply("nomination.self");
            return false;
        }
        return setNominee(s, n, NomineeKind.STAFF, staffId, picked.get().fullName());
    }

    boolean nameTyped(ChatSession s, Nomination n, NomineeKind kind, String typed) {
        if (kind == NomineeKind.STAFF) {
            search(s, n, typed);
            return false;
        }
        Person me = s.requireUser();
        String name = NominationRules.clean(typed).replaceAll("\\s+", " ");
        Optional<NominationRules.Refusal> refusal = NominationRules.checkName(name);
        if (refusal.isPresent()) {
            s.reply(refusal.get().key(), refusal.get().argArray());
            return false;
        }
        if (NominationRules.isSelf(me.staffId(), me.fullName(), kind, null, name)) {
            s.reply("nomination.self");
            return false;
        }
        return setNominee(s, n, kind, null, name);
    }

    private boolean setNominee(ChatSession s, Nomination n, NomineeKind kind, Long staffId, String name) {
        String key = NominationRules.nomineeKey(kind, staffId, name);
        Quarter quarter = service.currentQuarter();
        Optional<Nomination> earlier = service.earlier(s.requireUser().staffId(), key, quarter);
        if (earlier.isPresent()) {
            refuseDuplicate(s, earlier.get(), name, quarter);
            return false;
        }
        service.chooseNominee(n, kind, staffId, name, key);
        return true;
    }

    void refuseDuplicate(ChatSession s, Nomination earlier, String name, Quarter quarter) {
        s.reply("nomination.duplicate", name, cards.date(earlier.getSubmittedAt()), cards.quarter(s.locale(), quarter));
    }
}
