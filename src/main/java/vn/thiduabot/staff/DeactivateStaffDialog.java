package vn.thiduabot.staff;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.LegacyButtonAction;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Command;
import vn.thiduabot.people.Role;

/**
 * /nghiviec PHONE (/deactivate): someone left the school. After a Có / Không confirmation they are
 * taken off the active list; their records stay, and a later import that lists them brings them back.
 */
@Component
class DeactivateStaffDialog implements Command, LegacyButtonAction {

    static final String ACTION = "staff-deactivate";
    private static final String YES = "y:";
    private static final String NO = "n:";
    private static final Set<Role> ROLES = Set.of(Role.ADMIN, Role.SECRETARY);

    private final StaffImporter importer;
    private final StaffRepository staff;

    DeactivateStaffDialog(StaffImporter importer, StaffRepository staff) {
        this.importer = importer;
        this.staff = staff;
    }

    @Override
    public List<String> names() {
        return List.of("nghiviec", "deactivate");
    }

    @Override
    public String descriptionKey() {
        return "staff.deactivate.command";
    }

    @Override
    public Set<Role> roles() {
        return ROLES;
    }

    @Override
    public String action() {
        return ACTION;
    }

    @Override
    public void run(ChatSession s, String args) {
        if (args.isBlank()) {
            s.reply("staff.deactivate.usage");
            return;
        }
        if (PhoneNumbers.normalise(args).isEmpty()) {
            s.reply("staff.deactivate.bad-phone", args.length() > 40 ? args.substring(0, 40) + "…" : args);
            return;
        }
        Optional<StaffMember> found = importer.findByPhone(args);
        if (found.isEmpty()) {
            s.reply("staff.deactivate.not-found", args);
            return;
        }
        StaffMember member = found.get();
        if (!member.isActive()) {
            s.reply("staff.deactivate.already", member.getFullName());
            return;
        }
        if (member.getId() == s.requireUser().staffId()) {
            s.reply("staff.deactivate.self");
            return;
        }
        s.message("staff.deactivate.confirm", member.getFullName(), teamName(s, member), nationalForm(member.getPhone()))
                .buttonKey("staff.deactivate.yes", ACTION, YES + member.getId())
                .buttonKey("staff.deactivate.no", ACTION, NO + member.getId())
                .send();
    }

    @Override
    public void onPress(ChatSession s, String payload) {
        boolean yes = payload.startsWith(YES);
        long id = Long.parseLong(payload.substring(2));
        Optional<StaffMember> member = staff.findById(id);
        if (member.isEmpty()) {
            s.toast("error.button-stale");
            return;
        }
        String name = member.get().getFullName();
        if (!yes) {
            s.toast("staff.deactivate.kept", name);
            s.reply("staff.deactivate.kept", name);
        } else if (importer.deactivate(id, AuditLog.Actor.staff(s.requireUser().staffId()))) {
            s.toast("staff.deactivate.done", name);
            s.reply("staff.deactivate.done", name);
        } else {
            s.toast("staff.deactivate.already", name);
            s.reply("staff.deactivate.already", name);
        }
    }

    static String teamName(ChatSession s, StaffMember member) {
        return member.getTeam() == null ? s.text("staff.no-team") : member.getTeam().getName();
    }

    /** "+84912000004" as a Vietnamese reader writes it: "0912000004". */
    static String nationalForm(String phone) {
        return phone != null && phone.startsWith("+84") ? "0" + phone.substring(3) : phone;
    }
}
