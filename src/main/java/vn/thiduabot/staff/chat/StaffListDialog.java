package vn.thiduabot.staff.chat;

import vn.thiduabot.staff.StaffMember;
import vn.thiduabot.staff.StaffService;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Command;
import vn.thiduabot.people.Role;
import vn.thiduabot.chat.Texts;

/**
 * /danhsach (/staff): how many active people each team has and how many of them linked Telegram,
 * with a button to import the list.
 */
@Component
class StaffListDialog implements Command {

    /** Well under Telegram's 4,096 characters, whatever the number of teams. */
    static final int MAX_CHARS = 3800;

    private final StaffService staff;

    StaffListDialog(StaffService staff) {
        this.staff = staff;
    }

    @Override
    public List<String> names() {
        return List.of("danhsach", "staff");
    }

    @Override
    public String descriptionKey() {
        return "staff.list.command";
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.ADMIN, Role.SECRETARY);
    }

    @Override
    public void run(ChatSession s, String args) {
        List<StaffMember> active = staff.activeMembers();
        long inactive = staff.everyoneCount() - active.size();
        if (active.isEmpty() && inactive == 0) {
            s.message("staff.list.empty")
                    .buttonKey("staff.list.import-button", new ImportStaffDialog.AskFile())
                    .send();
            return;
        }
        // Teams in Vietnamese alphabetical order; people without a team last.
        Map<String, int[]> byTeam = new TreeMap<>(Collator.getInstance(Texts.VIETNAMESE));
        int[] noTeam = {0, 0};
        int linked = 0;
        for (StaffMember m : active) {
            int[] counts = m.getTeam() == null ? noTeam : byTeam.computeIfAbsent(m.getTeam().getName(), k -> new int[2]);
            counts[0]++;
            if (m.isLinked()) {
                counts[1]++;
                linked++;
            }
        }
        List<String> lines = new ArrayList<>();
        byTeam.forEach((team, c) -> lines.add(s.text("staff.list.team", team, String.valueOf(c[0]), String.valueOf(c[1]))));
        if (noTeam[0] > 0) {
            lines.add(s.text("staff.list.team", s.text("staff.no-team"), String.valueOf(noTeam[0]), String.valueOf(noTeam[1])));
        }
        StringBuilder text = new StringBuilder(s.text("staff.list.header", String.valueOf(active.size()), String.valueOf(linked)));
        String footer = (inactive > 0 ? "\n" + s.text("staff.list.inactive", String.valueOf(inactive)) : "")
                + "\n\n" + s.text("staff.list.hint");
        for (int i = 0; i < lines.size(); i++) {
            String more = "\n" + s.text("staff.list.more", String.valueOf(lines.size() - i));
            if (text.length() + 1 + lines.get(i).length() + more.length() + footer.length() > MAX_CHARS) {
                text.append(more);
                break;
            }
            text.append('\n').append(lines.get(i));
        }
        text.append(footer);
        s.literal(text.toString())
                .buttonKey("staff.list.import-button", new ImportStaffDialog.AskFile())
                .send();
    }
}
