package vn.thiduabot.pledge;

import java.time.Instant;

/** A party's pledge was signed (the first press; a second press signs nothing and publishes nothing). */
public record PledgeSigned(String schoolYear, String teamName, long signerStaffId, String signerName, Instant signedAt) {

    public PledgeParty party() {
        return new PledgeParty(teamName);
    }
}
