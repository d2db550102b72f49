package vn.thiduabot.pledge.chat;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.chat.Messenger;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;
import vn.thiduabot.pledge.PledgeBoard;
import vn.thiduabot.pledge.PledgeService;
import vn.thiduabot.pledge.PledgeSigned;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffView;

/**
 * Who hears of a signature, queued in the signing's transaction: the signer gets the receipt (for which party, at
 * what time), the secretaries get the news with how many parties have signed out of how many.
 */
@Component
class PledgeNotifications {

    private final Messenger messenger;
    private final StaffDirectory staff;
    private final Campaigns campaigns;
    private final PledgeService pledges;

    PledgeNotifications(Messenger messenger, StaffDirectory staff, Campaigns campaigns, PledgeService pledges) {
        this.messenger = messenger;
        this.staff = staff;
        this.campaigns = campaigns;
        this.pledges = pledges;
    }

    @EventListener
    void on(PledgeSigned e) {
        Campaign c = campaigns.forYear(e.schoolYear()).orElse(null);
        if (c == null) {
            return;
        }
        String at = PledgeTexts.at(e.signedAt(), c.zone());
        staff.byId(e.signerStaffId()).flatMap(StaffView::linkedPerson).filter(u -> u.chatId() != null)
                .ifPresent(u -> messenger.to(u, "pledge.signed.receipt", PledgeTexts.party(messenger, u, e.party()), at,
                        c.schoolYear()).send());
        PledgeBoard board = pledges.board(c).orElse(null);
        if (board == null) {
            return;
        }
        for (Person sec : staff.linkedWithRole(Role.SECRETARY)) {
            if (sec.staffId() == e.signerStaffId() || sec.chatId() == null) {
                continue;
            }
            messenger.to(sec, "pledge.signed.secretary", e.signerName(), PledgeTexts.party(messenger, sec, e.party()), at,
                    String.valueOf(board.signed().size()), String.valueOf(board.entries().size())).send();
        }
    }
}
