package vn.thiduabot.pledge;

import java.util.Locale;

/**
 * Who a signature commits: one team (its team leader signs) or the whole school (the principal signs).
 *
 * @param teamName the team's name, or null for the school
 */
public record PledgeParty(String teamName) {

    static final String SCHOOL_KEY = "school";

    public static PledgeParty school() {
        return new PledgeParty(null);
    }

    public static PledgeParty team(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a team party needs the team's name");
        }
        return new PledgeParty(name);
    }

    public boolean isSchool() {
        return teamName == null;
    }

    /** The stored key: one signature per party and year, whatever the case of the team's name. */
    String key() {
        return isSchool() ? SCHOOL_KEY : "team:" + teamName.toLowerCase(Locale.ROOT);
    }

    boolean sameAs(PledgeParty other) {
        return key().equals(other.key());
    }
}
