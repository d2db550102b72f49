package vn.thiduabot.reminder;

import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ButtonAction;
import vn.thiduabot.chat.ButtonPayload;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Command;
import vn.thiduabot.people.Role;

/** /caidat (/settings): mute or unmute general notices; deadline reminders always come. */
@Component
@Order(9050)
class SettingsDialog implements Command, ButtonAction<SettingsDialog.Notices> {

    /** The one button: mute general notices, or let them come again. */
    record Notices(boolean mute) implements ButtonPayload { }

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
                .buttonKey(muted ? "settings.unmute" : "settings.mute", new Notices(!muted))
                .send();
    }

    @Override
    public String action() {
        return "settings.notices";
    }

    @Override
    public Class<Notices> payloadType() {
        return Notices.class;
    }

    @Override
    public void onPress(ChatSession s, Notices press) {
        boolean mute = press.mute();
        preferences.setMuted(s.requireUser().staffId(), mute);
        s.toast(mute ? "settings.muted-toast" : "settings.unmuted-toast");
        s.reply(mute ? "settings.notices-muted" : "settings.notices-on");
    }
}
