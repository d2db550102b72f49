package vn.thiduabot.reminder;

import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.LegacyButtonAction;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Command;
import vn.thiduabot.people.Role;

/** /caidat (/settings): mute or unmute general notices; deadline reminders always come. */
@Component
@Order(9050)
class SettingsDialog implements Command, LegacyButtonAction {

    static final String ACTION = "settings.notices";

    private final NotificationPreferences preferences;

    SettingsDialog(NotificationPreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public List<String> names() {
        return List.of("caidat", "settings");
    }

    @Override
    public String descriptionKey() {
        return "command.settings";
    }

    @Override
    public Set<Role> roles() {
        return Set.of();
    }

    @Override
    public void run(ChatSession s, String args) {
        boolean muted = preferences.muted(s.requireUser().staffId());
        s.message(muted ? "settings.notices-muted" : "settings.notices-on")
                .buttonKey(muted ? "settings.unmute" : "settings.mute", ACTION, muted ? "on" : "off")
                .send();
    }

    @Override
    public String action() {
        return ACTION;
    }

    @Override
    public void onPress(ChatSession s, String payload) {
        boolean mute = "off".equals(payload);
        preferences.setMuted(s.requireUser().staffId(), mute);
        s.toast(mute ? "settings.muted-toast" : "settings.unmuted-toast");
        s.reply(mute ? "settings.notices-muted" : "settings.notices-on");
    }
}
