package vn.thiduabot.registration.chat;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.chat.Messenger;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.registration.RegistrationReopened;
import vn.thiduabot.registration.RegistrationSubmitted;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffView;

/** What people are told when a registration changes, queued in the same transaction as the change. */
@Component
class RegistrationNotifications {

    private final Messenger messenger;
    private final StaffDirectory staff;
    private final Campaigns campaigns;

    RegistrationNotifications(Messenger messenger, StaffDirectory staff, Campaigns campaigns) {
        this.messenger = messenger;
        this.staff = staff;
        this.campaigns = campaigns;
    }

    /**
     * The person who sent their registration gets the receipt in their chat, wherever they sent it from (/dangky's
     * button or the Mini App's page): until when they may still change it.
     */
    @EventListener
    void on(RegistrationSubmitted e) {
        campaigns.forYear(e.schoolYear()).ifPresent(c -> staff.byId(e.staffId()).filter(StaffView::active).flatMap(StaffView::linkedPerson)
                .filter(u -> u.chatId() != null)
                .ifPresent(u -> messenger.to(u, "registration.submitted", Texts.date(c.deadlines().registration())).send()));
    }

    /** The person whose registration the secretary reopened hears who did it and why, if they linked Telegram. */
    @EventListener
    void on(RegistrationReopened e) {
        String by = staff.byId(e.byStaffId()).map(StaffView::fullName).orElse("");
        staff.byId(e.staffId()).filter(StaffView::active).flatMap(StaffView::linkedPerson).filter(u -> u.chatId() != null)
                .ifPresent(u -> messenger.to(u, "registration.reopen.notice", by, e.schoolYear(), e.reason()).send());
    }
}
