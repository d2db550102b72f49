package vn.thiduabot.reminder;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Who muted notices. */
@Component
class NotificationPreferences {

    private final NotificationPreferenceRepository repository;
    private final Clock clock;

    NotificationPreferences(NotificationPreferenceRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    boolean muted(long staffId) {
        return repository.findById(staffId).map(NotificationPreference::isMuteNotices).orElse(false);
    }

    /** Everyone who muted notices (one query, for a reminder to many people). */
    java.util.Set<Long> mutedStaffIds() {
        return repository.mutedStaffIds();
    }

    @Transactional
    void setMuted(long staffId, boolean mute) {
        repository.findById(staffId).ifPresentOrElse(p -> p.setMuteNotices(mute, clock.instant()),
                () -> repository.save(new NotificationPreference(staffId, mute, clock.instant())));
    }
}
