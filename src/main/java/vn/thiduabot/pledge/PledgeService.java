package vn.thiduabot.pledge;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffView;

/**
 * The pledge's operations for any front end: signing (who may sign what is asked of {@link PledgeRules} on every
 * press, from the stored roles) and the board of who signed and when. A second press keeps the first signature.
 */
@Service
public class PledgeService {

    private final Campaigns campaigns;
    private final StaffDirectory staff;
    private final PledgeSignatureRepository signatures;
    private final Clock clock;

    PledgeService(Campaigns campaigns, StaffDirectory staff, PledgeSignatureRepository signatures, Clock clock) {
        this.campaigns = campaigns;
        this.staff = staff;
        this.signatures = signatures;
        this.clock = clock;
    }

    /** What a press produced: the party's signature, and whether this press made it (false: signed before). */
    public record Signed(PledgeSignature signature, boolean justNow) { }

    /** The current school year's campaign, if its file offers a pledge. */
    public Optional<Campaign> currentPledge() {
        Campaign c = campaigns.current();
        return c.pledgeOffered().isPresent() ? Optional.of(c) : Optional.empty();
    }

    /** Whether the campaign's pledge may be signed today (its file offers one and its opening day has come). */
    public boolean open(Campaign c) {
        return c.pledgeOffered().map(p -> !campaigns.today().isBefore(p.opens())).orElse(false);
    }

    /**
     * Signs the year's pledge for the party. Refused ({@link PledgeRefused}) for a year that is not the current one
     * (an old card), a year without a pledge, before the day it opens, and for anyone the rules do not allow. A refusal
     * changes nothing, so it leaves the caller's transaction (and the polite answer queued in it) to commit.
     */
    @Transactional(noRollbackFor = PledgeRefused.class)
    public Signed sign(long signerStaffId, String schoolYear, PledgeParty party) {
        Campaign c = currentPledge().orElseThrow(() -> new PledgeRefused("pledge.refused.off"));
        if (!c.schoolYear().equals(schoolYear)) {
            throw new PledgeRefused("pledge.refused.other-year", schoolYear, c.schoolYear());
        }
        Campaign.Pledge pledge = c.pledge();
        if (!open(c)) {
            throw new PledgeRefused("pledge.refused.not-open", pledge.opens());
        }
        StaffView signer = staff.byId(signerStaffId).orElseThrow(() -> new PledgeRefused("pledge.refused.not-active"));
        Optional<String> refusal = PledgeRules.refusal(signer, party);
        if (refusal.isPresent()) {
            throw new PledgeRefused(refusal.get(), party.isSchool() ? "" : party.teamName());
        }
        Optional<PledgeSignature> earlier = signatures.findBySchoolYearAndPartyKey(schoolYear, party.key());
        if (earlier.isPresent()) {
            return new Signed(earlier.get(), false);
        }
        PledgeSignature s = PledgeSignature.sign(schoolYear, party, signer.staffId(), signer.fullName(), clock.instant());
        return new Signed(signatures.save(s), true);
    }

    /** Who signed the campaign's pledge and who has not yet; empty if its file offers none. */
    @Transactional(readOnly = true)
    public Optional<PledgeBoard> board(Campaign c) {
        if (c.pledgeOffered().isEmpty()) {
            return Optional.empty();
        }
        Map<String, PledgeSignature> byKey = signatures.findBySchoolYearOrderBySignedAt(c.schoolYear()).stream()
                .collect(Collectors.toMap(s -> s.party().key(), Function.identity(), (a, b) -> a));
        List<StaffView> active = staff.activeStaff();
        List<PledgeBoard.Entry> entries = new ArrayList<>();
        for (String team : staff.teamNames()) {
            PledgeParty party = PledgeParty.team(team);
            List<String> leaders = active.stream().filter(v -> v.has(Role.TEAM_LEADER) && v.teamName() != null
                    && PledgeParty.team(v.teamName()).sameAs(party)).map(StaffView::fullName).toList();
            entries.add(new PledgeBoard.Entry(party, leaders, Optional.ofNullable(byKey.get(party.key()))));
        }
        PledgeParty school = PledgeParty.school();
        List<String> principals = active.stream().filter(v -> v.has(Role.PRINCIPAL)).map(StaffView::fullName).toList();
        entries.add(new PledgeBoard.Entry(school, principals, Optional.ofNullable(byKey.get(school.key()))));
        return Optional.of(new PledgeBoard(c.schoolYear(), c.pledge(), c.deadlines().departmentSubmission(), List.copyOf(entries)));
    }

    /** The parties this staff member may sign for now (their own team if they lead it, the school if principal). */
    @Transactional(readOnly = true)
    public List<PledgeParty> partiesOf(long staffId) {
        return staff.byId(staffId).map(PledgeRules::partiesOf).orElse(List.of());
    }
}
