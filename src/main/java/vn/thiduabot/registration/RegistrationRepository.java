package vn.thiduabot.registration;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface RegistrationRepository extends JpaRepository<Registration, Long> {

    Optional<Registration> findByStaffIdAndSchoolYear(long staffId, String schoolYear);

    /** With the answers, for the overviews and the query API (one query instead of one per person). */
    @EntityGraph(attributePaths = "answers")
    List<Registration> findBySchoolYear(String schoolYear);
}
