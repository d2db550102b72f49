package vn.thiduabot.staff;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RelinkRequestRepository extends JpaRepository<RelinkRequest, Long> {

    Optional<RelinkRequest> findFirstByStaffIdAndStatus(long staffId, RelinkRequest.Status status);
}
