package vn.thiduabot.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thiduabot.reminder.SeedSchool.HOA;
import static vn.thiduabot.reminder.SeedSchool.HUNG;
import static vn.thiduabot.reminder.SeedSchool.HUONG;
import static vn.thiduabot.reminder.SeedSchool.MINH;
import static vn.thiduabot.reminder.SeedSchool.SON;
import static vn.thiduabot.reminder.SeedSchool.TOAN;
import static vn.thiduabot.reminder.SeedSchool.VAN;
import static vn.thiduabot.reminder.SeedSchool.YEN;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.notification.OutgoingMessage;
import vn.thiduabot.support.BotTest;
import vn.thiduabot.support.ClockAt;
import vn.thiduabot.support.MutableClock;

/**
 * The mid-year review of the seed school year 2023-2024 (conference 15/01/2024, tagged "mid-year" in the campaign
 * file): on 12/01 at 08:00 each team leader reads the team's progress, the principal every team's; teachers and the
 * secretary get nothing; a second firing sends nothing new.
 */
@BotTest
@TestPropertySource(properties = BotTest.CAMPAIGNS_2023)
@ClockAt("2024-01-10T02:00:00Z")
class MidYearReviewTest {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String YEAR = "2023-2024";

    @Autowired ApplicationContext context;
    @Autowired ReminderService reminders;
    @Autowired Campaigns campaigns;
    @Autowired Outbox outbox;
    @Autowired MutableClock clock;
    SeedSchool school;

    @BeforeEach
    void school() {
        school = new SeedSchool(context);
        school.seed();
        school.clearWork();
    }

    @Test
    void the_review_is_planned_three_days_before_the_conference_the_campaign_tags() {
        assertThat(ReminderCalendar.plan(campaigns.current())).filteredOn(o -> o.kind() == ReminderKind.MID_YEAR_REVIEW)
                .singleElement().satisfies(o -> {
                    assertThat(o.id()).isEqualTo(YEAR + ":mid-year:2024-01-15");
                    assertThat(o.fireAt().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2024-01-12T08:00"));
                });
    }

    @Test
    void leaders_read_their_teams_progress_and_the_principal_every_teams() {
        Instant sept = Instant.parse("2023-09-10T03:00:00Z");
        school.registered(HUONG, YEAR, sept);
        school.registered(SON, YEAR, sept);
        school.draftRegistration(MINH, YEAR, sept); // a draft is not a registration
        school.collectiveRegistered(VAN, YEN, YEAR, sept);
        school.nominated(HUONG, TOAN, YEAR, "2023-Q4", "INTRODUCED", "Nguyễn Văn A", Instant.parse("2023-12-01T03:00:00Z"));
        school.nominated(MINH, TOAN, YEAR, "2023-Q4", "COUNCIL_REJECTED", "Nguyễn Văn B", Instant.parse("2023-12-02T03:00:00Z"));
        school.nominated(MINH, TOAN, YEAR, "2023-Q4", "DRAFT", "Nguyễn Văn C", Instant.parse("2023-12-03T03:00:00Z"));

        fire("2024-01-12T08:00");

        String son = String.join("\n", texts(SON));
        assertThat(son).startsWith("📊 Sơ kết học kỳ I năm học 2023-2024 (hội nghị ngày 15/01/2024): tình hình thi đua của tổ.")
                .contains("🏷 " + TOAN)
                .contains("• Đăng ký thi đua: 2/4 thầy cô đã gửi; chưa gửi: Lò Văn Khánh, Đinh Công Minh")
                .contains("• Chỉ tiêu cá nhân đã đăng ký: 0 chỉ tiêu của 2 thầy cô")
                .contains("• Đăng ký danh hiệu tập thể: chưa gửi")
                .contains("• Gương điển hình theo quý: quý 4/2023: đề xuất 2, được giới thiệu 1")
                .doesNotContain(VAN);
        assertThat(String.join("\n", texts(YEN))).contains("🏷 " + VAN).contains("“Tập thể lao động tiên tiến”").doesNotContain(TOAN);

        String principal = String.join("\n", texts(HUNG));
        assertThat(principal).startsWith("📊 Sơ kết học kỳ I năm học 2023-2024 (hội nghị ngày 15/01/2024): tình hình thi đua của các tổ.")
                .contains("🏷 " + TOAN).contains("🏷 " + VAN);
        assertThat(texts(HUONG)).as("a teacher").isEmpty();
        assertThat(texts(HOA)).as("the secretary").isEmpty();

        assertThat(reminders.fire(YEAR + ":mid-year:2024-01-15")).isEqualTo(new ReminderService.Outcome.Done(0));
    }

    @Test
    void where_results_were_entered_the_teams_lines_count_the_targets_met_so_far() {
        Instant sept = Instant.parse("2023-09-10T03:00:00Z");
        school.registered(HUONG, YEAR, sept);
        school.registered(SON, YEAR, sept);
        school.targetResult(HUONG, YEAR, "pass-rate", "85", "85");     // 85 against 85: met
        school.targetResult(SON, YEAR, "pass-rate", "85", "84.9");     // 84.9 against 85: not met
        school.targetResult(SON, YEAR, "good-lessons", "3", null);     // no result yet: not counted
        school.collectiveRegistered(VAN, YEN, YEAR, sept);

        fire("2024-01-12T08:00");

        assertThat(String.join("\n", texts(SON))).contains("• Kết quả so với chỉ tiêu (tạm tính, theo kết quả đã nhập): "
                + "chỉ tiêu của tổ 0/0 chỉ tiêu đạt; chỉ tiêu cá nhân 1/2 chỉ tiêu đạt.");
        assertThat(String.join("\n", texts(YEN))).as("no result entered in the team").doesNotContain("Kết quả so với chỉ tiêu");
    }

    private void fire(String local) {
        Instant at = LocalDateTime.parse(local).atZone(VN).toInstant();
        clock.advance(Duration.between(clock.instant(), at));
        assertThat(reminders.fire(YEAR + ":mid-year:2024-01-15")).isInstanceOf(ReminderService.Outcome.Done.class);
    }

    private List<String> texts(long chat) {
        return outbox.queuedFor(chat).stream().map(OutgoingMessage::text).toList();
    }
}
