package vn.thiduabot.bench;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.notification.OutgoingMessage;
import vn.thiduabot.support.MutableClock;

/**
 * How big the database gets in a year of a 2,000-person school, with and without the nightly
 * housekeeping: the same year ({@link SchoolYearRows}, 15/08/2026 to 14/08/2027) is written twice,
 * into a database where the bot's own {@code Housekeeping} runs every night at 02:15, and into one
 * where it never runs. Not a test: {@code mvn -Pbench verify -Dtest=DatabaseSizeBenchmark}; figures in
 * target/bench/database-size.txt.
 */
@SpringBootTest(properties = {"thidua.transport=none", "thidua.reminders.enabled=false"})
class DatabaseSizeBenchmark {

    static final int STAFF = Integer.getInteger("bench.staff", 2000);
    static final LocalDate FIRST = LocalDate.of(2026, 8, 15);
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void db(DynamicPropertyRegistry r) {
        r.add("thidua.data-dir", () -> dir.toString());
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(FIRST.atStartOfDay(ZONE).toInstant(), ZONE);
        }
    }

    @Autowired DataSource dataSource;
    @Autowired MutableClock clock;
    @Autowired Outbox outbox;
    @Autowired ApplicationContext context;

    @Test
    void a_year_of_a_2000_person_school() throws Exception {
        BenchReport report = new BenchReport("database-size", "A year (365 nights) of a " + STAFF + "-person school, SQLite file size "
                + "after a WAL checkpoint; the same rows with and without the nightly housekeeping");
        Function<Instant, Object> stamp = timestampFormat();
        Object housekeeping = context.getBean("housekeeping");
        Method clean = housekeeping.getClass().getMethod("clean");
        clean.setAccessible(true);

        Path without = dir.resolve("without/thidua.db");
        Files.createDirectories(without.getParent());
        String withoutUrl = "jdbc:sqlite:" + without;
        Flyway.configure().dataSource(withoutUrl, null, null).locations("classpath:db/migration/sqlite").load().migrate();

        SchoolYearRows withRows = new SchoolYearRows(STAFF, stamp);
        SchoolYearRows withoutRows = new SchoolYearRows(STAFF, stamp);
        long started = System.nanoTime();
        long cleaning = 0;
        long peakWith = 0;
        try (Connection plain = DriverManager.getConnection(withoutUrl + "?journal_mode=WAL")) {
            plain.setAutoCommit(false);
            Instant setUp = FIRST.atTime(7, 0).atZone(ZONE).toInstant();
            write(c -> withRows.people(c, setUp));
            withoutRows.people(plain, setUp);
            plain.commit();
            for (LocalDate day = FIRST; day.isBefore(FIRST.plusYears(1)); day = day.plusDays(1)) {
                LocalDate today = day;
                write(c -> withRows.day(c, today));
                withoutRows.day(plain, today);
                plain.commit();
                // 02:15 the next night
                Instant night = today.plusDays(1).atTime(2, 15).atZone(ZONE).toInstant();
                clock.advance(Duration.between(clock.instant(), night));
                long t = System.nanoTime();
                clean.invoke(housekeeping);
                cleaning += System.nanoTime() - t;
                if (today.getDayOfMonth() == 1) {
                    peakWith = Math.max(peakWith, sizeOf(dir.resolve("thidua.db")));
                }
            }
            checkpoint(plain);
        }
        try (Connection c = dataSource.getConnection()) {
            checkpoint(c);
        }
        Path with = dir.resolve("thidua.db");
        report.line(String.format("rows written per database: %,d (in %.0f s for both; housekeeping %.1f s over 365 nights)",
                withRows.rows(), (System.nanoTime() - started) / 1e9, cleaning / 1e9));
        report.line("volumes: " + SchoolYearRows.MESSAGES_TO_REGISTER + " messages to register, " + SchoolYearRows.MESSAGES_TO_SELF_ASSESS
                + " to self-assess (" + SchoolYearRows.SCORE_ITEMS + " scores, " + SchoolYearRows.EVIDENCE_PER_PERSON + " evidence files), "
                + SchoolYearRows.EVERYDAY_PEOPLE + " people x " + SchoolYearRows.EVERYDAY_MESSAGES + " messages every day, "
                + "every answer with 2 button tokens and 1 processed update id, reminders/notices to everyone (~25,000 broadcast rows), "
                + "weekly digests, 2 Excel exports a week in Sep/Oct/May (" + SchoolYearRows.EXPORT_BYTES / 1000 + " KB each)");
        report.line("");
        report.line(describe("without housekeeping", without));
        report.line(describe("with housekeeping", with) + String.format(" (largest on the 1st of a month: %.1f MB)", peakWith / 1e6));
        report.line(tables("without", without));
        report.line(tables("with", with));
        Path compact = dir.resolve("compact.db");
        vacuumInto(with, compact);
        report.line(String.format("with housekeeping, compacted (VACUUM INTO a new file): %.1f MB; SQLite keeps freed pages for reuse, "
                + "so the file itself stays at its high-water mark", Files.size(compact) / 1e6));
        report.write();
    }

    interface Work {
        void run(Connection c) throws Exception;
    }

    /** On the application's own (single) connection, in one transaction, handed back before housekeeping needs it. */
    private void write(Work work) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            work.run(c);
            c.commit();
        }
    }

    /** Timestamps exactly as the application stores them: one row through the outbox, read back raw. */
    private Function<Instant, Object> timestampFormat() throws Exception {
        Instant at = clock.instant();
        outbox.enqueue("format-probe", OutgoingMessage.text(1, "probe"));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select typeof(created_at), created_at from outbox_message where idempotency_key = 'format-probe'")) {
            r.next();
            String type = r.getString(1);
            String raw = r.getString(2);
            s.executeUpdate("delete from outbox_message where idempotency_key = 'format-probe'");
            if (type.equals("integer") && Long.parseLong(raw) == at.toEpochMilli()) {
                return Instant::toEpochMilli;
            }
            throw new IllegalStateException("unexpected timestamp storage: " + type + " " + raw + " for " + at);
        }
    }

    private static void checkpoint(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("pragma wal_checkpoint(TRUNCATE)");
        }
    }

    private static void vacuumInto(Path db, Path copy) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("vacuum into '" + copy + "'");
        }
    }

    private static long sizeOf(Path db) throws Exception {
        return Files.size(db) + (Files.exists(Path.of(db + "-wal")) ? Files.size(Path.of(db + "-wal")) : 0);
    }

    private static String describe(String label, Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            long pages = single(s, "pragma page_count");
            long free = single(s, "pragma freelist_count");
            long pageSize = single(s, "pragma page_size");
            return String.format("%s: file %.1f MB, of which in use %.1f MB (free pages %.1f MB)", label, sizeOf(db) / 1e6,
                    (pages - free) * pageSize / 1e6, free * pageSize / 1e6);
        }
    }

    private static String tables(String label, Path db) throws Exception {
        StringBuilder b = new StringBuilder("  rows " + label + ":");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            for (String t : new String[] {"outbox_message", "processed_update", "callback_token", "conversation", "reminder_delivery",
                    "assessment_score", "assessment_evidence", "registration_answer"}) {
                b.append(String.format(" %s %,d;", t, single(s, "select count(*) from " + t)));
            }
        }
        return b.toString();
    }

    private static long single(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
