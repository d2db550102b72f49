package vn.thiduabot.reminder;

import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NotificationPreferenceRepository extends JpaRepository<NotificationPreference, Long> {

    @Query("select p.staffId from NotificationPreference p where p.muteNotices = true")
    Set<Long> mutedStaffIds();
}
