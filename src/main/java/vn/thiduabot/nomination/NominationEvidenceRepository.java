package vn.thiduabot.nomination;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NominationEvidenceRepository extends JpaRepository<NominationEvidence, Long> {

    List<NominationEvidence> findByNominationIdOrderByIdAsc(long nominationId);

    long countByNominationId(long nominationId);

    void deleteByNominationId(long nominationId);
}
