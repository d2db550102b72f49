package vn.thiduabot.pledge;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PledgeSignatureRepository extends JpaRepository<PledgeSignature, Long> {

    Optional<PledgeSignature> findBySchoolYearAndPartyKey(String schoolYear, String partyKey);

    List<PledgeSignature> findBySchoolYearOrderBySignedAt(String schoolYear);
}
