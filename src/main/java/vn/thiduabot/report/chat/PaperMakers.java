package vn.thiduabot.report.chat;

import java.util.Set;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;

/**
 * Who may make the school's packages of papers in /xuat (the Department's 10/10 package and the year-end papers): the
 * council's secretary and the principal. One list for the menu that shows the buttons and the actions that check it.
 */
final class PaperMakers {

    static final Set<Role> ROLES = Set.of(Role.SECRETARY, Role.PRINCIPAL);

    private PaperMakers() {
    }

    static boolean may(Person u) {
        return ROLES.stream().anyMatch(u::has);
    }
}
