package vn.thiduabot.registration;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RegistrationEventRepository extends JpaRepository<RegistrationEvent, Long> {

    List<RegistrationEvent> findByRegistrationIdOrderByIdAsc(Long registrationId);

    List<RegistrationEvent> findByCollectiveRegistrationIdOrderByIdAsc(Long collectiveRegistrationId);
}
