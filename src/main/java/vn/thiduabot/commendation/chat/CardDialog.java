package vn.thiduabot.commendation.chat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.chat.ButtonPayload;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.commendation.CommendationTexts;
import vn.thiduabot.commendation.Commendations;
import vn.thiduabot.commendation.Commendations.ListView;
import vn.thiduabot.commendation.PersonFacts;
import vn.thiduabot.commendation.Proposal;
import vn.thiduabot.commendation.RuleCheck;
import vn.thiduabot.commendation.Share;
import vn.thiduabot.commendation.Violation;

/**
 * One proposal's card: the person (team, title, form, rating, discipline, initiative, research, start
 * date) or the team, the council's vote on it, the rules it breaks; while the list can change, buttons
 * that edit it in place.
 */
@Component
class CardDialog extends ProposalsButton<CardDialog.CardPress> {

    sealed interface CardPress extends ButtonPayload permits Open, Back { }

    /** A number under the numbered list: the card as a new message. */
    record Open(long proposalId) implements CardPress { }

    /** "Back" from a choice: the card again, in place of the message with key {@code card}. */
    record Back(String card, long proposalId) implements CardPress { }

    private final Commendations list;
    private final CommendationTexts t;

    CardDialog(Commendations list, CommendationTexts t) {
        this.list = list;
        this.t = t;
    }

    @Override
    public String action() {
        return "com.card";
    }

    @Override
    public Class<CardPress> payloadType() {
        return CardPress.class;
    }

    @Override
    void press(ChatSession s, CardPress p) {
        if (p instanceof Open o) {
            show(s, o.proposalId(), null);
        } else if (p instanceof Back b) {
            show(s, b.proposalId(), b.card());
        }
    }

    /** The card as a new message ({@code replacing} null) or in place of the message with that key. */
    void show(ChatSession s, long proposalId, String replacing) {
        ListView v = list.view();
        Optional<Proposal> found = v.proposals().stream().filter(p -> p.id() == proposalId).findFirst();
        if (found.isEmpty()) {
            s.reply("commendation.list.gone");
            return;
        }
        Proposal p = found.get();
        Locale l = s.locale();
        StringBuilder b = new StringBuilder(p.individual() ? person(l, v, p) : team(l, v, p));
        RuleCheck.VoteResult vote = v.votes().get(p.id());
        if (vote != null && vote.titleCode().equals(p.titleCode())) {
            b.append('\n').append(t.text(l, vote.passed() ? "commendation.card.vote-passed" : "commendation.card.vote-failed",
                    String.valueOf(vote.yes()), String.valueOf(vote.eligible()), new Share(vote.yes(), vote.eligible()).format(l, vote.threshold())));
        }
        List<Violation> violations = v.violationsOf(p.id());
        b.append("\n\n").append(violations.isEmpty() ? t.text(l, "commendation.card.no-violations") : t.violations(l, violations, 10));
        String key = replacing == null ? Cards.cardKey(s) : replacing;
        Reply r = Cards.compose(s, key, replacing == null, b.toString());
        if (v.state().editable()) {
            r.buttonKey("commendation.button.title", new TitleChoiceDialog.EditTitle(key, p.id()))
                    .buttonKey("commendation.button.form", new FormChoiceDialog.EditForm(key, p.id()));
            if (p.individual()) {
                r.row().buttonKey("commendation.button.rating", new RatingChoiceDialog.EditRating(key, p.id()))
                        .buttonKey("commendation.button.discipline", new DisciplineChoiceDialog.EditDiscipline(key, p.id())).row()
                        .buttonKey("commendation.button.initiative", new AskFactDialog.AskFact(p.id(), AskFactDialog.Fact.INITIATIVE))
                        .buttonKey("commendation.button.research", new AskFactDialog.AskFact(p.id(), AskFactDialog.Fact.RESEARCH)).row()
                        .buttonKey("commendation.button.start-date", new AskFactDialog.AskFact(p.id(), AskFactDialog.Fact.START_DATE));
            }
            r.row().buttonKey("commendation.button.delete", new DeleteDialog.Delete(key, p.id()));
        }
        r.send();
    }

    private String person(Locale l, ListView v, Proposal p) {
        Campaign c = v.campaign();
        PersonFacts f = v.people().get(p.staffId());
        return t.text(l, "commendation.card.person", p.subjectName(),
                f.team() == null ? t.text(l, "commendation.no-team") : f.team(), t.title(c, p.titleCode()), t.form(l, c, p.formCode()),
                t.rating(l, f.rating()) + ratingSource(l, c, f), t.discipline(l, f.discipline()),
                blank(f.initiativeName()) ? t.text(l, "commendation.card.none")
                        : t.text(l, blank(f.initiativeDecision()) ? "commendation.card.initiative-unrecognised" : "commendation.card.initiative",
                                f.initiativeName(), String.valueOf(f.initiativeDecision())),
                blank(f.researchName()) ? t.text(l, "commendation.card.none") : f.researchName())
                + '\n' + t.text(l, "commendation.card.rule-facts",
                blank(f.researchDecision()) ? t.text(l, "commendation.card.none")
                        : t.text(l, "commendation.card.research-decision", f.researchDecision(), f.researchDate().format(Texts.DATE)),
                f.startDate() == null ? t.text(l, "commendation.card.start-before-year") : f.startDate().format(Texts.DATE));
    }

    private String team(Locale l, ListView v, Proposal p) {
        Campaign c = v.campaign();
        List<Long> members = v.teamMembers().getOrDefault(p.teamName(), List.of());
        return t.text(l, "commendation.card.team", p.subjectName(), t.title(c, p.titleCode()), t.form(l, c, p.formCode()),
                String.valueOf(members.size()));
    }

    private String ratingSource(Locale l, Campaign c, PersonFacts f) {
        if (f.rating() == null || f.ratingSource() != PersonFacts.RatingSource.SCORE) {
            return "";
        }
        return list.approvedScore(c.schoolYear(), f.staffId())
                .map(a -> " " + t.text(l, "commendation.card.from-score", Share.number(a.finalTotal(), l), String.valueOf(a.ratingName())))
                .orElse("");
    }

    private static boolean blank(String v) {
        return v == null || v.isBlank();
    }
}
