package vn.thiduabot.nomination;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NominationRepository extends JpaRepository<Nomination, Long> {

    Optional<Nomination> findFirstByNominatorStaffIdAndStatusOrderByIdDesc(long nominatorStaffId, NominationStatus status);

    Optional<Nomination> findFirstByNominatorStaffIdAndNomineeKeyAndQuarter(long nominatorStaffId, String nomineeKey, String quarter);

    List<Nomination> findByQuarterOrderBySubmittedAtAscIdAsc(String quarter);

    List<Nomination> findByQuarterAndStatusOrderBySubmittedAtAscIdAsc(String quarter, NominationStatus status);

    List<Nomination> findByStatusInOrderByQuarterDescSubmittedAtAscIdAsc(Collection<NominationStatus> statuses);
}
