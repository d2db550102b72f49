package vn.thiduabot.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thiduabot.campaign.Campaigns;
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
import vn.thiduabot.support.BotTest;
import vn.thiduabot.support.ClockAt;
import vn.thiduabot.support.SchoolFixture;

/**
 * A nomination the principal made, Monday 20/11/2023: Hà Văn Hùng (principal) nominates Đinh Công Minh;
 * Sa Văn Tâm passes it at the council. It is not the principal's to introduce: Vì Văn Sơn, named in
 * the campaign file as the substitute, decides it, or the secretary Lò Thị Hoa hears what to configure.
 */
@BotTest
@TestPropertySource(properties = BotTest.CAMPAIGNS_2023)
@ClockAt("2023-11-20T02:00:00Z")
class PrincipalsOwnNominationTest {

    /** The application's copy of the test campaign folder (BotTest), which this class changes. */
    @Value("${thidua.campaign-dir}")
    Path campaignDir;
    static final Path SOURCE = Path.of("src/test/resources/campaigns/campaign-2023-2024.yml");

    static final Instant MONDAY_9AM = Instant.parse("2023-11-20T02:00:00Z");

    static final long HUNG = 9301;   // principal
    static final long HOA = 9302;    // secretary, council
    static final long SON = 9303;    // team leader, council; the substitute when the file names him
    static final long MINH = 9305;   // teacher
    static final long TAM = 9308;    // council
    static final String TOAN = "Tổ Toán - Tin";
    static final String ACHIEVEMENT = "Bồi dưỡng đội tuyển Toán 9 đạt 2 giải Nhì cấp tỉnh; dạy phụ đạo buổi tối cho học sinh nội trú.";

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
    @Autowired Campaigns campaigns;

    @BeforeEach
    void school() {
        chat = new ChatDriver(intake, outbox);
        clock.advance(Duration.between(clock.instant(), MONDAY_9AM));
        school.reset(); // every table (SchemaReset)
        if (staff.count() > 0) {
            return;
        }
        tx.executeWithoutResult(s -> {
            Team toan = school.team(TOAN);
            Team vp = school.team("Tổ Văn phòng");
            person("Hà Văn Hùng", "+84912300001", null, HUNG, Role.PRINCIPAL);
            person("Lò Thị Hoa", "+84912300002", vp, HOA, Role.SECRETARY, Role.COUNCIL);
            person("Vì Văn Sơn", "+84912300003", toan, SON, Role.TEAM_LEADER, Role.TEACHER, Role.COUNCIL);
            person("Đinh Công Minh", "+84912300005", toan, MINH, Role.TEACHER);
            person("Sa Văn Tâm", "+84912300008", vp, TAM, Role.COUNCIL, Role.TEACHER);
        });
    }

    private void person(String name, String phone, Team team, long telegram, Role... roles) {
        school.linked(name, phone, team, telegram, roles);
    }

    private void substitute(String phone) {
        try {
            String yml = Files.readString(SOURCE, StandardCharsets.UTF_8);
            if (phone != null) {
                yml = yml.replace("  commendation:\n", "  commendation:\n    substitute-decider: " + phone + "\n");
            }
            Files.writeString(campaignDir.resolve("campaign-2023-2024.yml"), yml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        campaigns.reload();
    }

    private String vi(String key, Object... args) {
        return texts.get(Texts.VIETNAMESE, key, args);
    }

    private NominationStatus status(long id) {
        return NominationStatus.valueOf(jdbc.queryForObject("select status from nomination where id = ?", String.class, id));
    }

    /** Hùng nominates Minh (no team: straight to the council) and Tâm passes it to the principal's stage. */
    private long hungsNominationPassedByTheCouncil() {
        chat.says(HUNG, "/decu");
        chat.presses(HUNG, vi("nomination.kind.staff"));
        chat.says(HUNG, "minh");
        chat.presses(HUNG, "Đinh Công Minh — " + TOAN);
        chat.presses(HUNG, vi("nomination.category.exemplar"));
        chat.says(HUNG, ACHIEVEMENT);
        chat.presses(HUNG, "Bỏ qua");
        chat.presses(HUNG, vi("nomination.send-button"));
        long id = jdbc.queryForObject("select max(id) from nomination", Long.class);
        chat.says(TAM, "/xetdecu");
        chat.presses(TAM, vi("nomination.council.pass-button"));
        assertThat(status(id)).isEqualTo(NominationStatus.COUNCIL_PASSED);
        return id;
    }

    @Test
    void without_a_substitute_the_secretary_hears_what_to_configure_and_the_principal_gets_no_card() {
        substitute(null);
        hungsNominationPassedByTheCouncil();
        assertThat(chat.sent(HUNG).stream().map(OutgoingMessage::text)).noneMatch(t -> t.startsWith(vi("nomination.principal.intro")));
        assertThat(chat.lastText(HOA)).isEqualTo(vi("decision.substitute.nomination-waiting", "Đinh Công Minh (" + TOAN + ")"));
    }

    @Test
    void the_named_substitute_introduces_the_principals_own_nomination_and_the_principal_cannot() {
        substitute("0912 300 003");
        long id = hungsNominationPassedByTheCouncil();
        OutgoingMessage card = chat.latestWith(SON, vi("nomination.principal.introduce-button"));
        assertThat(card.text()).startsWith(vi("decision.substitute.card-intro")).contains("Đinh Công Minh");

        String introduce = ChatDriver.token(card, vi("nomination.principal.introduce-button"));
        String sons = jdbc.queryForObject("select payload from callback_token where token = ?", String.class, introduce);
        jdbc.update("update callback_token set user_id = ?, chat_id = ? where token = ?", HUNG, HUNG, introduce);
        assertThat(chat.pressToken(HUNG, introduce)).isEqualTo(vi("decision.nomination.own"));
        assertThat(status(id)).isEqualTo(NominationStatus.COUNCIL_PASSED);

        jdbc.update("update callback_token set user_id = ?, chat_id = ?, payload = ? where token = ?", SON, SON, sons, introduce);
        chat.pressToken(SON, introduce);
        assertThat(status(id)).isEqualTo(NominationStatus.INTRODUCED);
    }
}
