package vn.thiduabot.reminder;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.StaffMember;
import vn.thiduabot.staff.StaffRepository;
import vn.thiduabot.staff.Team;
import vn.thiduabot.staff.TeamRepository;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thiduabot.support.SchemaReset;
import vn.thiduabot.support.SchoolFixture;

/**
 * A small school for reminder tests, and the rows that say someone did their task (written with
 * SQL, as the features' own services are package-private): a sent registration, a team's collective
 * title, a nomination, a self-assessment in some status.
 */
final class SeedSchool {

    static final String TOAN = "Tổ Toán - Tin";
    static final String VAN = "Tổ Ngữ văn - Sử - Địa";
    static final String VP = "Tổ Văn phòng";

    static final long HUNG = 8101;   // principal
    static final long HOA = 8102;    // secretary, council (Tổ Văn phòng)
    static final long SON = 8103;    // team leader of Tổ Toán - Tin, council
    static final long HUONG = 8104;  // teacher, Tổ Toán - Tin
    static final long MINH = 8105;   // teacher, Tổ Toán - Tin
    static final long YEN = 8106;    // team leader of Tổ Ngữ văn - Sử - Địa
    static final long KHANH_PHONE_SUFFIX = 107; // Lò Văn Khánh, Tổ Toán - Tin, never linked the bot

    private final StaffRepository staff;
    private final TeamRepository teams;
    private final JdbcTemplate jdbc;
    private final SchemaReset reset;
    private final SchoolFixture school;

    SeedSchool(ApplicationContext app) {
        this.staff = app.getBean(StaffRepository.class);
        this.teams = app.getBean(TeamRepository.class);
        this.jdbc = app.getBean(JdbcTemplate.class);
        this.reset = new SchemaReset(app.getBean(DataSource.class));
        this.school = new SchoolFixture(staff, teams, app.getBean(TransactionTemplate.class), reset);
    }

    /** Seeds the school once per database. */
    void seed() {
        if (staff.findByTelegramUserId(HUNG).isPresent()) {
            return;
        }
        Team toan = school.team(TOAN);
        Team van = school.team(VAN);
        Team vp = school.team(VP);
        person("Hà Văn Hùng", "+84913000101", null, HUNG, Role.PRINCIPAL);
        person("Lò Thị Hoa", "+84913000102", vp, HOA, Role.SECRETARY, Role.COUNCIL, Role.ADMIN);
        person("Vì Văn Sơn", "+84913000103", toan, SON, Role.TEAM_LEADER, Role.TEACHER, Role.COUNCIL);
        person("Bùi Thị Hương", "+84913000104", toan, HUONG, Role.TEACHER);
        person("Đinh Công Minh", "+84913000105", toan, MINH, Role.TEACHER);
        person("Cầm Thị Yến", "+84913000106", van, YEN, Role.TEAM_LEADER, Role.TEACHER);
        staff.save(new StaffMember("Lò Văn Khánh", "+84913000" + KHANH_PHONE_SUFFIX, toan, null, Set.of(Role.TEACHER), Instant.now()));
    }

    private void person(String name, String phone, Team team, long telegram, Role... roles) {
        school.linked(name, phone, team, telegram, roles);
    }

    long staffId(long telegram) {
        return staff.findByTelegramUserId(telegram).orElseThrow().getId();
    }

    /**
     * Deletes what earlier tests did: registrations, nominations, self-assessments, reminders and messages;
     * every table is emptied ({@link SchemaReset}) and the school seeded again.
     */
    void clearWork() {
        reset.all();
        seed();
    }

    void registered(long telegram, String schoolYear, Instant at) {
        Timestamp t = Timestamp.from(at);
        jdbc.update("insert into registration (staff_id, school_year, title_code, form_answered, has_initiative, status, submitted_at,"
                + " created_at, updated_at) values (?, ?, 'LDTT', 1, 0, 'SUBMITTED', ?, ?, ?)", staffId(telegram), schoolYear, t, t, t);
    }

    /** A registered target of the person's registration and, when {@code result} is not null, its entered result. */
    void targetResult(long telegram, String schoolYear, String code, String value, String result) {
        Long id = jdbc.queryForObject("select id from registration where staff_id = ? and school_year = ?", Long.class,
                staffId(telegram), schoolYear);
        jdbc.update("insert into registration_answer (registration_id, target_code, value_text, result_value) values (?, ?, ?, ?)",
                id, code, value, result);
    }

    void draftRegistration(long telegram, String schoolYear, Instant at) {
        Timestamp t = Timestamp.from(at);
        jdbc.update("insert into registration (staff_id, school_year, title_code, status, created_at, updated_at)"
                + " values (?, ?, 'LDTT', 'DRAFT', ?, ?)", staffId(telegram), schoolYear, t, t);
    }

    void collectiveRegistered(String team, long leaderTelegram, String schoolYear, Instant at) {
        Timestamp t = Timestamp.from(at);
        jdbc.update("insert into collective_registration (team_name, school_year, title_code, form_answered, registered_by_staff_id,"
                + " status, submitted_at, created_at, updated_at) values (?, ?, 'TTLDTT', 1, ?, 'SUBMITTED', ?, ?, ?)",
                team, schoolYear, staffId(leaderTelegram), t, t, t);
    }

    /** A nomination in some status, submitted by this person for their team in that quarter (e.g. 2023-Q4). */
    long nominated(long nominatorTelegram, String team, String schoolYear, String quarter, String status, String nominee, Instant at) {
        Timestamp t = Timestamp.from(at);
        jdbc.update("insert into nomination (school_year, quarter, nominator_staff_id, nominator_team, nominee_kind, nominee_name,"
                + " nominee_key, category, achievement, status, created_at, updated_at, submitted_at)"
                + " values (?, ?, ?, ?, 'EXTERNAL', ?, ?, 'EXEMPLAR', 'Thành tích xuất sắc trong quý.', ?, ?, ?, ?)",
                schoolYear, quarter, staffId(nominatorTelegram), team, nominee, "name:" + nominee.toLowerCase(), status, t, t, t);
        return jdbc.queryForObject("select max(id) from nomination", Long.class);
    }

    /** A self-assessment in this status; {@code needsTeamReview} as decided at submission. */
    void selfAssessment(long telegram, String team, String schoolYear, String status, boolean needsTeamReview, Instant at) {
        Timestamp t = Timestamp.from(at);
        jdbc.update("insert into self_assessment (staff_id, school_year, team_name, status, needs_team_review, submitted_at,"
                + " created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)", staffId(telegram), schoolYear, team, status,
                needsTeamReview ? 1 : 0, "DRAFT".equals(status) ? null : t, t, t);
    }
}
