package vn.thiduabot.scoring.chat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.ScoreSheet;
import vn.thiduabot.people.Person;
import vn.thiduabot.chat.Messenger;
import vn.thiduabot.chat.ButtonPayload;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.scoring.Deciders;
import vn.thiduabot.scoring.People;
import vn.thiduabot.scoring.ScoreEntry;
import vn.thiduabot.scoring.Scorecard;
import vn.thiduabot.scoring.SelfAssessment;
import vn.thiduabot.scoring.Snapshot;
import vn.thiduabot.scoring.Stage;
import vn.thiduabot.people.Role;

/**
 * The principal's approval card: one message per submission the council passed, with the person,
 * the totals, the rating and every adjustment with its reason, and the buttons Approve / Return /
 * Details. After a decision the same message is edited to show it, so the chat does not fill up.
 */
@Component
class ApprovalCards {

    /** Room for the card's text under Telegram's limit; adjustments beyond it are left to "Details". */
    private static final int MAX_CARD = 3500;

    private final Messenger messenger;
    private final ScoringTexts texts;
    private final People people;
    private final Deciders deciders;

    ApprovalCards(Messenger messenger, ScoringTexts texts, People people, Deciders deciders) {
        this.messenger = messenger;
        this.texts = texts;
        this.people = people;
        this.deciders = deciders;
    }

    /** The card's stable key: one card per submission, round and principal. */
    static String key(long assessmentId, int round, long principalStaffId) {
        return "approval:" + assessmentId + ":" + round + ":" + principalStaffId;
    }

    /**
     * Sends the card of the current round to whoever decides it: every principal but the owner, or for a
     * principal's own submission the substitute the campaign file names (the secretaries are told when
     * nobody is named). The buttons carry the round.
     */
    void send(Snapshot snap) {
        SelfAssessment a = snap.assessment();
        int round = a.getApprovalRound();
        boolean principals = deciders.principalsOwn(a);
        List<Person> to = deciders.of(a);
        if (principals && to.isEmpty()) {
            // Nobody can get the card: the file names nobody, or someone who has not linked Telegram yet.
            String named = deciders.substitute(a.getSchoolYear()).map(v -> v.fullName()).orElse(null);
            for (Person sec : people.withRole(Role.SECRETARY)) {
                (named == null ? messenger.to(sec, "decision.substitute.waiting", people.name(a.getStaffId()))
                        : messenger.to(sec, "decision.substitute.unlinked", people.name(a.getStaffId()), named))
                        .key("approval-waiting:" + a.getId() + ":" + round + ":" + sec.staffId()).send();
            }
        }
        for (Person decider : to) {
            String text = texts.get(decider.locale(), "scoring.approval.card", card(snap, decider.locale()));
            if (principals) {
                text = texts.get(decider.locale(), "decision.substitute.card-intro") + "\n\n" + text;
            }
            messenger.toLiteral(new Reply.Recipient(decider.chatId(), decider.telegramUserId(), decider.locale()), text)
                    .key(key(a.getId(), round, decider.staffId()))
                    .buttonKey("scoring.approval.approve-button", button(principals, a.getId(), round, ApprovalPress.Choice.APPROVE))
                    .buttonKey("scoring.approval.return-button", button(principals, a.getId(), round, ApprovalPress.Choice.RETURN))
                    .row()
                    .buttonKey("scoring.approval.details-button", button(principals, a.getId(), round, ApprovalPress.Choice.DETAILS))
                    .send();
        }
    }

    /**
     * Edits the cards of this round in place to show the decision (no new message); only "Details"
     * stays. {@code outcomeKey} renders the decision line with {@code args} formatted per reader.
     */
    void decided(Snapshot snap, int round, String outcomeKey, java.util.function.Function<Locale, Object[]> args) {
        SelfAssessment a = snap.assessment();
        boolean principals = deciders.principalsOwn(a);
        for (Person decider : deciders.of(a)) {
            String cardKey = key(a.getId(), round, decider.staffId());
            Locale l = decider.locale();
            String outcome = texts.get(l, outcomeKey, args.apply(l));
            messenger.to(decider, "scoring.approval.card-decided", card(snap, l), outcome)
                    .replacing(cardKey)
                    .key(cardKey + ":decided")
                    .buttonKey("scoring.approval.details-button", button(principals, a.getId(), round, ApprovalPress.Choice.DETAILS))
                    .send();
        }
    }

