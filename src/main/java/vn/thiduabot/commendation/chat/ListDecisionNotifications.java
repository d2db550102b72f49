package vn.thiduabot.commendation.chat;

import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.Messenger;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.commendation.ListApproved;
import vn.thiduabot.commendation.ListCards;
import vn.thiduabot.commendation.ListDecisionService;
import vn.thiduabot.commendation.ListDeciders;
import vn.thiduabot.commendation.ListReturned;
import vn.thiduabot.commendation.ListSubmitted;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.PersonDirectory;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffView;

/**
 * What the list's decisions send, in the transaction that made them: the card with its buttons to every
 * decider (and a word to a principal the list proposes) on submission; once decided, every decider's card
 * edited in place with the outcome, and the secretaries told. Runs before the decision is recorded, so the
 * card shows the list as it was decided.
 */
@Component
class ListDecisionNotifications {

    private final ListDecisionService decisions;
    private final ListCards cards;
    private final Messenger messenger;
    private final PersonDirectory users;
    private final StaffDirectory staff;
    private final Campaigns campaigns;

    ListDecisionNotifications(ListDecisionService decisions, ListCards cards, Messenger messenger, PersonDirectory users,
                              StaffDirectory staff, Campaigns campaigns) {
        this.decisions = decisions;
        this.cards = cards;
        this.messenger = messenger;
        this.users = users;
        this.staff = staff;
        this.campaigns = campaigns;
    }

    @EventListener
    @Order(0)
    void on(ListSubmitted e) {
        ListDeciders.Who who = decisions.deciders();
        String by = name(e.submittedBy());
        for (Person p : who.deciders()) {
            messenger.toLiteral(recipient(p), cards.card(p.locale(), e.round(), by))
                    .key(ListCards.cardKey(e.schoolYear(), e.round(), p.staffId()))
                    .buttonKey("commendation.decide.approve-button", new DecidePress.Approve(e.round()))
                    .buttonKey("commendation.decide.return-button", new DecidePress.Return(e.round()))
                    .send();
        }
        String deciderNames = who.deciders().stream().map(Person::fullName).collect(Collectors.joining(", "));
        for (Person p : who.named()) {
            messenger.to(p, "decision.list.own-info", deciderNames).key(ListCards.cardKey(e.schoolYear(), e.round(), p.staffId()) + "-own")
                    .send();
        }
    }

    @EventListener
    @Order(0)
    void on(ListApproved e) {
        decided(e.schoolYear(), e.round(), e.decidedBy(), e.at(), e.violations(), e.totalAward(), null,
                e.overridden() ? "commendation.decide.approved-override" : "commendation.decide.approved",
                e.overridden() ? "commendation.notice.approved-override" : "commendation.notice.approved");
    }

    @EventListener
    @Order(0)
    void on(ListReturned e) {
        decided(e.schoolYear(), e.round(), e.decidedBy(), e.at(), e.violations(), e.totalAward(), e.reason(),
                "commendation.decide.returned", "commendation.notice.returned");
    }

    /** Every decider's card edited in place with the outcome; every secretary told. */
    private void decided(String year, int round, long by, java.time.Instant at, int violations, long total, String reason,
                         String outcomeKey, String noticeKey) {
        String decider = name(by);
        String when = Texts.date(at.atZone(campaigns.current().zone()).toLocalDate());
        for (Person p : decisions.deciders().deciders()) {
            Locale l = p.locale();
            String outcome = reason != null ? messenger.text(l, outcomeKey, decider, when, reason)
                    : messenger.text(l, outcomeKey, decider, when, String.valueOf(violations));
            String key = ListCards.cardKey(year, round, p.staffId());
            messenger.toLiteral(recipient(p), cards.card(l, round) + "\n\n" + outcome).key(key + "-decided").replacing(key).send();
        }
        for (Person sec : users.linkedWithRole(Role.SECRETARY)) {
            messenger.to(sec, noticeKey, decider, year, String.valueOf(violations), String.valueOf(reason), cards.money(sec.locale(), total))
                    .key("com-dec-notice-" + year + "-" + round + "-" + sec.staffId()).send();
        }
    }

    private String name(long staffId) {
        return staff.byId(staffId).map(StaffView::fullName).orElse("#" + staffId);
    }

    private static Reply.Recipient recipient(Person p) {
        return new Reply.Recipient(p.chatId(), p.telegramUserId(), p.locale());
    }
}
