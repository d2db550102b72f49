package vn.thiduabot.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thiduabot.ThiDuaBotApplication;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.StaffMember;
import vn.thiduabot.staff.StaffRepository;
import vn.thiduabot.support.MutableClock;

/**
 * A real Quartz scheduler on the SQLite database, across restarts: a reminder reaches each person
 * once, also when its time passed while the bot was down, and also when the bot starts twice. (A double firing of
 * one occurrence, which needs no scheduler running, is {@link ReminderDoubleFireTest}, on the shared application.)
 */
class ReminderQuartzTest {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static MutableClock clock;

    @TempDir
    Path dir;

    /** Where the bot keeps its data: nothing extra for SQLite in {@link #dir}; a PostgreSQL variant gives a database of its own. */
    List<String> database = List.of();

    List<String> newDatabase() {
        return List.of();
    }

    @BeforeEach
    void freshDatabase() {
        database = newDatabase();
    }

    ZonedDateTime fireAt;
    String occurrence;

    @Configuration
    static class TestClock {
        @Bean
        @Primary
        MutableClock testClock() {
            return clock;
        }
    }

    @BeforeEach
    void campaignWithATimelineItemToday() throws IOException {
        // The timeline notice fires at 08:00 (bot time) of its day. The bot's clock is set just
        // before that; Quartz converts to machine time, so the test waits seconds, not hours.
        LocalDate day = LocalDate.now(VN).plusDays(2);
        fireAt = ZonedDateTime.of(day, ReminderCalendar.MORNING, VN);
        Path campaigns = Files.createDirectories(dir.resolve("campaigns"));
        String seed = Files.readString(Path.of("src/test/resources/campaigns/campaign-2023-2024.yml"));
        int year = day.getMonthValue() >= 8 ? day.getYear() : day.getYear() - 1;
        String schoolYear = year + "-" + (year + 1);
        String text = seed.replace("school-year: 2023-2024", "school-year: " + schoolYear)
                .replaceAll("(?s)  timeline:.*", "  timeline:\n    - date: " + day + "\n      title: Hội nghị sơ kết học kỳ I\n");
        Files.writeString(campaigns.resolve("campaign-" + schoolYear + ".yml"), text);
        occurrence = schoolYear + ":timeline:" + day + ":1";
    }

    ConfigurableApplicationContext start(Instant botNow) {
        clock = new MutableClock(botNow, VN);
        return new SpringApplicationBuilder(ThiDuaBotApplication.class, TestClock.class)
                .web(WebApplicationType.NONE)
                .run(Stream.concat(Stream.of("--thidua.transport=none", "--thidua.reminders.enabled=true",
                        "--thidua.data-dir=" + dir,
                        "--thidua.campaign-dir=" + dir.resolve("campaigns"),
                        "--thidua.reminders.quiet-start=00:00", "--thidua.reminders.quiet-end=00:00",
                        "--spring.quartz.properties.org.quartz.scheduler.idleWaitTime=1000"),
                        database.stream()).toArray(String[]::new));
    }

    static void linkedTeachers(ConfigurableApplicationContext app, int n) {
        StaffRepository staff = app.getBean(StaffRepository.class);
        for (int i = 1; i <= n; i++) {
            StaffMember m = new StaffMember("Giáo viên " + i, "+8491200010" + i, null, null, Set.of(Role.TEACHER), Instant.now());
            m.linkTelegram(9000 + i, 9000 + i, null, Instant.now());
            staff.save(m);
        }
        StaffMember notLinked = new StaffMember("Chưa liên kết", "+84912000199", null, null, Set.of(Role.TEACHER), Instant.now());
        staff.save(notLinked);
    }

    static int reminderRows(ConfigurableApplicationContext app) {
        return app.getBean(JdbcTemplate.class)
                .queryForObject("select count(*) from outbox_message where idempotency_key like 'reminder:%'", Integer.class);
    }

    /** Until the condition holds, at most {@code max}. */
    static void waitFor(Callable<Boolean> condition, Duration max) {
        await().atMost(max).pollInterval(Duration.ofMillis(50)).until(condition);
    }

    @Test
    void a_reminder_fires_once_to_each_linked_person() throws Exception {
        try (ConfigurableApplicationContext app = start(fireAt.toInstant().minusSeconds(2))) {
            linkedTeachers(app, 3);
            waitFor(() -> app.getBean(ReminderService.class).deliveredCount(occurrence) == 3, Duration.ofSeconds(20));
            QuartzSettled.settle(app); // and nothing more comes
            assertThat(reminderRows(app)).isEqualTo(3);
            assertThat(app.getBean(ReminderScheduler.class).isScheduled(occurrence)).isFalse();
        }
    }

    @Test
    void down_at_reminder_time_then_up_sends_it_once_and_a_second_start_sends_nothing() throws Exception {
        Date due;
        try (ConfigurableApplicationContext app = start(fireAt.toInstant().minusSeconds(3))) {
            linkedTeachers(app, 2);
            assertThat(app.getBean(ReminderScheduler.class).isScheduled(occurrence)).isTrue();
            due = app.getBean(Scheduler.class).getTrigger(TriggerKey.triggerKey(occurrence, ReminderScheduler.GROUP)).getNextFireTime();
        } // stopped before the reminder time
        waitFor(() -> System.currentTimeMillis() > due.getTime(), Duration.ofSeconds(10)); // the reminder time passes while down
        try (ConfigurableApplicationContext app = start(fireAt.toInstant().plusSeconds(1))) {
            waitFor(() -> app.getBean(ReminderService.class).deliveredCount(occurrence) == 2, Duration.ofSeconds(20));
            QuartzSettled.settle(app);
            assertThat(reminderRows(app)).isEqualTo(2);
        }
        try (ConfigurableApplicationContext app = start(fireAt.toInstant().plusSeconds(30))) {
            QuartzSettled.settle(app);
            assertThat(reminderRows(app)).isEqualTo(2);
            assertThat(app.getBean(ReminderScheduler.class).isScheduled(occurrence)).isFalse();
        }
    }
}
