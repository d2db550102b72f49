package vn.thiduabot.nomination;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.people.Person;
import vn.thiduabot.chat.Incoming;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffView;

/**
 * What a reviewer's yes/no does at each stage: the state check (someone else may have decided), the
 * typed reason a "no" needs, the card edited in place to show the decision, and who is told.
 */
@Component
class NominationDecisions {

    static final String REASON_FLOW = "nomination-reason";

    private final NominationService service;
    private final NominationCards cards;
    private final StaffDirectory staff;
    private final PrincipalsOwnNominations principalsOwn;

    NominationDecisions(NominationService service, NominationCards cards, StaffDirectory staff, PrincipalsOwnNominations principalsOwn) {
        this.principalsOwn = principalsOwn;
        this.service = service;
        this.cards = cards;
        this.staff = staff;
    }

    /** A press on a card's yes/no button, the version being the nomination's as the card showed it. */
    void press(ChatSession s, ReviewStage stage, NominationDecisionButtons.Decision d) {
        boolean yes = d.yes();
        String cardKey = d.cardKey();
        Optional<Nomination> found = service.find(d.nominationId());
        if (found.isEmpty()) {
            s.alert("decision.button.invalid");
            return;
        }
        Nomination n = found.get();
        Person me = s.requireUser();
        if (NominationRules.involves(n, me.staffId())) {
            s.alert("decision.nomination.own");
            return;
        }
        if (!service.mayReview(me, n, stage)) {
            s.alert("nomination.not-yours");
            return;
        }
        if (n.getStatus() != stage.waiting) {
            s.alert(alreadyHandledKey(n, stage), alreadyHandledArgs(s.locale(), n, stage));
            showCard(s, n, cardKey);
            return;
        }
        if (n.getVersion() != d.version()) {
            s.alert("decision.card.stale");
            return;
        }
        if (!yes && stage.reasonForNo) {
            s.startFlow(REASON_FLOW, stage.name(), Map.of("id", String.valueOf(n.getId()), "card", cardKey));
            s.reply("nomination.reason.ask", cards.nominee(s.locale(), n));
            return;
        }
        apply(s, n, stage, yes, null, cardKey);
        s.toast("nomination.decided-toast");
    }

    /** The typed reason for a "no" at the team or council stage. */
    void reasonTyped(ChatSession s) {
        Map<String, String> d = s.draft();
        ReviewStage stage;
        try {
            stage = ReviewStage.valueOf(s.step());
        } catch (RuntimeException e) {
            s.endFlow();
            return;
        }
        if (s.incoming().kind() != Incoming.Kind.TEXT) {
            s.reply("nomination.reason.text-please");
            return;
        }
        String reason = NominationRules.clean(s.incoming().text());
        Optional<NominationRules.Refusal> refusal = NominationRules.checkReason(reason);
        if (refusal.isPresent()) {
            s.reply(refusal.get().key(), refusal.get().argArray());
            return;
        }
        s.endFlow();
        Optional<Nomination> found = d.get("id") == null ? Optional.empty() : service.find(Long.parseLong(d.get("id")));
        if (found.isEmpty()) {
            s.reply("error.button-stale");
            return;
        }
        Nomination n = found.get();
        if (NominationRules.involves(n, s.requireUser().staffId())) {
            s.reply("decision.nomination.own");
            return;
        }
        if (!service.mayReview(s.requireUser(), n, stage)) {
            s.reply("nomination.not-yours");
            return;
        }
        if (n.getStatus() != stage.waiting) {
            s.reply(alreadyHandledKey(n, stage), alreadyHandledArgs(s.locale(), n, stage));
            showCard(s, n, d.get("card"));
            return;
        }
        apply(s, n, stage, false, reason, d.get("card"));
        s.reply("nomination.reason.saved", cards.nominee(s.locale(), n));
    }

