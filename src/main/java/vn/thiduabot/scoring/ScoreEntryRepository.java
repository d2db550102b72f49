package vn.thiduabot.scoring;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScoreEntryRepository extends JpaRepository<ScoreEntry, Long> {

    List<ScoreEntry> findByAssessmentId(long assessmentId);

    List<ScoreEntry> findByAssessmentIdIn(Collection<Long> assessmentIds);

    Optional<ScoreEntry> findByAssessmentIdAndItemCode(long assessmentId, String itemCode);
}
