package vn.thiduabot.pledge.chat;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.chat.ButtonAction;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.people.Role;
import vn.thiduabot.pledge.PledgeRefused;
import vn.thiduabot.pledge.PledgeService;
import vn.thiduabot.pledge.PledgeSign;

/**
 * The press on a pledge card's sign button. The service decides again from the stored roles and team (a card
 * outlives a change of team leader); the first press signs and {@link PledgeNotifications} answers it, a second
 * press signs nothing and says who signed and when.
 */
@Component
class SignPledgeAction implements ButtonAction<PledgeSign> {

    private final PledgeService pledges;
    private final Campaigns campaigns;

    SignPledgeAction(PledgeService pledges, Campaigns campaigns) {
        this.pledges = pledges;
        this.campaigns = campaigns;
    }

    @Override
    public String action() {
        return "pledge.sign";
    }

    @Override
    public Class<PledgeSign> payloadType() {
        return PledgeSign.class;
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.TEAM_LEADER, Role.PRINCIPAL);
    }

    @Override
    public void onPress(ChatSession s, PledgeSign press) {
        PledgeService.Signed signed;
        try {
            signed = pledges.sign(s.requireUser().staffId(), press.schoolYear(), press.party());
        } catch (PledgeRefused r) {
            Object[] args = r.args();
            for (int i = 0; i < args.length; i++) {
                if (args[i] instanceof java.time.LocalDate d) {
                    args[i] = Texts.date(d);
                }
            }
            s.reply(r.key(), args);
            return;
        }
        if (signed.justNow()) {
            s.toast("pledge.toast.signed");
            return;
        }
        String at = campaigns.forYear(press.schoolYear())
                .map(c -> PledgeTexts.at(signed.signature().signedAt(), c.zone())).orElse("");
        s.reply("pledge.already-signed", PledgeTexts.party(s, press.party()), signed.signature().signerName(), at);
    }
}
