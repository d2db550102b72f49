package vn.thiduabot.nomination.chat;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.nomination.Nomination;
import vn.thiduabot.nomination.NominationReviews;
import vn.thiduabot.nomination.NominationService;
import vn.thiduabot.nomination.ReviewStage;
import vn.thiduabot.people.Person;

/** Sends a reviewer the nominations waiting for them at a stage, one card each, with that stage's buttons. */
@Component
class NominationReviewListing {

    /** Cards per command; a reviewer with more decides these first and asks again. */
    static final int MAX_CARDS = 15;

    private final NominationService service;
    private final NominationReviews reviews;
    private final NominationCards cards;

    NominationReviewListing(NominationService service, NominationReviews reviews, NominationCards cards) {
        this.service = service;
        this.reviews = reviews;
        this.cards = cards;
    }

    /** @return how many nominations wait for this reviewer at this stage */
    int send(ChatSession s, ReviewStage stage) {
        Person me = s.requireUser();
        List<Nomination> waiting = reviews.waitingAt(stage, me);
        String quarter = cards.quarter(s.locale(), service.currentQuarter());
        String keys = "nomination.review." + stage.slug();
        if (waiting.isEmpty()) {
            s.reply(keys + "-none", quarter);
            return 0;
        }
        s.reply(keys + "-header", String.valueOf(waiting.size()), quarter);
        for (Nomination n : waiting.subList(0, Math.min(MAX_CARDS, waiting.size()))) {
            String cardKey = "nom-" + n.getId() + "-" + stage.slug() + "-" + me.staffId() + "-u" + s.incoming().updateId();
            cards.withDecisionButtons(s.literal(cards.card(s.locale(), n)).key(cardKey), s.locale(), n, stage, cardKey).send();
        }
        if (waiting.size() > MAX_CARDS) {
            s.reply("nomination.review.more", String.valueOf(waiting.size() - MAX_CARDS));
        }
        return waiting.size();
    }
}
