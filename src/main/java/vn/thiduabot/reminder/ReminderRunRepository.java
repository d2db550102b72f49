package vn.thiduabot.reminder;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReminderRunRepository extends JpaRepository<ReminderRun, String> {
}
