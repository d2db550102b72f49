package vn.thiduabot.commendation.chat;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.chat.Messenger;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.commendation.AwardLetters;
import vn.thiduabot.commendation.CongratulationSent;
import vn.thiduabot.commendation.ListApproved;
import vn.thiduabot.people.Person;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffView;

/**
 * What the approved list announces, in the transaction that approved it (outbox): every active linked staff
 * member reads what they were awarded (or a thank-you), a team leader also the team's; the decider is offered to
 * add a congratulation. Announcements and the congratulation go as broadcasts ({@link Reply#bulk()}), so answers
 * to people stay fast. Keys name the school year, not the round: a list is approved once a year (a returned round
 * announces nothing), and a retried transaction or a second approval event queues nothing new.
 */
@Component
class AnnouncementNotifications {

    private final AwardLetters letters;
    private final AnnouncementTexts texts;
    private final Messenger messenger;
    private final Campaigns campaigns;
    private final StaffDirectory staff;

    AnnouncementNotifications(AwardLetters letters, AnnouncementTexts texts, Messenger messenger, Campaigns campaigns,
                              StaffDirectory staff) {
        this.letters = letters;
        this.texts = texts;
        this.messenger = messenger;
        this.campaigns = campaigns;
        this.staff = staff;
    }

    /** The idempotency key of one person's announcement of a school year. */
    static String announcementKey(String schoolYear, long staffId) {
        return "com-announce-" + schoolYear + "-" + staffId;
    }

    /**
     * Before the deciders' cards are edited ({@link ListDecisionNotifications}): an edit changes a message already in
     * the chat, so the decider still reads the offer below the card, and the card's edit stays the last thing queued.
     */
    @EventListener
    @Order(-1)
    void on(ListApproved e) {
        AwardLetters.Letters all = letters.of(e.at().atZone(campaigns.current().zone()).toLocalDate());
        List<Person> everyone = letters.everyone();
        int queued = 0;
        for (Person p : everyone) {
            if (messenger.toLiteral(recipient(p), texts.letter(p, all)).key(announcementKey(e.schoolYear(), p.staffId())).bulk().send()) {
                queued++;
            }
        }
        if (queued == 0) {
            return; // announced before: the offer was made then
        }
        int count = everyone.size();
        staff.byId(e.decidedBy()).flatMap(StaffView::linkedPerson).filter(p -> p.chatId() != null).ifPresent(p ->
                messenger.to(p, "announce.offer", String.valueOf(count))
                        .key("com-announce-offer-" + e.schoolYear() + "-" + p.staffId())
                        .buttonKey("announce.congrats.button", new CongratulatePress.Write())
                        .send());
    }

    @EventListener
    void on(CongratulationSent e) {
        String by = staff.byId(e.sentBy()).map(StaffView::fullName).orElse("#" + e.sentBy());
        int count = 0;
        for (Person p : letters.everyone()) {
            if (p.staffId() == e.sentBy()) {
                continue;
            }
            messenger.to(p, "announce.congrats.message", by, e.schoolYear(), e.text())
                    .key("com-congrats-" + e.schoolYear() + "-" + p.staffId()).bulk().send();
            count++;
        }
        int reached = count;
        staff.byId(e.sentBy()).flatMap(StaffView::linkedPerson).filter(p -> p.chatId() != null).ifPresent(p ->
                messenger.to(p, "announce.congrats.sent", String.valueOf(reached)).key("com-congrats-done-" + e.schoolYear()).send());
    }

    private static Reply.Recipient recipient(Person p) {
        return new Reply.Recipient(p.chatId(), p.telegramUserId(), p.locale());
    }
}
