package vn.thiduabot.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.impl.matchers.GroupMatcher;
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
 * A real Quartz scheduler on the SQLite database: the registration reminder fires once, to exactly
 * the people who have not registered, and not again after a restart; the weekly digest is one cron
 * trigger with a stable key that fires on Monday 07:30 and reaches each reader once per week.
 */
class ReminderDeadlineQuartzTest {

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

    @Configuration
    static class TestClock {
        @Bean
        @Primary
        MutableClock testClock() {
            return clock;
        }
    }

    /** The seed campaign moved to the school year of {@code day}, with the registration deadline on {@code registration}. */
    String campaign(LocalDate day, LocalDate registration) throws IOException {
        Path campaigns = Files.createDirectories(dir.resolve("campaigns"));
        String seed = Files.readString(Path.of("src/test/resources/campaigns/campaign-2023-2024.yml"));
        int year = day.getMonthValue() >= 8 ? day.getYear() : day.getYear() - 1;
        String schoolYear = year + "-" + (year + 1);
        String text = seed.replace("school-year: 2023-2024", "school-year: " + schoolYear)
                .replace("registration: 2023-09-15", "registration: " + registration)
                // the Department's date may not come before the registrations it collects (campaign validation)
                .replace("department-submission: 2023-10-10", "department-submission: " + registration.plusDays(25))
                .replaceAll("(?s)  timeline:.*", "  timeline: []\n");
        Files.writeString(campaigns.resolve("campaign-" + schoolYear + ".yml"), text);
        return schoolYear;
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

    static long person(ConfigurableApplicationContext app, String name, long telegram, Role... roles) {
        StaffMember m = new StaffMember(name, "+8491400" + telegram, null, null, Set.of(roles), Instant.now());
        if (telegram > 0) {
            m.linkTelegram(telegram, telegram, null, Instant.now());
        }
        return app.getBean(StaffRepository.class).save(m).getId();
    }

    static List<Long> remindedChats(ConfigurableApplicationContext app, String occurrence) {
        return app.getBean(JdbcTemplate.class).queryForList(
                "select chat_id from outbox_message where idempotency_key like ? order by chat_id", Long.class,
                "reminder:" + occurrence + ":%");
    }

    /** Until the condition holds, at most {@code max}. */
    static void waitFor(Callable<Boolean> condition, Duration max) {
        await().atMost(max).pollInterval(Duration.ofMillis(50)).until(condition);
    }

    @Test
    void the_registration_reminder_fires_once_to_exactly_those_who_have_not_registered() throws Exception {
        LocalDate d7 = LocalDate.now(VN).plusDays(2);
        String year = campaign(d7, d7.plusDays(7));
        String occurrence = year + ":registration:D-7";
        ZonedDateTime fireAt = ZonedDateTime.of(d7, ReminderCalendar.MORNING, VN);

        // the day before: the school is on the list; one teacher has registered already
        try (ConfigurableApplicationContext app = start(fireAt.minusDays(1).toInstant())) {
            person(app, "Bùi Thị Hương", 9301, Role.TEACHER);
            long minh = person(app, "Đinh Công Minh", 9302, Role.TEACHER);
            person(app, "Cầm Thị Yến", 9303, Role.TEACHER);
            person(app, "Lò Văn Khánh", 0, Role.TEACHER); // not linked: cannot be reached
            Timestamp t = Timestamp.from(Instant.now());
            app.getBean(JdbcTemplate.class).update("insert into registration (staff_id, school_year, title_code, form_answered,"
                    + " has_initiative, status, submitted_at, created_at, updated_at) values (?, ?, 'LDTT', true, false, 'SUBMITTED', ?, ?, ?)",
                    minh, year, t, t, t);
            assertThat(app.getBean(ReminderScheduler.class).isScheduled(occurrence)).isTrue();
        }
        // two seconds before 08:00 on D-7
        try (ConfigurableApplicationContext app = start(fireAt.toInstant().minusSeconds(2))) {
            ReminderService service = app.getBean(ReminderService.class);
            waitFor(() -> service.deliveredCount(occurrence) >= 2, Duration.ofSeconds(30));
            QuartzSettled.settle(app); // and nothing more comes
            assertThat(remindedChats(app, occurrence)).containsExactly(9301L, 9303L);
            assertThat(app.getBean(ReminderScheduler.class).isScheduled(occurrence)).isFalse();
            assertThat(app.getBean(ReminderScheduler.class).isScheduled(year + ":registration:D-3")).isTrue();
        }
        // a restart later that morning sends nothing more
        try (ConfigurableApplicationContext app = start(fireAt.toInstant().plusSeconds(600))) {
            QuartzSettled.settle(app);
            assertThat(remindedChats(app, occurrence)).containsExactly(9301L, 9303L);
        }
    }

    @Test
    void the_weekly_digest_is_one_cron_trigger_that_fires_on_monday_morning_once_a_week() throws Exception {
        LocalDate monday = LocalDate.now(VN).plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        campaign(monday, monday.minusDays(20));
        ZonedDateTime digestAt = ZonedDateTime.of(monday, ReminderService.DIGEST_TIME, VN);
        String week = "digest:" + monday.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR) + "-W"
                + String.format("%02d", monday.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));

