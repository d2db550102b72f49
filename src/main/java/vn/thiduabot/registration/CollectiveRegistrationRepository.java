package vn.thiduabot.registration;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CollectiveRegistrationRepository extends JpaRepository<CollectiveRegistration, Long> {

    Optional<CollectiveRegistration> findByTeamNameIgnoreCaseAndSchoolYear(String teamName, String schoolYear);

    List<CollectiveRegistration> findBySchoolYearOrderByTeamNameAsc(String schoolYear);
}
