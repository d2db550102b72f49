package vn.thiduabot.pledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * One party's signature under the year's pledge: who signed (their name as it was that day) and when. Made once;
 * a signature is never changed.
 */
@Entity
@Table(name = "pledge_signature")
public class PledgeSignature extends AbstractAggregateRoot<PledgeSignature> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_year", nullable = false)
    private String schoolYear;

    @Column(nullable = false)
    private String scope;

    @Column(name = "team_name")
    private String teamName;

    @Column(name = "party_key", nullable = false)
    private String partyKey;

    @Column(name = "signer_staff_id", nullable = false)
    private long signerStaffId;

    @Column(name = "signer_name", nullable = false)
    private String signerName;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    protected PledgeSignature() {
    }

    /** The signature, with its {@link PledgeSigned} event published when the repository saves it. */
    static PledgeSignature sign(String schoolYear, PledgeParty party, long signerStaffId, String signerName, Instant now) {
        PledgeSignature s = new PledgeSignature();
        s.schoolYear = schoolYear;
        s.scope = party.isSchool() ? "SCHOOL" : "TEAM";
        s.teamName = party.teamName();
        s.partyKey = party.key();
        s.signerStaffId = signerStaffId;
        s.signerName = signerName;
        s.signedAt = now;
        s.registerEvent(new PledgeSigned(schoolYear, party.teamName(), signerStaffId, signerName, now));
        return s;
    }

    public String schoolYear() { return schoolYear; }
    public PledgeParty party() { return new PledgeParty(teamName); }
    public long signerStaffId() { return signerStaffId; }
    public String signerName() { return signerName; }
    public Instant signedAt() { return signedAt; }
}
