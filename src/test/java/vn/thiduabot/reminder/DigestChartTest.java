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

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.chat.UpdateIntake;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.notification.OutgoingMessage;
import vn.thiduabot.report.ProgressChart.Series;
import vn.thiduabot.report.ProgressChartRenderer;
import vn.thiduabot.support.BotTest;
import vn.thiduabot.support.ChatDriver;
import vn.thiduabot.support.ClockAt;
import vn.thiduabot.support.MutableClock;

/**
 * The digest's chart (issue 13): the secretary's Monday digest and /tonghop carry a photo of the numbers the
 * text gives, per team and, in May, per rating band; the principal's short digest does not.
 */
@BotTest
@TestPropertySource(properties = BotTest.CAMPAIGNS_2023)
@ClockAt("2023-09-01T02:00:00Z")
class DigestChartTest {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String YEAR = "2023-2024";
    static final Pattern TEAM_LINE = Pattern.compile("(?m)^• (.+): (\\d+)/(\\d+)$");

    @Autowired ApplicationContext context;
    @Autowired ReminderService reminders;
    @Autowired Outbox outbox;
    @Autowired Texts texts;
    @Autowired MutableClock clock;
    @Autowired UpdateIntake intake;
    @Autowired JdbcTemplate jdbc;
    @Autowired Digest digest;
    @Autowired Campaigns campaigns;
    @Autowired ProgressChartRenderer charts;

    SeedSchool school;
    ChatDriver chat;

    @BeforeEach
    void school() {
        chat = new ChatDriver(intake, outbox);
        school = new SeedSchool(context);
        school.seed();
        school.clearWork();
    }

