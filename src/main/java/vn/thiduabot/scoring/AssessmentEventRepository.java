package vn.thiduabot.scoring;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentEventRepository extends JpaRepository<AssessmentEvent, Long> {

    List<AssessmentEvent> findByAssessmentIdOrderByIdAsc(long assessmentId);

    Optional<AssessmentEvent> findFirstByAssessmentIdOrderByIdDesc(long assessmentId);
}
