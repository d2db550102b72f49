package vn.thiduabot.reminder;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's notice settings: general notices muted or not (deadline reminders always come). */
@Service
public class SettingsService {

    private final NotificationPreferences preferences;

    SettingsService(NotificationPreferences preferences) {
        this.preferences = preferences;
    }

    public boolean noticesMuted(long staffId) {
        return preferences.muted(staffId);
    }

    @Transactional
    public void muteNotices(long staffId, boolean mute) {
        preferences.setMuted(staffId, mute);
    }
}
