package vn.thiduabot.scoring;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

    List<Evidence> findByAssessmentIdOrderByIdAsc(long assessmentId);

    List<Evidence> findByAssessmentIdAndItemCodeOrderByIdAsc(long assessmentId, String itemCode);

    long countByAssessmentIdAndItemCode(long assessmentId, String itemCode);
}
