package vn.thiduabot.reminder;

import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationPreferenceRepository extends JpaRepository<NotificationPreference, Long> {
}
