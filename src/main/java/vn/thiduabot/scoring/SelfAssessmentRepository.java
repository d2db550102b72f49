package vn.thiduabot.scoring;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SelfAssessmentRepository extends JpaRepository<SelfAssessment, Long> {

    Optional<SelfAssessment> findByStaffIdAndSchoolYear(long staffId, String schoolYear);

    List<SelfAssessment> findBySchoolYearOrderByIdAsc(String schoolYear);

    List<SelfAssessment> findBySchoolYearAndStatusInOrderBySubmittedAtAsc(String schoolYear, Collection<AssessmentStatus> statuses);
}
