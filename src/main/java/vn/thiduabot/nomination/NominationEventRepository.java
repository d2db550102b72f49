package vn.thiduabot.nomination;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NominationEventRepository extends JpaRepository<NominationEvent, Long> {

    List<NominationEvent> findByNominationIdOrderByIdAsc(long nominationId);

    void deleteByNominationId(long nominationId);
}
