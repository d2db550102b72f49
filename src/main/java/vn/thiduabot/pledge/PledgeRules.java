package vn.thiduabot.pledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.StaffView;

/**
 * Who may sign what, from the stored roles and team (as in the school plan): a team leader for their own team only,
 * the principal for the school only; someone no longer on the active staff list signs nothing. Pure functions.
 */
public final class PledgeRules {

    private PledgeRules() {
    }

    /** The refusal's message key (with the team's name as its argument where it names one), or empty if allowed. */
    public static Optional<String> refusal(StaffView signer, PledgeParty party) {
        if (!signer.active()) {
            return Optional.of("pledge.refused.not-active");
        }
        if (party.isSchool()) {
            return signer.has(Role.PRINCIPAL) ? Optional.empty() : Optional.of("pledge.refused.principal-only");
        }
        if (!signer.has(Role.TEAM_LEADER)) {
            return Optional.of("pledge.refused.not-leader");
        }
        if (signer.teamName() == null || !PledgeParty.team(signer.teamName()).sameAs(party)) {
            return Optional.of("pledge.refused.other-team");
        }
        return Optional.empty();
    }

    /** What this person may sign: their own team if they lead it, the school if they are the principal. */
    public static List<PledgeParty> partiesOf(StaffView signer) {
        List<PledgeParty> parties = new ArrayList<>();
        if (signer.active() && signer.has(Role.TEAM_LEADER) && signer.teamName() != null) {
            parties.add(PledgeParty.team(signer.teamName()));
        }
        if (signer.active() && signer.has(Role.PRINCIPAL)) {
            parties.add(PledgeParty.school());
        }
        return parties;
    }
}
