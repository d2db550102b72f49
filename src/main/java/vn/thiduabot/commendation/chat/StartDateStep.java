package vn.thiduabot.commendation.chat;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.commendation.CommendationTexts;
import vn.thiduabot.commendation.Commendations;
import vn.thiduabot.commendation.FactsInput;
import vn.thiduabot.commendation.PersonFactsService;
import vn.thiduabot.commendation.Proposal;

/** The day the person started work at the school as typed, dd/MM/yyyy, or "-" for before this school year. */
@Component
class StartDateStep {

    private final Commendations list;
    private final PersonFactsService facts;
    private final CommendationTexts t;
    private final CardDialog card;

    StartDateStep(Commendations list, PersonFactsService facts, CommendationTexts t, CardDialog card) {
        this.list = list;
        this.facts = facts;
        this.t = t;
        this.card = card;
    }

    void read(ChatSession s, Proposal p, String text) {
        LocalDate start = null;
        if (!text.equals("-")) {
            Optional<LocalDate> d = FactsInput.day(text);
            if (d.isEmpty()) {
                s.reply("commendation.input.start-date");
                return;
            }
            start = d.get();
        }
        s.endFlow();
        facts.setStartDate(p.schoolYear(), p.staffId(), start, Cards.me(s));
        s.reply("commendation.saved.start-date", Cards.named(list, p), start == null
                ? t.text(s.locale(), "commendation.card.start-before-year") : start.format(Texts.DATE));
        card.show(s, p.id(), null);
    }
}
