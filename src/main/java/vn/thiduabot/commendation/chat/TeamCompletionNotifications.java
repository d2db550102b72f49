package vn.thiduabot.commendation.chat;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.Messenger;
import vn.thiduabot.commendation.CommendationTexts;
import vn.thiduabot.commendation.TeamCompletionRecorded;
import vn.thiduabot.staff.StaffDirectory;

/**
 * The message a recorded team completion level causes: the one who recorded it (the principal or the
 * substitute decider) reads what was saved. Composed in the transaction that recorded it (outbox).
 */
@Component
class TeamCompletionNotifications {

    private final StaffDirectory staff;
    private final Messenger messenger;
    private final CommendationTexts t;

    TeamCompletionNotifications(StaffDirectory staff, Messenger messenger, CommendationTexts t) {
        this.staff = staff;
        this.messenger = messenger;
        this.t = t;
    }

    @EventListener
    void on(TeamCompletionRecorded e) {
        staff.byId(e.byStaffId()).flatMap(v -> v.linkedPerson()).filter(u -> u.chatId() != null && u.telegramUserId() != null)
                .ifPresent(u -> messenger.to(u, "commendation.team-level.saved", e.teamName(), t.rating(u.locale(), e.level())).send());
    }
}
