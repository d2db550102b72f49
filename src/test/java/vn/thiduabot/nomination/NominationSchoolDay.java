package vn.thiduabot.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.thiduabot.people.Role;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.chat.UpdateIntake;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.notification.OutgoingMessage;
import vn.thiduabot.staff.StaffMember;
import vn.thiduabot.staff.StaffRepository;
import vn.thiduabot.staff.Team;
import vn.thiduabot.staff.TeamRepository;
import vn.thiduabot.support.ChatDriver;
import vn.thiduabot.support.MutableClock;
import vn.thiduabot.support.TypedText;
import vn.thiduabot.support.BotTest;
import vn.thiduabot.support.ClockAt;
import org.springframework.test.context.TestPropertySource;
import vn.thiduabot.support.SchoolFixture;

/**
 * The school of the nomination tests on Monday 20 November 2023 (quarter 4 open), and what its people do.
 * Tổ Toán - Tin: Vì Văn Sơn leads it (and sits on the council), Bùi Thị Hương and Đinh Công Minh teach in it;
 * Cầm Thị Yến teaches in Tổ Ngữ văn - Sử - Địa; Sa Văn Tâm and Lò Thị Hoa (the secretary) sit on the council;
 * Hà Văn Hùng is the principal. Each test class extends it; it holds no test of its own.
 */
@BotTest
@TestPropertySource(properties = BotTest.CAMPAIGNS_2023)
@ClockAt("2023-11-20T02:00:00Z")
abstract class NominationSchoolDay {

    static final Instant MONDAY_9AM = Instant.parse("2023-11-20T02:00:00Z");


    static final long HUNG = 9001;   // principal
    static final long HOA = 9002;    // secretary, council, admin (Tổ Văn phòng)
    static final long SON = 9003;    // team leader of Tổ Toán - Tin, council
    static final long HUONG = 9004;  // teacher, Tổ Toán - Tin
    static final long MINH = 9005;   // teacher, Tổ Toán - Tin
    static final long YEN = 9006;    // teacher, Tổ Ngữ văn - Sử - Địa
    static final long TAM = 9008;    // council (Tổ Văn phòng)
    static final String TOAN = "Tổ Toán - Tin";
    static final String VAN = "Tổ Ngữ văn - Sử - Địa";
    static final String VP = "Tổ Văn phòng";
    static final String ACHIEVEMENT = "Bồi dưỡng đội tuyển Toán 9 đạt 2 giải Nhì, 1 giải Ba cấp tỉnh năm học 2022-2023; "
            + "tự nguyện dạy phụ đạo buổi tối cho học sinh nội trú suốt học kỳ I.";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired SchoolFixture school;
    @Autowired UpdateIntake intake;
    @Autowired Outbox outbox;
    ChatDriver chat;
    @Autowired StaffRepository staff;
    @Autowired TeamRepository teams;
    @Autowired Texts texts;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired MutableClock clock;
    @Autowired NominationQueries queries;

    @BeforeEach
    void school() {
        chat = new ChatDriver(intake, outbox);
        clock.advance(Duration.between(clock.instant(), MONDAY_9AM));
        school.reset(); // every table (SchemaReset)
        tx.executeWithoutResult(s -> {
            Team toan = school.team(TOAN);
            Team van = school.team(VAN);
            Team vp = school.team(VP);
            person("Hà Văn Hùng", "+84912000001", null, HUNG, Role.PRINCIPAL);
            person("Lò Thị Hoa", "+84912000002", vp, HOA, Role.SECRETARY, Role.COUNCIL, Role.ADMIN);
            person("Vì Văn Sơn", "+84912000003", toan, SON, Role.TEAM_LEADER, Role.TEACHER, Role.COUNCIL);
            person("Bùi Thị Hương", "+84912000004", toan, HUONG, Role.TEACHER);
            person("Đinh Công Minh", "+84912000005", toan, MINH, Role.TEACHER);
            person("Cầm Thị Yến", "+84912000006", van, YEN, Role.TEACHER);
            person("Sa Văn Tâm", "+84912000008", vp, TAM, Role.COUNCIL, Role.TEACHER);
        });
    }

    void person(String name, String phone, Team team, long telegram, Role... roles) {
        school.linked(name, phone, team, telegram, roles);
    }

    long staffId(long telegram) {
        return staff.findByTelegramUserId(telegram).orElseThrow().getId();
    }

    // --- what people do ----------------------------------------------------------------------------

    void sendsFile(long user, String fileName, String mime, long size) {
        chat.sendsDocument(user, null, "file-" + ChatDriver.nextUpdateId(), fileName, mime, size);
    }

    void sendsPhoto(long user) {
        chat.sendsPhoto(user, "photo-" + ChatDriver.nextUpdateId(), "image/jpeg", 180_000);
    }

    record Row(String key, OutgoingMessage message) { }

    List<Row> sent(long chat) {
        return jdbc.query("select idempotency_key, payload from outbox_message where chat_id = ? order by id",
                (rs, i) -> new Row(rs.getString(1), JSON.readValue(rs.getString(2), OutgoingMessage.class)), chat);
    }

    String vi(String key, Object... args) {
        return texts.get(Texts.VIETNAMESE, key, args);
    }

    NominationStatus status(long id) {
        return NominationStatus.valueOf(jdbc.queryForObject("select status from nomination where id = ?", String.class, id));
    }

    long latestNominationId() {
        return jdbc.queryForObject("select max(id) from nomination", Long.class);
    }

    /** Bùi Thị Hương nominates a colleague found by typing part of the name, up to the summary. */
    void huongDraftsColleague(String typed, String buttonLabel) {
        chat.says(HUONG, "/decu");
        chat.presses(HUONG, vi("nomination.kind.staff"));
        chat.says(HUONG, typed);
        chat.presses(HUONG, buttonLabel);
        chat.presses(HUONG, vi("nomination.category.exemplar"));
        chat.says(HUONG, ACHIEVEMENT);
    }

    long huongNominatesMinh() {
        huongDraftsColleague("minh", "Đinh Công Minh — " + TOAN);
        sendsFile(HUONG, "giay-khen-hsg.pdf", "application/pdf", 350_000);
        chat.presses(HUONG, vi("nomination.evidence.done-button"));
        chat.presses(HUONG, vi("nomination.send-button"));
        return latestNominationId();
    }
}
