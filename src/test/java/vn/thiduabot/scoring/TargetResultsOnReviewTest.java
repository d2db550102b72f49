package vn.thiduabot.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.campaign.ScoreSheet;
import vn.thiduabot.campaign.ScoreSheet.Criterion;
import vn.thiduabot.chat.UpdateIntake;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.notification.OutgoingMessage;
import vn.thiduabot.people.Role;
import vn.thiduabot.registration.Registration;
import vn.thiduabot.registration.RegistrationService;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.Team;
import vn.thiduabot.support.BotTest;
import vn.thiduabot.support.ChatDriver;
import vn.thiduabot.support.ClockAt;
import vn.thiduabot.support.MutableClock;
import vn.thiduabot.support.SchoolFixture;

/**
 * The comparison target → result where people read it (issue 13): Lò Thị Hoa registered 85% pass rate and 3 good
 * lessons, and on Monday 06/05/2024 (self-assessment window) entered 85% and 2 with /ketqua. Her /trangthai and the
 * council's review screen of her self-assessment (Hà Văn Minh) both show “đạt” and “chưa đạt”.
 */
@BotTest
@TestPropertySource(properties = BotTest.CAMPAIGNS_2023)
@ClockAt("2024-05-06T01:00:00Z")
class TargetResultsOnReviewTest {

    static final Instant MONDAY = Instant.parse("2024-05-06T01:00:00Z");
    static final long HOA = 8201;
    static final long SON = 8202;
    static final long MINH = 8203;
    static final String RATE_MET = "• Tỉ lệ học sinh đạt yêu cầu trở lên ở môn giảng dạy (%): 85% → 85%, đạt";
    static final String LESSONS_NOT_MET = "• Số tiết dạy tốt, thao giảng, chuyên đề trong năm: 3 → 2, chưa đạt";

    @Autowired SchoolFixture school;
    @Autowired UpdateIntake intake;
    @Autowired Outbox outbox;
    @Autowired TransactionTemplate tx;
    @Autowired MutableClock clock;
    @Autowired Campaigns campaigns;
    @Autowired StaffDirectory directory;
    @Autowired RegistrationService registrations;
    @Autowired AssessmentService workflow;
    @Autowired ReviewService reviews;
    ChatDriver chat;
    long hoaStaff;
    long sonStaff;

    @BeforeEach
    void monday() {
        chat = new ChatDriver(intake, outbox);
        school.reset();
        clock.advance(Duration.between(clock.instant(), MONDAY));
        tx.executeWithoutResult(s -> {
            Team toan = school.team("Toán - Tin");
            Team vp = school.team("Văn phòng");
            hoaStaff = school.person("Lò Thị Hoa", "+84912000201", toan, Set.of(Role.TEACHER), HOA).getId();
            sonStaff = school.person("Vì Văn Sơn", "+84912000202", toan, Set.of(Role.TEACHER, Role.TEAM_LEADER), SON).getId();
            school.person("Hà Văn Minh", "+84912000203", vp, Set.of(Role.COUNCIL, Role.SECRETARY), MINH);
        });
        Registration r = registrations.draftFor(hoaStaff, "2023-2024");
        r = registrations.chooseTitle(r, "LDTT");
        r = registrations.chooseForm(r, null);
        r = registrations.planInitiative(r, false);
        r = registrations.answer(r, "pass-rate", "85");
        r = registrations.answer(r, "good-lessons", "3");
        registrations.submit(r);
        chat.says(HOA, "/ketqua");
        chat.says(HOA, "85");
        chat.says(HOA, "2");
    }

    private String all(long user) {
        return chat.sent(user).stream().map(OutgoingMessage::text).collect(Collectors.joining("\n----\n"));
    }

    private Actor actor(long staffId) {
        return Actor.of(directory.byId(staffId).orElseThrow().linkedPerson().orElseThrow());
    }

    @Test
    void the_status_shows_each_target_against_its_result() {
        chat.says(HOA, "/trangthai");
        assertThat(chat.lastText(HOA)).contains(RATE_MET).contains(LESSONS_NOT_MET);
    }

    @Test
    void the_councils_review_screen_shows_each_target_against_its_result() {
        Actor hoa = actor(hoaStaff);
        ScoreSheet sheet = campaigns.current().scoreSheet();
        long id = workflow.openOwn(hoa, campaigns.current()).getId();
        for (Criterion c : sheet.allItems()) {
            BigDecimal score = c.kind() == ScoreSheet.Kind.CRITERION ? c.max().subtract(BigDecimal.ONE) : BigDecimal.ZERO;
            workflow.setSelfScore(hoa, id, c.code(), score);
            if (c.evidenceRequired() && score.signum() > 0) {
                workflow.addEvidence(hoa, id, c.code(), "doc-" + c.code(), c.code() + ".pdf", "application/pdf", 90_000,
                        Evidence.Kind.DOCUMENT);
            }
        }
        workflow.moveTo(hoa, id, sheet.allItems().size());
        workflow.submit(hoa, id);
        reviews.open(actor(sonStaff), id, Stage.TEAM);
        reviews.teamReviewed(actor(sonStaff), id);

        chat.says(MINH, "/duyet");
        chat.pressesFirst(MINH, b -> b.label().startsWith("Lò Thị Hoa"), "Lò Thị Hoa");
        assertThat(all(MINH)).contains("Kết quả so với chỉ tiêu đăng ký:").contains(RATE_MET).contains(LESSONS_NOT_MET);
    }
}
