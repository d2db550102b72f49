package vn.thiduabot.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.ImportReport.Rejection;

/**
 * Imports the staff list (the command line's import-staff and the bot's /nhapds share it). People
 * are matched by their normalised phone number: a new number adds a person, a known one updates
 * them (and brings a deactivated person back), an identical row changes nothing. Nobody is ever
 * deleted. A row with any problem is left out whole and reported with its line.
 */
@Service
class StaffImporter {

    private static final Logger log = LoggerFactory.getLogger(StaffImporter.class);

    private final StaffRepository staff;
    private final TeamRepository teams;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final long maxFileBytes;
    /** Caps on a staff file's data rows and columns ({@link StaffFileReader.Limits} says why). */
    @Value("${thidua.import.max-rows:5000}")
    private int maxRows = StaffFileReader.Limits.DEFAULT.maxRows();
    @Value("${thidua.import.max-columns:50}")
    private int maxColumns = StaffFileReader.Limits.DEFAULT.maxColumns();

    StaffImporter(StaffRepository staff, TeamRepository teams, AuditLog audit, ApplicationEventPublisher events, Clock clock,
                  @Value("${thidua.import.max-file-bytes:5242880}") long maxFileBytes) {
        this.staff = staff;
        this.teams = teams;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.maxFileBytes = maxFileBytes;
    }

    /** The largest file accepted, in bytes ({@code thidua.import.max-file-bytes}). */
    public long maxFileBytes() {
        return maxFileBytes;
    }

    /** A .csv (UTF-8) or .xlsx staff list, applied at once (the server operator's command line). */
    @Transactional
    public ImportReport importFile(String fileName, byte[] content) {
        return importFile(fileName, content, AuditLog.Actor.commandLine());
    }

    @Transactional
    ImportReport importFile(String fileName, byte[] content, AuditLog.Actor actor) {
        return apply(plan(fileName, content), actor);
    }

    /** What the file would change now; never throws for a bad file or bad rows, the plan says what was wrong. */
    @Transactional(readOnly = true)
    ImportPlan plan(String fileName, byte[] content) {
        StaffFileReader.Content file;
        try {
            file = new StaffFileReader(maxFileBytes, new StaffFileReader.Limits(maxRows, maxColumns)).read(fileName, content);
        } catch (StaffFileReader.Invalid e) {
            log.debug("Staff list {} refused: {}", fileName, e.problem.key());
            return ImportPlan.refused(e.problem);
        }
        Map<String, StaffMember> byPhone = new HashMap<>();
        staff.findAll().forEach(m -> byPhone.put(m.getPhone(), m));
        Map<String, Integer> phonesSeen = new HashMap<>();
        List<Rejection> rejections = new ArrayList<>();
        List<StaffRowValidator.Validated> rows = new ArrayList<>();
        List<ImportPlan.Change> changes = new ArrayList<>();
        for (StaffFileReader.RawRow raw : file.rows()) {
            StaffRowValidator.Validated row;
            try {
                row = StaffRowValidator.validate(raw, phonesSeen);
            } catch (StaffRowValidator.RowProblem p) {
                rejections.add(new Rejection(raw.line(), p.reason));
                continue;
            }
            rows.add(row);
            StaffMember existing = byPhone.get(row.phone());
            if (existing == null) {
                changes.add(new ImportPlan.Change(null, row.fullName(), Set.of(), row.roles()));
                continue;
            }
            boolean sameTeam = !file.hasTeam() || java.util.Objects.equals(
                    existing.getTeam() == null ? null : teamKey(existing.getTeam().getName()),
                    row.team() == null ? null : teamKey(row.team()));
            String email = file.hasEmail() ? row.email() : existing.getEmail();
            if (existing.wouldChange(row.fullName(), sameTeam, email, row.roles())) {
                Set<Role> before = existing.isActive() ? existing.getRoles() : Set.of();
                changes.add(new ImportPlan.Change(existing.getId(), row.fullName(), before, row.roles()));
            }
        }
        return new ImportPlan(rows, file.hasTeam(), file.hasEmail(), rejections, null, changes);
    }

    /** Applies a plan made in this transaction (or just before); every role change goes into the audit log. */
    @Transactional
    ImportReport apply(ImportPlan plan, AuditLog.Actor actor) {
        if (plan.failed()) {
            return ImportReport.refused(plan.fileError());
        }
        Instant now = clock.instant();
        Map<String, Team> teamsByName = new HashMap<>();
        teams.findAll().forEach(t -> teamsByName.put(teamKey(t.getName()), t));
        // a school's whole list is a few hundred rows: one query instead of one per row
        Map<String, StaffMember> byPhone = new HashMap<>();
        staff.findAll().forEach(m -> byPhone.put(m.getPhone(), m));
        int imported = 0;
        int updated = 0;
        for (StaffRowValidator.Validated row : plan.rows()) {
            Optional<StaffMember> existing = Optional.ofNullable(byPhone.get(row.phone()));
            Team team = plan.hasTeam() ? team(row.team(), teamsByName)
                    : existing.map(StaffMember::getTeam).orElse(null);
            String email = plan.hasEmail() ? row.email() : existing.map(StaffMember::getEmail).orElse(null);
            if (existing.isEmpty()) {
                StaffMember added = staff.save(new StaffMember(row.fullName(), row.phone(), team, email, row.roles(), now));
                audit.record(actor, added.getId(), AuditEntry.Action.ADDED, null, AuditLog.roles(row.roles()));
                imported++;
                continue;
            }
            StaffMember m = existing.get();
            Set<Role> before = m.getRoles();
            boolean wasActive = m.isActive();
            if (m.update(row.fullName(), team, email, row.roles(), now)) {
                updated++;
                if (!wasActive) {
                    audit.record(actor, m.getId(), AuditEntry.Action.REACTIVATED, null, AuditLog.roles(m.getRoles()));
                }
                if (!before.equals(m.getRoles())) {
                    audit.record(actor, m.getId(), AuditEntry.Action.ROLES_CHANGED, AuditLog.roles(before), AuditLog.roles(m.getRoles()));
                }
                if (!wasActive || !before.equals(m.getRoles())) {
                    events.publishEvent(new RolesChanged(m.getId(), wasActive ? before : Set.of(), m.getRoles()));
                }
            }
        }
        // debug only: the command line prints the report on stdout, and the bot logs who imported what
        log.debug("Staff list imported by {}: {} new, {} updated, {} rejected", actor, imported, updated, plan.rejections().size());
        return new ImportReport(imported, updated, plan.rejections(), null);
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
        return deactivate(staffId, AuditLog.Actor.commandLine());
    }

    @Transactional
    boolean deactivate(long staffId, AuditLog.Actor actor) {
        Optional<StaffMember> member = staff.findById(staffId).filter(StaffMember::isActive);
        member.ifPresent(m -> {
            m.deactivate(clock.instant());
            audit.record(actor, staffId, AuditEntry.Action.DEACTIVATED, AuditLog.roles(m.getRoles()), null);
            events.publishEvent(new StaffDeactivated(staffId));
        });
        return member.isPresent();
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
