package vn.thiduabot.commendation.chat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.commendation.ClosedVote;
import vn.thiduabot.commendation.Share;
import vn.thiduabot.commendation.VoteInput;
import vn.thiduabot.commendation.VoteItemView;

/** The vote's words in one reader's language: a proposal on a ballot, the closing time, the outcome after the tally. */
@Component
class VoteTexts {

    /** Keeps a message inside Telegram's 4096 characters. */
    static final int MAX_TEXT = 3800;

    private final Texts texts;

    VoteTexts(Texts texts) {
        this.texts = texts;
    }

    String text(Locale l, String key, Object... args) {
        return texts.get(l, key, args);
    }

    /** The title's name as the campaign file gives it. */
    static String title(Campaign c, String code) {
        return c.title(code).map(Campaign.Title::name).orElse(code);
    }

    String itemLabel(Locale l, Campaign c, VoteItemView i) {
        return text(l, i.individual() ? "commendation.ballot.item-person" : "commendation.ballot.item-team", i.subject(),
                title(c, i.titleCode()));
    }

    String closing(Locale l, Campaign c, Instant closesAt) {
        return closesAt == null ? text(l, "commendation.ballot.closes-manually")
                : text(l, "commendation.ballot.closes-at", VoteInput.dateTime(closesAt, c.zone()));
    }

    /** "more than 50%" or "at least 75%", as the title's rule says. */
    String need(Locale l, Campaign c, String titleCode, BigDecimal threshold) {
        return text(l, c.commendation().titleRules().voteRule(titleCode).moreThan() ? "commendation.vote.need-more-than"
                : "commendation.vote.need-at-least", Share.number(threshold, l));
    }

    /** What the secretaries and principals read when the vote is closed: each proposal's tally and result. */
    String outcome(Locale l, Campaign c, ClosedVote r) {
        StringBuilder b = new StringBuilder(text(l, r.vote().closedBy() == null ? "commendation.outcome.header-auto"
                        : "commendation.outcome.header", c.schoolYear(), Texts.date(r.vote().meetingDate()), r.vote().place(),
                String.valueOf(r.present()), String.valueOf(r.vote().councilSize())));
        for (VoteItemView i : r.items()) {
            b.append('\n').append(i.position()).append(". ").append(itemLabel(l, c, i)).append(": ")
                    .append(text(l, i.hasPassed() ? "commendation.outcome.passed" : "commendation.outcome.failed",
                            String.valueOf(i.yes()), String.valueOf(i.eligible()), new Share(i.yes(), i.eligible()).format(l, i.threshold()),
                            need(l, c, i.titleCode(), i.threshold())));
        }
        if (!r.writtenNotes().isEmpty()) {
            b.append('\n').append(text(l, "commendation.outcome.written", String.valueOf(r.writtenNotes().size())));
        }
        if (!r.replaced().isEmpty()) {
            b.append('\n').append(text(l, "decision.written.history", String.join("; ", r.replaced().stream()
                    .map(x -> text(l, "decision.written.history-line", x.member(), x.recordedBy(), VoteInput.dateTime(x.at(), c.zone())))
                    .toList())));
        }
        b.append("\n\n").append(text(l, "commendation.outcome.summary", String.valueOf(r.passed()), String.valueOf(r.items().size())));
        return Texts.shorten(b.toString(), MAX_TEXT);
    }
}
