package vn.thiduabot.support;

import java.time.Instant;
import java.util.Set;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.StaffMember;
import vn.thiduabot.staff.StaffRepository;
import vn.thiduabot.staff.Team;
import vn.thiduabot.staff.TeamRepository;

/**
 * The school a test's story happens in: its teams and its people, each with a phone, roles and (when they
 * use the bot) a linked Telegram account whose chat id is the user id, as in a private chat. One place
 * instead of a copy in every test class:
 * <pre>
 * school.reset();
 * Team toan = school.team("Toán - Tin");
 * long hoa = school.person("Lò Thị Hoa", "+84912000004", toan, Set.of(Role.TEACHER), HOA).getId();
 * </pre>
 * Each call is a transaction of its own, or part of the caller's.
 */
public final class SchoolFixture {

    private final StaffRepository staff;
    private final TeamRepository teams;
    private final TransactionTemplate tx;
    private final SchemaReset reset;

    public SchoolFixture(StaffRepository staff, TeamRepository teams, TransactionTemplate tx, SchemaReset reset) {
        this.staff = staff;
        this.teams = teams;
        this.tx = tx;
        this.reset = reset;
    }

    /** An empty school: every table emptied ({@link SchemaReset}). */
    public void reset() {
        reset.all();
    }

    /** The team of this name, created if the school has none yet. */
    public Team team(String name) {
        return tx.execute(s -> teams.findByNameIgnoreCase(name).orElseGet(() -> teams.save(new Team(name))));
    }

    /** A person on the staff list, linked to this Telegram account unless {@code telegram} is null. */
    public StaffMember person(String name, String phone, Team team, Set<Role> roles, Long telegram) {
        return person(name, phone, team, null, roles, telegram);
    }

    /** The same, with an e-mail address. */
    public StaffMember person(String name, String phone, Team team, String email, Set<Role> roles, Long telegram) {
        return tx.execute(s -> {
            Instant now = Instant.now();
            StaffMember m = new StaffMember(name, phone, team, email, roles, now);
            if (telegram != null) {
                m.linkTelegram(telegram, telegram, null, now);
            }
            return staff.save(m);
        });
    }

    /** A linked person (the common case), roles last. */
    public StaffMember linked(String name, String phone, Team team, long telegram, Role... roles) {
        return person(name, phone, team, Set.of(roles), telegram);
    }
}
