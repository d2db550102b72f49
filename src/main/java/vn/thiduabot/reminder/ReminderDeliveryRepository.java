package vn.thiduabot.reminder;

import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReminderDeliveryRepository extends JpaRepository<ReminderDelivery, ReminderDelivery.Key> {

    long countByIdOccurrenceId(String occurrenceId);

    @Query("select d.id.staffId from ReminderDelivery d where d.id.occurrenceId = ?1")
    Set<Long> staffIdsFor(String occurrenceId);
}
