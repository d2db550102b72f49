package vn.thiduabot.commendation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;
import vn.thiduabot.people.PersonDirectory;
import vn.thiduabot.commendation.Commendations.ListView;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffView;

/**
 * Who decides the year's list. The principals, unless the list proposes a principal for an award: then
 * the substitute the campaign file names ({@code commendation.substitute-decider}) decides it, and the
 * principals are only told. Without a substitute such a list cannot be submitted.
 */
@Component
public class ListDeciders {

    private final PersonDirectory users;
    private final StaffDirectory staff;

    ListDeciders(PersonDirectory users, StaffDirectory staff) {
        this.users = users;
        this.staff = staff;
    }

    /**
     * @param deciders  who gets the card with the buttons
     * @param named     principals the list proposes (they decide nothing on it)
     * @param substitute the substitute named in the file, if any (whether or not they decide this list)
     */
    public record Who(List<Person> deciders, List<Person> named, Optional<StaffView> substitute) {
        public boolean decides(long staffId) {
            return deciders.stream().anyMatch(u -> u.staffId() == staffId);
        }

        public boolean isNamed(long staffId) {
            return named.stream().anyMatch(u -> u.staffId() == staffId);
        }
    }

    Who of(Campaign c, ListView v) {
        Set<Long> proposed = v.proposals().stream().filter(Proposal::individual).map(Proposal::staffId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        List<Person> principals = users.linkedWithRole(Role.PRINCIPAL);
        List<Person> named = principals.stream().filter(p -> proposed.contains(p.staffId())).toList();
        Optional<StaffView> substitute = substitute(c);
        if (named.isEmpty()) {
            return new Who(principals, named, substitute);
        }
        List<Person> deciders = substitute.filter(s -> !proposed.contains(s.staffId())).flatMap(StaffView::linkedPerson)
                .filter(u -> u.chatId() != null).stream().toList();
        return new Who(deciders, named, substitute);
    }

    /** The substitute decider the campaign file names, if they are on the active staff list. */
    Optional<StaffView> substitute(Campaign c) {
        return c.commendation().substitute().flatMap(staff::activeByPhone);
    }
}
