package vn.thiduabot.nomination.chat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.Messenger;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.nomination.Nomination;
import vn.thiduabot.nomination.NominationCategory;
import vn.thiduabot.nomination.NominationEvent;
import vn.thiduabot.nomination.NominationService;
import vn.thiduabot.nomination.NominationStatus;
import vn.thiduabot.nomination.Quarter;
import vn.thiduabot.nomination.ReviewStage;
import vn.thiduabot.people.Person;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffView;

/**
 * How a nomination reads in a message (a reviewer's card, with its history), the card's buttons,
 * and the notices to the nominator and the nominee.
 */
@Component
class NominationCards {

    /** Room left under Telegram's 4,096 characters once the rest of a card is written. */
    private static final int ACHIEVEMENT_ON_CARD = 2000;

    private final Messenger messenger;
    private final StaffDirectory staff;
    private final NominationService service;
    private final ZoneId zone;

    NominationCards(Messenger messenger, StaffDirectory staff, NominationService service, java.time.Clock clock) {
        this.messenger = messenger;
        this.staff = staff;
        this.service = service;
        this.zone = clock.getZone();
    }

    String text(Locale locale, String key, Object... args) {
        return messenger.text(locale, key, args);
    }

    String quarter(Locale locale, Quarter q) {
        return text(locale, "nomination.quarter", String.valueOf(q.year()), String.valueOf(q.number()));
    }

    String deadline(Locale locale, LocalDate deadline) {
        return deadline == null ? text(locale, "nomination.no-deadline") : Texts.date(deadline);
    }

    String date(java.time.Instant at) {
        return Texts.date(LocalDate.ofInstant(at, zone));
    }

    /** The nominee as a line: name and team for a colleague, a mark for someone outside or a collective. */
    String nominee(Locale locale, Nomination n) {
        if (n.getNomineeKind() == null || n.getNomineeName() == null) {
            return "?";
        }
        return switch (n.getNomineeKind()) {
            case STAFF -> {
                String team = n.getNomineeStaffId() == null ? null
                        : staff.byId(n.getNomineeStaffId()).map(StaffView::teamName).orElse(null);
                yield team == null ? text(locale, "nomination.nominee.staff-no-team", n.getNomineeName())
                        : text(locale, "nomination.nominee.staff", n.getNomineeName(), team);
            }
            case EXTERNAL -> text(locale, "nomination.nominee.external", n.getNomineeName());
            case COLLECTIVE -> text(locale, "nomination.nominee.collective", n.getNomineeName());
        };
    }

    String category(Locale locale, NominationCategory c) {
        return c == null ? "?" : text(locale, c.messageKey());
    }

    String staffName(Long staffId) {
        return staffId == null ? "?" : staff.byId(staffId).map(StaffView::fullName).orElse("#" + staffId);
    }

    private String nominator(Locale locale, Nomination n) {
        String name = staffName(n.getNominatorStaffId());
        return n.getNominatorTeam() == null ? name : text(locale, "nomination.nominee.staff", name, n.getNominatorTeam());
    }

    private String evidence(Locale locale, long id) {
        int count = service.evidenceCount(id);
        return count == 0 ? text(locale, "nomination.evidence.none") : text(locale, "nomination.evidence.count", String.valueOf(count));
    }

    /** A submitted nomination as reviewers see it, with what has been decided so far. */
    String card(Locale locale, Nomination n) {
        String achievement = n.getAchievement() == null ? "" : n.getAchievement();
        if (achievement.length() > ACHIEVEMENT_ON_CARD) {
            achievement = achievement.substring(0, ACHIEVEMENT_ON_CARD) + "…";
        }
        StringBuilder sb = new StringBuilder(text(locale, "nomination.card",
                String.valueOf(n.getId()), n.getQuarter() == null ? "?" : quarter(locale, n.getQuarter()),
                nominee(locale, n), category(locale, n.getCategory()), achievement, nominator(locale, n),
                evidence(locale, n.getId()), deadline(locale, n.getDeadline())));
        for (NominationEvent e : service.history(n.getId())) {
            history(locale, e).ifPresent(line -> sb.append('\n').append(line));
        }
        return sb.toString();
    }