        try (ConfigurableApplicationContext app = start(digestAt.toInstant().minusSeconds(3))) {
            person(app, "Lò Thị Hoa", 9311, Role.SECRETARY);
            person(app, "Hà Văn Hùng", 9312, Role.PRINCIPAL);
            person(app, "Bùi Thị Hương", 9313, Role.TEACHER);
            Scheduler quartz = app.getBean(Scheduler.class);
            assertThat(quartz.getTriggerKeys(GroupMatcher.triggerGroupEquals(ReminderScheduler.DIGEST_GROUP)))
                    .containsExactly(ReminderScheduler.DIGEST_TRIGGER);
            CronTrigger cron = (CronTrigger) quartz.getTrigger(ReminderScheduler.DIGEST_TRIGGER);
            assertThat(cron.getTimeZone().getID()).isEqualTo("Asia/Ho_Chi_Minh");
            // on the bot's clock the next firing is Monday 07:30
            Duration skew = Duration.between(Instant.now(), clock.instant());
            Instant botNext = cron.getNextFireTime().toInstant().plus(skew);
            assertThat(Duration.between(digestAt.toInstant(), botNext).abs()).isLessThan(Duration.ofSeconds(3));

            ReminderService service = app.getBean(ReminderService.class);
            waitFor(() -> service.deliveredCount(week) >= 1, Duration.ofSeconds(30));
            QuartzSettled.settle(app);
            assertThat(remindedChats(app, week)).as("the secretary; the principal has nothing to decide").containsExactly(9311L);

            quartz.triggerJob(ReminderScheduler.DIGEST_JOB); // a second firing in the same week
            QuartzSettled.settle(app); // it has fired
            assertThat(remindedChats(app, week)).containsExactly(9311L);
        }
        // restarted: still one digest trigger, still Monday 07:30 on the bot's clock, nobody told twice
        try (ConfigurableApplicationContext app = start(digestAt.toInstant().plusSeconds(3600))) {
            Scheduler quartz = app.getBean(Scheduler.class);
            assertThat(quartz.getTriggerKeys(GroupMatcher.triggerGroupEquals(ReminderScheduler.DIGEST_GROUP)))
                    .containsExactly(ReminderScheduler.DIGEST_TRIGGER);
            Date next = quartz.getTrigger(ReminderScheduler.DIGEST_TRIGGER).getNextFireTime();
            Instant botNext = next.toInstant().plus(Duration.between(Instant.now(), clock.instant()));
            assertThat(Duration.between(digestAt.plusWeeks(1).toInstant(), botNext).abs()).isLessThan(Duration.ofSeconds(3));
            QuartzSettled.settle(app);
            assertThat(remindedChats(app, week)).containsExactly(9311L);
        }
    }
}
