package vn.thiduabot.reminder.chat;

import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ButtonAction;
import vn.thiduabot.chat.ButtonPayload;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Command;
import vn.thiduabot.people.Role;
import vn.thiduabot.reminder.SettingsService;

/** /caidat (/settings): mute or unmute general notices; deadline reminders always come. */
@Component
@Order(9050)
class SettingsDialog implements Command, ButtonAction<SettingsDialog.Notices> {

    /** The one button: mute general notices, or let them come again. */
    record Notices(boolean mute) implements ButtonPayload { }

    private final SettingsService preferences;

    SettingsDialog(SettingsService preferences) {
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
        boolean muted = preferences.noticesMuted(s.requireUser().staffId());
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
        preferences.muteNotices(s.requireUser().staffId(), mute);
        s.toast(mute ? "settings.muted-toast" : "settings.unmuted-toast");
        s.reply(mute ? "settings.notices-muted" : "settings.notices-on");
    }
}
