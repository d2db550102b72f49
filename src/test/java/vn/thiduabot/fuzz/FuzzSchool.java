package vn.thiduabot.fuzz;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.StaffMember;
import vn.thiduabot.staff.StaffRepository;
import vn.thiduabot.staff.Team;
import vn.thiduabot.staff.TeamRepository;

/**
 * The school the fuzzer pokes at: two teams and the office, a principal, a secretary who is also the
 * admin, team leaders on the council, teachers, one teacher who has not linked Telegram yet, and a few
 * strangers who found the bot.
 */
final class FuzzSchool {

    /** A person who may write to the bot; {@code phone} is null for a stranger. */
    record Person(long telegram, String name, String phone, boolean staff) { }

    static final Person HUNG = new Person(9101, "Ha Van Hung", "+84914000101", true);       // principal
    static final Person HOA = new Person(9102, "Lo Thi Hoa", "+84914000102", true);         // secretary, admin, council
    static final Person SON = new Person(9103, "Vi Van Son", "+84914000103", true);         // team leader (Toan), council
    static final Person HUONG = new Person(9104, "Bui Thi Huong", "+84914000104", true);    // teacher (Toan)
    static final Person MINH = new Person(9105, "Dinh Cong Minh", "+84914000105", true);    // teacher (Toan)
    static final Person YEN = new Person(9106, "Cam Thi Yen", "+84914000106", true);        // team leader (Van), council
    static final Person TAI = new Person(9107, "Sa Van Tai", "+84914000107", true);         // teacher (Van)
    static final Person LAN = new Person(9108, "Quang Thi Lan", "+84914000108", true);      // teacher (office)
    /** On the staff list but not linked: may link by sharing their own contact. */
    static final Person KHANH = new Person(9109, "Lo Van Khanh", "+84914000109", true);

    static final List<Person> STAFF = List.of(HUNG, HOA, SON, HUONG, MINH, YEN, TAI, LAN, KHANH);
    static final List<Person> STRANGERS = List.of(
            new Person(9901, "Stranger One", null, false), new Person(9902, "Stranger Two", null, false),
            new Person(9903, "Stranger Three", null, false), new Person(9904, "Stranger Four", null, false));

    private FuzzSchool() {
    }

    static void seed(TransactionTemplate tx, StaffRepository staff, TeamRepository teams, Instant now) {
        tx.executeWithoutResult(s -> {
            if (staff.findByPhone(HUNG.phone()).isPresent()) {
                return;
            }
            Team toan = teams.save(new Team("Toan - Tin"));
            Team van = teams.save(new Team("Ngu van"));
            Team vp = teams.save(new Team("Van phong"));
            linked(staff, HUNG, vp, now, Role.PRINCIPAL);
            linked(staff, HOA, vp, now, Role.SECRETARY, Role.ADMIN, Role.COUNCIL);
            linked(staff, SON, toan, now, Role.TEAM_LEADER, Role.TEACHER, Role.COUNCIL);
            linked(staff, HUONG, toan, now, Role.TEACHER);
            linked(staff, MINH, toan, now, Role.TEACHER);
            linked(staff, YEN, van, now, Role.TEAM_LEADER, Role.TEACHER, Role.COUNCIL);
            linked(staff, TAI, van, now, Role.TEACHER);
            linked(staff, LAN, vp, now, Role.TEACHER);
            staff.save(new StaffMember(KHANH.name(), KHANH.phone(), toan, null, Set.of(Role.TEACHER), now));
        });
    }

    private static void linked(StaffRepository staff, Person p, Team team, Instant now, Role... roles) {
        StaffMember m = new StaffMember(p.name(), p.phone(), team, null, Set.of(roles), now);
        m.linkTelegram(p.telegram(), p.telegram(), null, now);
        m.changeLanguage(p.telegram() % 3 == 0 ? "en" : "vi", now);
        staff.save(m);
    }
}
