package vn.thiduabot.pledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.thiduabot.campaign.Campaign;

/**
 * The year's pledge and where each party stands: every team that has active members (alphabetically), then the
 * school. A party is done when its signature exists; the Department's checklist is ticked when every party is done.
 *
 * @param deadline the Department submission day (the signed pledge goes there by then)
 */
public record PledgeBoard(String schoolYear, Campaign.Pledge pledge, LocalDate deadline, List<Entry> entries) {

    /**
     * One party: who is to sign for it (its team leaders, or the principals; may be empty, e.g. a team without a
     * leader) and its signature, if given.
     */
    public record Entry(PledgeParty party, List<String> signers, Optional<PledgeSignature> signature) {

        public boolean signed() {
            return signature.isPresent();
        }
    }

    public boolean allSigned() {
        return entries.stream().allMatch(Entry::signed);
    }

    public List<Entry> missing() {
        return entries.stream().filter(e -> !e.signed()).toList();
    }

    public List<Entry> signed() {
        return entries.stream().filter(Entry::signed).toList();
    }

    public Optional<Entry> entry(PledgeParty party) {
        return entries.stream().filter(e -> e.party().sameAs(party)).findFirst();
    }
}
