package vn.thiduabot.scoring;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffView;

/** Names and reachable chats of the people a self-assessment involves, from the staff directory. */
@Component
public class People {

    private final StaffDirectory directory;

    People(StaffDirectory directory) {
        this.directory = directory;
    }

    public String name(Long staffId) {
        if (staffId == null) {
            return "–";
        }
        return directory.byId(staffId).map(StaffView::fullName).orElse("#" + staffId);
    }

    public Optional<StaffView> view(long staffId) {
        return directory.byId(staffId);
    }

    /** The person's linked chat, if they linked Telegram and are still active. */
    public Optional<Person> chat(Long staffId) {
        return staffId == null ? Optional.empty() : directory.byId(staffId).flatMap(StaffView::linkedPerson);
    }

    public List<Person> withRole(Role role) {
        return directory.withRole(role).stream().flatMap(v -> v.linkedPerson().stream()).toList();
    }

    /** Team leaders of a team who can review in the bot (linked), other than the person assessed. */
    public List<Person> teamLeaders(String team, long except) {
        if (team == null) {
            return List.of();
        }
        return directory.teamMembers(team).stream()
                .filter(v -> v.has(Role.TEAM_LEADER) && v.staffId() != except)
                .flatMap(v -> v.linkedPerson().stream())
                .toList();
    }

    public List<StaffView> activeStaff() {
        return directory.activeStaff();
    }

    public Optional<StaffView> activeByPhone(String phone) {
        return directory.activeByPhone(phone);
    }

    static boolean same(String a, String b) {
        return Objects.equals(a == null ? null : a.toLowerCase(), b == null ? null : b.toLowerCase());
    }
}
