package vn.thiduabot.nomination.chat;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Incoming;
import vn.thiduabot.nomination.Nomination;
import vn.thiduabot.nomination.NominationReviews;
import vn.thiduabot.nomination.NominationRules;
import vn.thiduabot.nomination.NominationService;
import vn.thiduabot.nomination.ReviewStage;
import vn.thiduabot.people.Person;

/**
 * What a reviewer's yes/no does at each stage: the state check (someone else may have decided), the
 * typed reason a "no" needs, and the card edited in place to show the decision. Who is told is
 * {@link NominationNotifications}' job, from the event the decision registers.
 */
@Component
class NominationDecisionDialog {

    static final String REASON_FLOW = "nomination-reason";

    private final NominationService service;
    private final NominationCards cards;

    private final NominationReviews reviews;

    NominationDecisionDialog(NominationService service, NominationReviews reviews, NominationCards cards) {
        this.service = service;
        this.reviews = reviews;
        this.cards = cards;
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
        if (!reviews.mayReview(me, n, stage)) {
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
        if (!reviews.mayReview(s.requireUser(), n, stage)) {
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
        reviews.decide(n, stage, yes, s.requireUser().staffId(), reason);
        showCard(s, n, cardKey);
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
        return reviews.decisionAt(n, stage).map(e -> e.automatic() ? "nomination.already-moved" : "nomination.already-handled")
                .orElse("nomination.already-moved");
    }

    private Object[] alreadyHandledArgs(Locale locale, Nomination n, ReviewStage stage) {
        return reviews.decisionAt(n, stage)
                .map(e -> new Object[] {cards.staffName(e.getActorStaffId()), cards.text(locale, e.getTo().messageKey()), cards.date(e.getAt())})
                .orElseGet(() -> new Object[] {"?", cards.text(locale, n.getStatus().messageKey()), "?"});
    }
}
