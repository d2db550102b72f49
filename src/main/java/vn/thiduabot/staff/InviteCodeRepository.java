package vn.thiduabot.staff;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface InviteCodeRepository extends JpaRepository<InviteCode, String> {

    /** Codes for this person neither used nor revoked (expired ones included: revoking them is harmless). */
    List<InviteCode> findByStaffIdAndUsedAtIsNullAndRevokedAtIsNull(long staffId);
}
