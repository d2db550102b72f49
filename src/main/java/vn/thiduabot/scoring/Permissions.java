package vn.thiduabot.scoring;

import vn.thiduabot.people.Role;

/**
 * Who may do what with a self-assessment, from the stored roles. The router already checked that a
 * command or button is open to the person's roles; these are the finer rules that depend on whose
 * submission it is.
 */
public final class Permissions {

    private Permissions() {
    }

    /** Reviews at all (the chat's /duyet is open to them): a council member, or a team leader for their team. */
    public static boolean reviews(Actor actor) {
        return actor.has(Role.COUNCIL) || actor.has(Role.TEAM_LEADER);
    }

    /**
     * A team leader reviews the members of their own team, a council member anyone; nobody reviews
     * their own submission.
     */
    public static boolean canReview(Actor actor, Stage stage, long ownerStaffId, String ownerTeam) {
        if (actor.staffId() == ownerStaffId) {
            return false;
        }
        return switch (stage) {
            case TEAM -> actor.has(Role.TEAM_LEADER) && ownerTeam != null && actor.teamName() != null
                    && ownerTeam.equalsIgnoreCase(actor.teamName());
            case COUNCIL -> actor.has(Role.COUNCIL);
        };
    }

    /**
     * Only the principal approves (or returns a reviewed submission to the council), or the substitute
     * the campaign file names, for a principal's own case ({@link Deciders} checks whose case it is).
     */
    public static boolean canDecide(Actor actor) {
        return actor.has(Role.PRINCIPAL) || actor.substitute();
    }

    /** Nobody decides their own submission, whatever their roles. */
    public static boolean canDecide(Actor actor, long ownerStaffId) {
        return actor.staffId() != ownerStaffId && canDecide(actor);
    }

    /** The principal, or the secretary on the principal's behalf, may reopen an approved submission. */
    public static boolean canReopen(Actor actor) {
        return actor.has(Role.PRINCIPAL) || actor.has(Role.SECRETARY);
    }

    /** The people who handle submissions see anyone's history; a team leader their team's; everyone their own. */
    public static boolean canSeeHistory(Actor actor, long ownerStaffId, String ownerTeam) {
        if (actor.staffId() == ownerStaffId || actor.has(Role.COUNCIL) || actor.has(Role.PRINCIPAL) || actor.has(Role.SECRETARY)) {
            return true;
        }
        return actor.has(Role.TEAM_LEADER) && ownerTeam != null && ownerTeam.equalsIgnoreCase(actor.teamName());
    }
}