    /** The principal's card button, or the substitute's on a principal's own card. */
    private static ButtonPayload button(boolean principals, long id, int round, ApprovalPress.Choice choice) {
        return principals ? new SubstituteCard(id, round, choice) : new ApprovalPress.Card(id, round, choice);
    }

    /** Person, team, totals, rating, reviewer and adjustments with reasons, in one reader's language. */
    String card(Snapshot snap, Locale l) {
        SelfAssessment a = snap.assessment();
        Scorecard c = snap.card();
        BigDecimal council = c.councilTotal();
        ScoreSheet.Band band = c.band(council);
        StringBuilder b = new StringBuilder();
        b.append(texts.get(l, "scoring.approval.person", people.name(a.getStaffId()), teamLabel(a.getTeamName(), l)));
        b.append('\n').append(texts.get(l, "scoring.approval.self", ScoringTexts.score(c.selfTotal(), l)));
        if (snap.teamColumn()) {
            b.append('\n').append(texts.get(l, "scoring.approval.team", ScoringTexts.score(c.teamTotal(), l),
                    people.name(a.getTeamReviewedBy())));
        }
        b.append('\n').append(texts.get(l, "scoring.approval.council", ScoringTexts.score(council, l),
                people.name(a.getCouncilReviewedBy())));
        b.append('\n').append(texts.get(l, "scoring.approval.band", ScoringTexts.band(band)));
        List<String> adjustments = adjustmentLines(snap, l);
        b.append("\n\n");
        if (adjustments.isEmpty()) {
            b.append(texts.get(l, "scoring.approval.no-adjustments"));
        } else {
            b.append(texts.get(l, "scoring.approval.adjustments"));
            int shown = 0;
            for (String line : adjustments) {
                if (b.length() + line.length() + 1 > MAX_CARD) {
                    b.append('\n').append(texts.get(l, "scoring.approval.more-adjustments", String.valueOf(adjustments.size() - shown)));
                    break;
                }
                b.append('\n').append(line);
                shown++;
            }
        }
        return b.toString();
    }

    /** One line per adjustment: item, old score, new score, stage, who, and the reason. */
    List<String> adjustmentLines(Snapshot snap, Locale l) {
        List<String> lines = new ArrayList<>();
        Scorecard c = snap.card();
        for (ScoreSheet.Criterion item : snap.sheet().allItems()) {
            ScoreEntry e = snap.entries().get(item.code());
            if (e == null) {
                continue;
            }
            if (e.getTeamScore() != null) {
                lines.add(texts.get(l, "scoring.adjustment.line", item.code(), item.name(), ScoringTexts.score(c.self(item.code()), l),
                        ScoringTexts.score(e.getTeamScore(), l), texts.get(l, Stage.TEAM.messageKey()), people.name(e.getTeamBy()),
                        e.getTeamReason()));
            }
            if (e.getCouncilScore() != null) {
                lines.add(texts.get(l, "scoring.adjustment.line", item.code(), item.name(), ScoringTexts.score(c.team(item.code()), l),
                        ScoringTexts.score(e.getCouncilScore(), l), texts.get(l, Stage.COUNCIL.messageKey()),
                        people.name(e.getCouncilBy()), e.getCouncilReason()));
            }
        }
        return lines;
    }

    /** The adjustments as lines, or a short "none", for notices to the teacher. */
    String adjustmentsText(Snapshot snap, Locale l) {
        List<String> lines = adjustmentLines(snap, l);
        if (lines.isEmpty()) {
            return texts.get(l, "scoring.notice.no-adjustments");
        }
        String joined = String.join("\n", lines);
        return joined.length() > 2500 ? joined.substring(0, 2499) + "…" : joined;
    }

    String teamLabel(String team, Locale l) {
        return team == null ? texts.get(l, "scoring.no-team") : team;
    }
}
