package vn.thiduabot.staff.chat;

import vn.thiduabot.staff.StaffMember;
import vn.thiduabot.staff.StaffService;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ButtonAction;
import vn.thiduabot.chat.ButtonPayload;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Command;
import vn.thiduabot.people.Role;

/**
 * /nghiviec PHONE (/deactivate): someone left the school. After a Có / Không confirmation they are
 * taken off the active list; their records stay, and a later import that lists them brings them back.
 */
@Component
class DeactivateStaffDialog implements Command, ButtonAction<DeactivateStaffDialog.Confirm> {

    /** Có (take them off the list) or Không (keep them) on the confirmation of one staff member. */
    record Confirm(long staffId, boolean yes) implements ButtonPayload { }

    private static final Set<Role> ROLES = Set.of(Role.ADMIN, Role.SECRETARY);

    private final StaffService staff;

    DeactivateStaffDialog(StaffService staff) {
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
        return "staff-deactivate";
    }

    @Override
    public Class<Confirm> payloadType() {
        return Confirm.class;
    }

    @Override
    public void run(ChatSession s, String args) {
        if (args.isBlank()) {
            s.reply("staff.deactivate.usage");
            return;
        }
        if (!StaffService.isPhoneNumber(args)) {
            s.reply("staff.deactivate.bad-phone", args.length() > 40 ? args.substring(0, 40) + "…" : args);
            return;
        }
        Optional<StaffMember> found = staff.findByPhone(args);
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
                .buttonKey("staff.deactivate.yes", new Confirm(member.getId(), true))
                .buttonKey("staff.deactivate.no", new Confirm(member.getId(), false))
                .send();
    }

    @Override
    public void onPress(ChatSession s, Confirm press) {
        boolean yes = press.yes();
        long id = press.staffId();
        Optional<StaffMember> member = staff.member(id);
        if (member.isEmpty()) {
            s.toast("error.button-stale");
            return;
        }
        String name = member.get().getFullName();
        if (!yes) {
            s.toast("staff.deactivate.kept", name);
            s.reply("staff.deactivate.kept", name);
        } else if (staff.deactivate(id, s.requireUser().staffId())) {
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