    /** One decision as a line of the card; the submission itself is the card. */
    Optional<String> history(Locale locale, NominationEvent e) {
        if (e.getTo() == NominationStatus.SUBMITTED) {
            return Optional.empty();
        }
        String day = date(e.getAt());
        if (e.automatic()) {
            return Optional.of(text(locale, "nomination.history.skipped", text(locale, "nomination." + e.getReason().replace(':', '.')), day));
        }
        String who = staffName(e.getActorStaffId());
        String reason = e.getReason() == null ? "" : e.getReason();
        String key = "nomination.history." + e.getTo().name().toLowerCase(Locale.ROOT).replace('_', '-');
        return Optional.of(text(locale, key, who, day, reason));
    }

    /** The nominator's view before sending: everything they entered, the quarter and the due date. */
    String summary(Locale locale, Nomination n) {
        return text(locale, "nomination.summary", nominee(locale, n), category(locale, n.getCategory()),
                n.getAchievement() == null ? "" : n.getAchievement(), evidence(locale, n.getId()),
                quarter(locale, service.currentQuarter()), deadline(locale, service.nextDeadline().orElse(null)));
    }

    // --- cards with buttons ------------------------------------------------------------------------

    /** Adds the stage's yes/no buttons (and the evidence button) to a card sent with {@code cardKey}. */
    Reply withDecisionButtons(Reply card, Locale locale, Nomination n, ReviewStage stage, String cardKey) {
        return withDecisionButtons(card, locale, n, stage, cardKey, false);
    }

    /** The same, with the substitute's buttons for a principal's own nomination. */
    Reply withDecisionButtons(Reply card, Locale locale, Nomination n, ReviewStage stage, String cardKey, boolean substitute) {
        card.buttonKey(stage.yesLabel, NominationDecisionButtons.of(stage, substitute, n, true, cardKey))
                .buttonKey(stage.noLabel, NominationDecisionButtons.of(stage, substitute, n, false, cardKey));
        return withEvidenceButton(card, locale, n);
    }

    Reply withEvidenceButton(Reply card, Locale locale, Nomination n) {
        int count = service.evidenceCount(n.getId());
        if (count > 0) {
            card.row().button(text(locale, "nomination.evidence.button", String.valueOf(count)),
                    new NominationEvidenceButton.ShowEvidence(n.getId()));
        }
        return card;
    }

    /** A review card pushed to someone who did not ask for it (a team leader, the principal). */
    void pushCard(Person to, Nomination n, ReviewStage stage) {
        String cardKey = "nom-" + n.getId() + "-" + stage.slug() + "-" + to.staffId();
        Reply card = messenger.toLiteral(recipient(to), text(to.locale(), "nomination." + stage.slug() + ".intro") + "\n\n"
                + card(to.locale(), n)).key(cardKey);
        withDecisionButtons(card, to.locale(), n, stage, cardKey).send();
    }

    /** The principal's card of a nomination a principal is party to, pushed to the substitute named in the campaign file. */
    void pushSubstituteCard(Person to, Nomination n) {
        String cardKey = "nom-" + n.getId() + "-principal-sub-" + to.staffId();
        Reply card = messenger.toLiteral(recipient(to), text(to.locale(), "decision.substitute.card-intro") + "\n"
                + text(to.locale(), "nomination.principal.intro") + "\n\n" + card(to.locale(), n)).key(cardKey);
        withDecisionButtons(card, to.locale(), n, ReviewStage.PRINCIPAL, cardKey, true).send();
    }

    /** Tells a staff member something about a nomination, once per nomination, status and person. */
    void notify(StaffView person, Nomination n, String key, Object... args) {
        person.linkedPerson().ifPresent(u -> messenger.to(u, key, args)
                .key("nom-" + n.getId() + "-" + n.getStatus().name().toLowerCase(Locale.ROOT) + "-" + key + "-" + u.staffId())
                .send());
    }

    static Reply.Recipient recipient(Person u) {
        return new Reply.Recipient(u.chatId(), u.telegramUserId(), u.locale());
    }
}
