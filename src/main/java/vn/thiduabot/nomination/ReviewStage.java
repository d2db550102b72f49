package vn.thiduabot.nomination;

import java.util.Set;
import vn.thiduabot.people.Role;

/** The three reviews a nomination passes, each a yes/no with its own buttons and reviewers. */
public enum ReviewStage {
    TEAM(NominationStatus.SUBMITTED, NominationStatus.TEAM_CONFIRMED, NominationStatus.TEAM_REJECTED, Role.TEAM_LEADER,
            "nom.team", "nomination.team.confirm-button", "nomination.team.reject-button", true),
    COUNCIL(NominationStatus.TEAM_CONFIRMED, NominationStatus.COUNCIL_PASSED, NominationStatus.COUNCIL_REJECTED, Role.COUNCIL,
            "nom.council", "nomination.council.pass-button", "nomination.council.reject-button", true),
    PRINCIPAL(NominationStatus.COUNCIL_PASSED, NominationStatus.INTRODUCED, NominationStatus.NOT_INTRODUCED, Role.PRINCIPAL,
            "nom.principal", "nomination.principal.introduce-button", "nomination.principal.decline-button", false);

    public final NominationStatus waiting;
    public final NominationStatus yes;
    public final NominationStatus no;
    public final Role reviewer;
    public final String action;
    public final String yesLabel;
    public final String noLabel;
    /** A "no" at this stage needs a typed reason. */
    public final boolean reasonForNo;

    ReviewStage(NominationStatus waiting, NominationStatus yes, NominationStatus no, Role reviewer, String action,
          String yesLabel, String noLabel, boolean reasonForNo) {
        this.waiting = waiting;
        this.yes = yes;
        this.no = no;
        this.reviewer = reviewer;
        this.action = action;
        this.yesLabel = yesLabel;
        this.noLabel = noLabel;
        this.reasonForNo = reasonForNo;
    }

    public Set<Role> roles() {
        return Set.of(reviewer);
    }

    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
