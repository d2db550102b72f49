package vn.thiduabot.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.thiduabot.people.Role;

/**
 * The "position" column of the Department's forms. The staff list stores no job title, so the bot's
 * roles stand in for it: the principal, team leaders, the council's secretary and members, teachers.
 * The admin role is a bot permission, not a position, and is left out; a team leader or the principal
 * is not also called a teacher.
 */
final class Positions {

    private static final List<Role> ORDER = List.of(Role.PRINCIPAL, Role.TEAM_LEADER, Role.SECRETARY, Role.COUNCIL, Role.TEACHER);

    private Positions() { }

    static String of(Set<Role> roles, ReportLabels labels) {
        if (roles == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (Role r : ORDER) {
            if (!roles.contains(r)) {
                continue;
            }
            if (r == Role.TEACHER && (roles.contains(Role.PRINCIPAL) || roles.contains(Role.TEAM_LEADER))) {
                continue;
            }
            parts.add(labels.text("report.position." + r.name().toLowerCase(Locale.ROOT)));
        }
        return String.join(", ", parts);
    }

    /** "position, team" as the registration form's "position and unit" column. */
    static String withTeam(Set<Role> roles, String team, ReportLabels labels) {
        String position = of(roles, labels);
        if (team == null || team.isBlank()) {
            return position;
        }
        return position.isEmpty() ? team : position + ", " + team;
    }
}
