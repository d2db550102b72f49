package vn.thiduabot.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduabot.chat.Role;
import vn.thiduabot.staff.ImportReport.Message;
import vn.thiduabot.staff.ImportReport.Rejection;

/**
 * Imports the staff list (the command line's import-staff and the bot's /nhapds share it). People
 * are matched by their normalised phone number: a new number adds a person, a known one updates
 * them (and brings a deactivated person back), an identical row changes nothing. Nobody is ever
 * deleted. A row with any problem is left out whole and reported with its line.
 */
@Service
public class StaffImporter {

    private static final Logger log = LoggerFactory.getLogger(StaffImporter.class);
    static final int MAX_NAME = 200;
    static final int MAX_TEAM = 100;
    static final int MAX_EMAIL = 254;
    /** A raw value quoted back in a rejection is cut to this length. */
    private static final int QUOTE = 40;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");
    private static final Pattern ROLE_SEPARATOR = Pattern.compile("[;,|/]");

    private final StaffRepository staff;
    private final TeamRepository teams;
    private final Clock clock;
    private final long maxFileBytes;
    /** Caps on a staff file's data rows and columns ({@link StaffFileReader.Limits} says why). */
    @Value("${thidua.import.max-rows:5000}")
    private int maxRows = StaffFileReader.Limits.DEFAULT.maxRows();
    @Value("${thidua.import.max-columns:50}")
    private int maxColumns = StaffFileReader.Limits.DEFAULT.maxColumns();

    StaffImporter(StaffRepository staff, TeamRepository teams, Clock clock,
                  @Value("${thidua.import.max-file-bytes:5242880}") long maxFileBytes) {
        this.staff = staff;
        this.teams = teams;
        this.clock = clock;
        this.maxFileBytes = maxFileBytes;
    }

    /** The largest file accepted, in bytes ({@code thidua.import.max-file-bytes}). */
    public long maxFileBytes() {
        return maxFileBytes;
    }

    /** A .csv (UTF-8) or .xlsx staff list; never throws for a bad file or bad rows, the report says what was wrong. */
    @Transactional
    public ImportReport importFile(String fileName, byte[] content) {
        StaffFileReader.Content file;
        try {
            file = new StaffFileReader(maxFileBytes, new StaffFileReader.Limits(maxRows, maxColumns)).read(fileName, content);
        } catch (StaffFileReader.Invalid e) {
            log.debug("Staff list {} refused: {}", fileName, e.problem.key());
            return ImportReport.refused(e.problem);
        }
        Instant now = clock.instant();
        Map<String, Team> teamsByName = new HashMap<>();
        teams.findAll().forEach(t -> teamsByName.put(teamKey(t.getName()), t));
        // a school's whole list is a few hundred rows: one query instead of one per row
        Map<String, StaffMember> byPhone = new HashMap<>();
        staff.findAll().forEach(m -> byPhone.put(m.getPhone(), m));
        Map<String, Integer> phonesSeen = new HashMap<>();
        List<Rejection> rejections = new ArrayList<>();
        int imported = 0;
        int updated = 0;
        for (StaffFileReader.RawRow raw : file.rows()) {
            Validated row;
            try {
                row = validate(raw, phonesSeen);
            } catch (RowProblem p) {
                rejections.add(new Rejection(raw.line(), p.reason));
                continue;
            }
            // The row is valid as a whole: only now does it touch the database.
            Optional<StaffMember> existing = Optional.ofNullable(byPhone.get(row.phone()));
            Team team = file.hasTeam() ? team(row.team(), teamsByName)
                    : existing.map(StaffMember::getTeam).orElse(null);
            String email = file.hasEmail() ? row.email() : existing.map(StaffMember::getEmail).orElse(null);
            if (existing.isEmpty()) {
                staff.save(new StaffMember(row.fullName(), row.phone(), team, email, row.roles(), now));
                imported++;
            } else if (existing.get().update(row.fullName(), team, email, row.roles(), now)) {
                updated++;
            }
        }
        // debug only: the command line prints the report on stdout, and the bot logs who imported what
        log.debug("Staff list {} imported: {} new, {} updated, {} rejected", fileName, imported, updated, rejections.size());
        return new ImportReport(imported, updated, rejections, null);
    }

    /** The person with this phone number (any form), active or not. */
    @Transactional(readOnly = true)
    public Optional<StaffMember> findByPhone(String rawPhone) {
        return PhoneNumbers.normalise(rawPhone).flatMap(staff::findByPhone);
    }

    /**
     * Takes a person off the active list: they keep their history and their Telegram link, but the
     * bot no longer recognises them. A later import that lists them brings them back.
     *
     * @return false if there is no such person or they were already inactive
     */
    @Transactional
    public boolean deactivate(long staffId) {
        Optional<StaffMember> member = staff.findById(staffId).filter(StaffMember::isActive);
        member.ifPresent(m -> {
            m.deactivate(clock.instant());
            log.info("Staff #{} deactivated", staffId);
        });
        return member.isPresent();
    }

    // --- One row ----------------------------------------------------------------------------------------

    private record Validated(String fullName, String phone, Set<Role> roles, String team, String email) { }

    /** Why a row is left out. */
    private static final class RowProblem extends Exception {
        final transient Message reason;

        RowProblem(String key, Object... args) {
            super(key, null, false, false);
            this.reason = Message.of(key, args);
        }
    }

    private static Validated validate(StaffFileReader.RawRow raw, Map<String, Integer> phonesSeen) throws RowProblem {
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
            Role role = Role.parse(AccountLinking.fold(part))
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

    /** Teams match whatever the case, accented capitals included; a new name creates the team. */
    private Team team(String name, Map<String, Team> byName) {
        if (name == null) {
            return null;
        }
        return byName.computeIfAbsent(teamKey(name), k -> teams.save(new Team(name)));
    }

    /** Compared in Java: SQLite's own lower() and upper() know only ASCII letters. */
    private static String teamKey(String name) {
        return StaffFileReader.clean(name).toLowerCase(Locale.ROOT);
    }
}
