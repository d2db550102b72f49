package vn.thiduabot.reminder;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReminderDeliveryRepository extends JpaRepository<ReminderDelivery, ReminderDelivery.Key> {

    long countByIdOccurrenceId(String occurrenceId);
}