    @Test
    void in_november_the_secretarys_monday_digest_carries_a_chart_of_the_registrations_it_counts_per_team() throws Exception {
        Instant before = Instant.parse("2023-09-05T03:00:00Z");
        school.registered(HUONG, YEAR, before);
        school.registered(HOA, YEAR, before);
        school.registered(YEN, YEAR, before);
        fireAt("digest:2023-W47", "2023-11-20T07:30");

        List<OutgoingMessage> hoa = outbox.queuedFor(HOA);
        OutgoingMessage photo = photoOf(hoa);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(photo.file().base64Content())));
        assertThat(png.getWidth()).isEqualTo(800);
        assertThat(png.getHeight()).isEqualTo(500);

        String text = text(hoa);
        ProgressChartRenderer.Charts drawn = chartNow();
        Map<String, long[]> written = teamLines(text);
        assertThat(written).containsKeys(TOAN, VAN).hasSize(drawn.teamData().getColumnCount());
        written.forEach((team, n) -> {
            assertThat(count(drawn.teamData(), Series.REGISTERED, team)).as(team).isEqualTo(n[0]);
            assertThat(count(drawn.teamData(), Series.REGISTERED, team) + count(drawn.teamData(), Series.NOT_REGISTERED, team))
                    .as(team).isEqualTo(n[1]);
        });
        assertThat(written.get(TOAN)).containsExactly(1, 4);
        assertThat(drawn.bandData()).as("nothing approved yet: no rating bands").isNull();
        assertThat(text).doesNotContain(vi("reminder.digest.self-bands", ""));

        assertThat(outbox.queuedFor(HUNG)).as("the principal's digest has no chart").allSatisfy(m -> assertThat(m.file()).isNull());
    }

    @Test
    void in_may_the_chart_and_the_text_give_the_same_self_assessments_per_status_and_approved_scores_per_band() throws Exception {
        Instant at = Instant.parse("2024-05-10T03:00:00Z");
        school.selfAssessment(HUONG, TOAN, YEAR, "APPROVED", false, at);
        approve(HUONG, "92", "A", "Xuất sắc");
        school.selfAssessment(MINH, TOAN, YEAR, "APPROVED", false, at);
        approve(MINH, "80", "B", "Tốt");
        school.selfAssessment(SON, TOAN, YEAR, "REVIEWED", false, at);
        school.selfAssessment(YEN, VAN, YEAR, "SUBMITTED", false, at);
        school.selfAssessment(HOA, SeedSchool.VP, YEAR, "DRAFT", false, at);
        fireAt("digest:2024-W22", "2024-05-27T07:30");

        String text = text(outbox.queuedFor(HOA));
        photoOf(outbox.queuedFor(HOA));
        ProgressChartRenderer.Charts drawn = chartNow();
        CategoryDataset teams = drawn.teamData();
        long started = 0;
        List<String> perStatus = new ArrayList<>();
        for (Series s : List.of(Series.DRAFT, Series.SUBMITTED, Series.RETURNED, Series.REVIEWED, Series.APPROVED)) {
            long sum = 0;
            for (int c = 0; c < teams.getColumnCount(); c++) {
                sum += teams.getValue(s, teams.getColumnKey(c)).longValue();
            }
            started += sum;
            perStatus.add(String.valueOf(sum));
        }
        assertThat(perStatus).containsExactly("1", "1", "0", "1", "2");
        List<Object> selfCounts = new ArrayList<>();
        selfCounts.add(String.valueOf(7 - started));
        selfCounts.addAll(perStatus);
        assertThat(text).contains(vi("reminder.digest.self-counts", selfCounts.toArray()));
        assertThat(count(teams, Series.APPROVED, TOAN)).isEqualTo(2);
        assertThat(count(teams, Series.REVIEWED, TOAN)).isEqualTo(1);
        assertThat(count(teams, Series.SUBMITTED, VAN)).isEqualTo(1);

        CategoryDataset bands = drawn.bandData();
        String perBand = java.util.stream.IntStream.range(0, bands.getColumnCount())
                .mapToObj(c -> vi("reminder.digest.self-band", bands.getColumnKey(c), String.valueOf(bands.getValue(0, c).longValue())))
                .collect(Collectors.joining(" · "));
        assertThat(text).contains(vi("reminder.digest.self-bands", perBand))
                .contains(vi("reminder.digest.self-bands", "Xuất sắc 1 · Tốt 1 · Hoàn thành 0 · Không hoàn thành 0"));

        chat.says(HOA, "/tonghop");
        List<OutgoingMessage> again = outbox.queuedFor(HOA);
        assertThat(again.stream().filter(m -> m.file() != null)).as("/tonghop carries the chart too").hasSize(2);
        assertThat(again.get(again.size() - 1).file()).isNotNull();
    }

    @Test
    void a_digest_too_long_for_a_caption_goes_first_and_the_chart_follows_it_with_its_own_caption() {
        vn.thiduabot.staff.Team toan = context.getBean(vn.thiduabot.staff.TeamRepository.class).findByNameIgnoreCase(TOAN).orElseThrow();
        List<vn.thiduabot.staff.StaffMember> many = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.add(new vn.thiduabot.staff.StaffMember(String.format("Giáo viên hợp đồng số %03d", i), String.format("+8498700%04d", i),
                    toan, null, java.util.Set.of(vn.thiduabot.people.Role.TEACHER), Instant.now()));
        }
        context.getBean(vn.thiduabot.staff.StaffRepository.class).saveAll(many);
        try {
            fireAt("digest:2023-W47", "2023-11-20T07:30");
            List<OutgoingMessage> hoa = outbox.queuedFor(HOA);
            assertThat(hoa.size()).isGreaterThanOrEqualTo(2);
            OutgoingMessage last = hoa.get(hoa.size() - 1);
            assertThat(last.file().kind()).isEqualTo(OutgoingMessage.FileRef.Kind.PHOTO);
            assertThat(last.text()).isEqualTo(vi("chart.digest.caption", YEAR, "20/11/2023"));
            assertThat(hoa.subList(0, hoa.size() - 1)).allSatisfy(m -> assertThat(m.file()).isNull());
            assertThat(hoa.get(0).text()).startsWith(vi("reminder.digest.header", YEAR, "20/11/2023")).contains("• " + TOAN + ": 0/64");
        } finally {
            jdbc.update("delete from staff_member where phone like '+8498700%'");
        }
    }

    // --- helpers -------------------------------------------------------------------------------------

    private void fireAt(String occurrence, String localDateTime) {
        Instant at = LocalDateTime.parse(localDateTime).atZone(VN).toInstant();
        clock.advance(Duration.between(clock.instant(), at));
        reminders.fire(occurrence);
    }

    /** The chart the digest drew, drawn again from the same query at the same moment. */
    private ProgressChartRenderer.Charts chartNow() {
        return charts.charts(digest.facts(campaigns.current()).figures(), Texts.VIETNAMESE);
    }

    private void approve(long telegram, String score, String code, String name) {
        jdbc.update("update self_assessment set final_score = ?, final_band_code = ?, final_band_name = ?, decided_at = submitted_at"
                + " where staff_id = (select id from staff_member where telegram_user_id = ?)", score, code, name, telegram);
    }

    /** The one photo among a person's digest messages: the last of them (the caption, or after the text). */
    private static OutgoingMessage photoOf(List<OutgoingMessage> messages) {
        assertThat(messages.stream().filter(m -> m.file() != null)).hasSize(1);
        OutgoingMessage last = messages.get(messages.size() - 1);
        assertThat(last.file().kind()).isEqualTo(OutgoingMessage.FileRef.Kind.PHOTO);
        assertThat(last.file().base64Content()).isNotBlank();
        assertThat(last.text().length()).isLessThanOrEqualTo(1024);
        return last;
    }

    private static String text(List<OutgoingMessage> messages) {
        return messages.stream().map(OutgoingMessage::text).collect(Collectors.joining("\n"));
    }

    /** The digest's "per team" lines: team, registered, members. */
    private static Map<String, long[]> teamLines(String text) {
        Map<String, long[]> out = new LinkedHashMap<>();
        Matcher m = TEAM_LINE.matcher(text);
        while (m.find()) {
            out.put(m.group(1), new long[] {Long.parseLong(m.group(2)), Long.parseLong(m.group(3))});
        }
        return out;
    }

    private static long count(CategoryDataset set, Series row, String column) {
        return set.getValue(row, column).longValue();
    }

    private String vi(String key, Object... args) {
        return texts.get(Texts.VIETNAMESE, key, args);
    }
}
