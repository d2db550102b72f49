package vn.thiduabot.pledge;

import vn.thiduabot.chat.ButtonPayload;

/**
 * The sign button under a pledge card (from /giaouoc or from the card the bot sends when the pledge opens): for
 * one school year, for a team or for the school. Part of the module's API so the reminder can put it under its card;
 * the press is answered by the chat side, which asks {@link PledgeService} again who may sign (roles and teams
 * change after a card was sent).
 */
public sealed interface PledgeSign extends ButtonPayload permits PledgeSign.ForTeam, PledgeSign.ForSchool {

    String schoolYear();

    PledgeParty party();

    /** A team leader signs for the team. */
    record ForTeam(String schoolYear, String team) implements PledgeSign {
        public ForTeam {
            if (schoolYear == null || team == null || team.isBlank()) {
                throw new IllegalArgumentException("a team's sign button needs the year and the team");
            }
        }

        @Override
        public PledgeParty party() {
            return PledgeParty.team(team);
        }
    }

    /** The principal signs for the school. */
    record ForSchool(String schoolYear) implements PledgeSign {
        public ForSchool {
            if (schoolYear == null) {
                throw new IllegalArgumentException("the school's sign button needs the year");
            }
        }

        @Override
        public PledgeParty party() {
            return PledgeParty.school();
        }
    }

    /** The button for this party. */
    static PledgeSign of(String schoolYear, PledgeParty party) {
        return party.isSchool() ? new ForSchool(schoolYear) : new ForTeam(schoolYear, party.teamName());
    }
}
