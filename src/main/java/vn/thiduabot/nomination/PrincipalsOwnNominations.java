package vn.thiduabot.nomination;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffView;

/**
 * A nomination a principal made, or that names a principal, is not the principals' to introduce: the
 * substitute the campaign file names ({@code commendation.substitute-decider}) decides it instead, and
 * nothing else at that stage.
 */
@Component
public class PrincipalsOwnNominations {

    /** The substitute's introduce / not-introduce buttons (open to any linked staff; checked here). */
    public static final String ACTION = "nom.principal.sub";

    private final StaffDirectory staff;
    private final Campaigns campaigns;

    PrincipalsOwnNominations(StaffDirectory staff, Campaigns campaigns) {
        this.staff = staff;
        this.campaigns = campaigns;
    }

    /** A principal made it or is named in it. */
    public boolean principalIsParty(Nomination n) {
        return isPrincipal(n.getNominatorStaffId())
                || (n.getNomineeKind() == NomineeKind.STAFF && n.getNomineeStaffId() != null && isPrincipal(n.getNomineeStaffId()));
    }

    /** The substitute named in the campaign file, if they are on the staff list. */
    public Optional<StaffView> substitute() {
        return campaigns.current().commendation().substitute().flatMap(staff::activeByPhone);
    }

    /** The substitute, for a nomination a principal is party to and they are not. */
    public Optional<StaffView> decider(Nomination n) {
        if (!principalIsParty(n)) {
            return Optional.empty();
        }
        return substitute().filter(v -> !NominationRules.involves(n, v.staffId()));
    }

    public boolean mayIntroduce(Person user, Nomination n) {
        return decider(n).map(v -> v.staffId() == user.staffId()).orElse(false);
    }

    private boolean isPrincipal(long staffId) {
        return staff.byId(staffId).map(v -> v.has(Role.PRINCIPAL)).orElse(false);
    }
}
