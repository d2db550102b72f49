package vn.thiduabot.staff;

import vn.thiduabot.people.Names;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.ImportReport.Message;

/** One row of a staff list, checked as a whole: a row with any problem is left out and reported with its line. */
final class StaffRowValidator {

    static final int MAX_NAME = 200;
    static final int MAX_TEAM = 100;
    static final int MAX_EMAIL = 254;
    /** A raw value quoted back in a rejection is cut to this length. */
    private static final int QUOTE = 40;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");
    private static final Pattern ROLE_SEPARATOR = Pattern.compile("[;,|/]");

    private StaffRowValidator() {
    }

    /** A row that passed every check. */
    record Validated(String fullName, String phone, Set<Role> roles, String team, String email) { }

    /** Why a row is left out. */
    static final class RowProblem extends Exception {
        final transient Message reason;

        RowProblem(String key, Object... args) {
            super(key, null, false, false);
            this.reason = Message.of(key, args);
        }
    }

    static Validated validate(StaffFileReader.RawRow raw, Map<String, Integer> phonesSeen) throws RowProblem {
        String name = raw.fullName();
        if (name.isEmpty()) {
            throw new RowProblem("import.row.name-missing");
        }
        if (name.length() > MAX_NAME) {
            throw new RowProblem("import.row.name-too-long", String.valueOf(MAX_NAME));
        }
        if (raw.phone().isEmpty()) {
            throw new RowProblem("import.row.phone-missing");
        }
        String phone = PhoneNumbers.normalise(raw.phone())
                .orElseThrow(() -> new RowProblem("import.row.phone-invalid", quote(raw.phone())));
        Integer first = phonesSeen.putIfAbsent(phone, raw.line());
        if (first != null) {
            throw new RowProblem("import.row.phone-duplicate", quote(raw.phone()), String.valueOf(first));
        }
        Set<Role> roles = roles(raw.roles());
        String team = raw.team() == null || raw.team().isEmpty() ? null : raw.team();
        if (team != null && team.length() > MAX_TEAM) {
            throw new RowProblem("import.row.team-too-long", String.valueOf(MAX_TEAM));
        }
        String email = raw.email() == null || raw.email().isEmpty() ? null : raw.email();
        if (email != null && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            throw new RowProblem("import.row.email-invalid", quote(email));
        }
        return new Validated(name, phone, roles, team, email);
    }

    /**
     * "GIAO_VIEN;TO_TRUONG", "teacher, team leader", or the roles' Vietnamese names with or without
     * accents ("To truong" with its accents folds to TO_TRUONG).
     */
    private static Set<Role> roles(String cell) throws RowProblem {
        if (cell.isEmpty()) {
            throw new RowProblem("import.row.roles-missing");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String part : ROLE_SEPARATOR.split(cell)) {
            if (part.isBlank()) {
                continue;
            }
            Role role = Role.parse(Names.fold(part))
                    .orElseThrow(() -> new RowProblem("import.row.role-unknown", quote(part.trim())));
            roles.add(role);
        }
        if (roles.isEmpty()) {
            throw new RowProblem("import.row.roles-missing");
        }
        return roles;
    }

    private static String quote(String raw) {
        return raw.length() > QUOTE ? raw.substring(0, QUOTE) + "…" : raw;
    }
}