    private void apply(ChatSession s, Nomination n, ReviewStage stage, boolean yes, String reason, String cardKey) {
        Person me = s.requireUser();
        service.decide(n, stage, yes, me, reason);
        showCard(s, n, cardKey);
        tell(n, stage, yes, me, reason);
    }

    /** Edits the reviewer's card in place: its text now ends with the decision, and its yes/no buttons are gone. */
    private void showCard(ChatSession s, Nomination n, String cardKey) {
        if (cardKey == null) {
            return;
        }
        cards.withEvidenceButton(s.literal(cards.card(s.locale(), n)).key(cardKey + "-done").replacing(cardKey), s.locale(), n)
                .send();
    }

    private String alreadyHandledKey(Nomination n, ReviewStage stage) {
        return service.decisionAt(n, stage).map(e -> e.automatic() ? "nomination.already-moved" : "nomination.already-handled")
                .orElse("nomination.already-moved");
    }

    private Object[] alreadyHandledArgs(Locale locale, Nomination n, ReviewStage stage) {
        return service.decisionAt(n, stage)
                .map(e -> new Object[] {cards.staffName(e.getActorStaffId()), cards.text(locale, e.getTo().messageKey()), cards.date(e.getAt())})
                .orElseGet(() -> new Object[] {"?", cards.text(locale, n.getStatus().messageKey()), "?"});
    }

    /** Who hears of a decision: the nominator of every "no" and of the team's yes; the principal gets the council's yes to decide; nominator and nominee the principal's decision. */
    private void tell(Nomination n, ReviewStage stage, boolean yes, Person actor, String reason) {
        StaffView nominator = staff.byId(n.getNominatorStaffId()).orElse(null);
        switch (stage) {
            case TEAM -> notify(nominator, n, yes ? "nomination.told.team-confirmed" : "nomination.told.team-rejected",
                    l -> new Object[] {cards.nominee(l, n), actor.fullName(), reason});
            case COUNCIL -> {
                if (yes && principalsOwn.principalIsParty(n)) {
                    // Not the principals' to introduce: the substitute's, or the secretaries hear what to configure.
                    Optional<Person> substitute = principalsOwn.decider(n).flatMap(StaffView::chatUser);
                    if (substitute.isPresent()) {
                        cards.pushSubstituteCard(substitute.get(), n);
                    } else {
                        for (StaffView sec : staff.withRole(Role.SECRETARY)) {
                            notify(sec, n, "decision.substitute.nomination-waiting", l -> new Object[] {cards.nominee(l, n)});
                        }
                    }
                } else if (yes) {
                    for (StaffView principal : staff.withRole(Role.PRINCIPAL)) {
                        if (!NominationRules.involves(n, principal.staffId())) {
                            principal.chatUser().ifPresent(u -> cards.pushCard(u, n, ReviewStage.PRINCIPAL));
                        }
                    }
                } else {
                    notify(nominator, n, "nomination.told.council-rejected", l -> new Object[] {cards.nominee(l, n), reason});
                }
            }
            case PRINCIPAL -> {
                notify(nominator, n, yes ? "nomination.told.introduced" : "nomination.told.not-introduced",
                        l -> new Object[] {cards.nominee(l, n), cards.category(l, n.getCategory()), cards.quarter(l, n.getQuarter())});
                if (n.getNomineeKind() == NomineeKind.STAFF && n.getNomineeStaffId() != null) {
                    StaffView nominee = staff.byId(n.getNomineeStaffId()).filter(StaffView::active).orElse(null);
                    notify(nominee, n, yes ? "nomination.nominee.introduced" : "nomination.nominee.not-introduced",
                            l -> new Object[] {cards.category(l, n.getCategory()), cards.quarter(l, n.getQuarter()),
                                    cards.staffName(n.getNominatorStaffId())});
                }
            }
        }
    }

    private void notify(StaffView person, Nomination n, String key, Function<Locale, Object[]> args) {
        if (person != null && person.chatUser().isPresent()) {
            cards.notify(person, n, key, args.apply(person.chatUser().get().locale()));
        }
    }
}
