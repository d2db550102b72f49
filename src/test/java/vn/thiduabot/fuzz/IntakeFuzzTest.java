package vn.thiduabot.fuzz;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thiduabot.chat.FileFetcher;
import vn.thiduabot.chat.Incoming;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.chat.UpdateIntake;
import vn.thiduabot.e2e.LogCapture;
import vn.thiduabot.staff.StaffRepository;
import vn.thiduabot.staff.TeamRepository;
import vn.thiduabot.support.MutableClock;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import vn.thiduabot.support.BotTest;
import vn.thiduabot.support.ClockAt;

/**
 * Five thousand random updates through the real intake, from the staff of a small school and from
 * strangers, over three stretches of the 2023-2024 year (registration in September, the first
 * quarter's nominations in December, self-assessment in May). Afterwards nobody who wrote in a private
 * chat was left without an answer, nothing was logged at ERROR, the database is intact and the
 * school's rules hold in the tables ({@link Invariants}).
 *
 * <p>About a third of the staff's updates are diligent ({@link GoingForward}: press the button that moves
 * on, answer the question, start the flow of the season), so dialogs get deep; the rest is noise
 * ({@link RandomUpdates}). Edited messages never reach the intake: Telegram is not even asked for them
 * ({@code TelegramPolling.ALLOWED_UPDATES}) and {@code UpdateMapper} drops them (see TelegramTransportTest).
 * Durability is switched off for speed (synchronous=OFF); the chaos benchmark covers crashes.
 *
 * <p>Seeded: a failure prints the seed; {@code -Dthidua.fuzz.seed=N} replays it and
 * {@code -Dthidua.fuzz.updates=N} changes the number of updates.
 */
@BotTest
@TestPropertySource(properties = BotTest.CAMPAIGNS_2023)
@ClockAt("2023-09-05T01:00:00Z") // STRETCHES.get(0)
@Import(IntakeFuzzTest.Fakes.class)
@DirtiesContext // a database of its own without durability, and a file fetcher of its own
class IntakeFuzzTest {

    static final long SEED = Long.getLong("thidua.fuzz.seed", 20261130L);
    static final int UPDATES = Integer.getInteger("thidua.fuzz.updates", 5_000);
    /** Registration open, first-quarter nominations due, self-assessment open (08:00 in Vietnam). */
    static final List<Instant> STRETCHES = List.of(Instant.parse("2023-09-05T01:00:00Z"), Instant.parse("2023-12-04T01:00:00Z"),
            Instant.parse("2024-05-06T01:00:00Z"));

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void db(DynamicPropertyRegistry r) {
        // durability is not what this test is about: without a sync per commit 5,000 updates take seconds, not minutes
        r.add("spring.datasource.url", () -> "jdbc:sqlite:" + dir + "/thidua.db?journal_mode=WAL&busy_timeout=15000"
                + "&foreign_keys=true&synchronous=OFF");
    }

    @TestConfiguration
    static class Fakes {
        /** Telegram's getFile: some files are gone, the others are a few random bytes (never a valid workbook). */
        @Bean
        FileFetcher fuzzFileFetcher() {
            return (fileId, maxBytes) -> {
                Random r = new Random(fileId.hashCode());
                if (r.nextInt(5) == 0) {
                    throw new IOException("Bad Request: file is temporarily unavailable");
                }
                byte[] bytes = new byte[(int) Math.min(maxBytes, r.nextInt(4096))];
                r.nextBytes(bytes);
                return bytes;
            };
        }
    }

    @Autowired UpdateIntake intake;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired StaffRepository staff;
    @Autowired TeamRepository teams;
    @Autowired MutableClock clock;
    @Autowired Texts texts;

    /** Buttons that move a dialog forward, pressed by the fuzzer's diligent side (see {@link GoingForward}). */
    static final List<String> FORWARD_KEYS = List.of("registration.yes", "registration.button.submit", "registration.skip",
            "registration.initiative.no", "scoring.self.done-button", "scoring.self.submit-button", "scoring.self.resubmit-button",
            "scoring.review.walk-button", "scoring.review.team-done-button", "scoring.review.pass-button", "scoring.review.next-button",
            "scoring.approval.approve-button", "scoring.approval.confirm-yes", "nomination.send-button", "nomination.evidence.skip-button",
            "nomination.evidence.done-button", "nomination.team.confirm-button", "nomination.council.pass-button",
            "nomination.principal.introduce-button", "commendation.decide.approve-button");

    @Test
    void staffAndStrangersSendAnythingAndTheSchoolStaysConsistent() {
        FuzzSchool.seed(tx, staff, teams, clock.instant());
        Set<String> forward = new HashSet<>();
        for (java.util.Locale locale : List.of(Texts.VIETNAMESE, Texts.ENGLISH)) {
            FORWARD_KEYS.forEach(key -> forward.add(texts.get(locale, key)));
        }
        RandomUpdates updates = new RandomUpdates(SEED, jdbc, 50_000_000L, forward);
        Invariants invariants = new Invariants(jdbc);
        Map<Long, RandomUpdates.Drawn> unanswered = new LinkedHashMap<>();
        Map<Long, RandomUpdates.Drawn> all = new LinkedHashMap<>();
        List<Long> sentIds = new ArrayList<>();
        Map<String, Long> profile = new java.util.TreeMap<>();
        long started = System.nanoTime();
        long cpuStarted = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        SoftAssertions soft = new SoftAssertions();
        try (LogCapture log = LogCapture.of(org.slf4j.Logger.ROOT_LOGGER_NAME)) {
            for (int i = 0; i < UPDATES; i++) {
                // a quarter of the updates in September, a quarter in December, half in May (the longest dialogs)
                int stretch = i < UPDATES / 4 ? 0 : i < UPDATES / 2 ? 1 : 2;
                if (clock.instant().isBefore(STRETCHES.get(stretch))) {
                    updates.rememberIssuedTokens();
                    updates.stretch(stretch);
                    clock.advance(Duration.between(clock.instant(), STRETCHES.get(stretch)));
                }
                clock.advance(Duration.ofSeconds(updates.random().nextInt(600)));
                RandomUpdates.Drawn next = updates.next();
                RandomUpdates.Drawn drawn = new RandomUpdates.Drawn(next.incoming(), next.who(),
                        next.what() + " (" + updates.stateOf(next.who()) + ", at " + clock.instant() + ")");
                long outboxBefore = invariants.lastOutboxId();
                long t0 = System.nanoTime();
                UpdateIntake.Outcome outcome = intake.process(drawn.incoming());
                profile.merge(category(next.what()), System.nanoTime() - t0, Long::sum);
                sentIds.add(drawn.incoming().updateId());
                all.put(drawn.incoming().updateId(), drawn);
                if (needsAnswer(drawn.incoming()) && (outcome.callbackAnswer() == null || outcome.callbackAnswer().isBlank())
                        && invariants.rowsFor(drawn.incoming().chatId(), outboxBefore) == 0) {
                    unanswered.put(drawn.incoming().updateId(), drawn);
                }
                if (i % 97 == 0) {
                    // Telegram re-delivers an update now and then: it must be ignored, not handled twice
                    soft.assertThat(intake.process(drawn.incoming()).duplicate()).as(seed("re-delivered update %d", drawn.incoming().updateId()))
                            .isTrue();
                }
            }
            System.out.printf("IntakeFuzzTest: %d updates (seed %d) in %d ms, %d ms of CPU on the test thread%n", UPDATES, SEED,
                    Duration.ofNanos(System.nanoTime() - started).toMillis(),
                    (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStarted) / 1_000_000);
            invariants.coverage().forEach(line -> System.out.println("  reached: " + line));
            profile.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                    .forEach(e -> System.out.printf("  %6d ms in the intake for: %s%n", e.getValue() / 1_000_000, e.getKey()));

            List<String> errors = log.events().stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                    .map(e -> describe(e, all)).distinct().limit(15).toList();
            soft.assertThat(errors).as(seed("ERROR lines logged")).isEmpty();
        }

        List<String> silent = unanswered.entrySet().stream()
                .map(e -> e.getKey() + " from " + e.getValue().who().name() + ": " + e.getValue().what()).limit(20).toList();
        soft.assertThat(silent).as(seed("private-chat updates that got neither a message nor a button answer")).isEmpty();
        soft.assertThat(invariants.unrecorded(sentIds)).as(seed("update ids not recorded as processed")).isEmpty();

        Set<Long> allowed = new HashSet<>(FuzzSchool.STAFF.stream().map(FuzzSchool.Person::telegram).collect(Collectors.toSet()));
        soft.assertThat(invariants.violations(allowed)).as(seed("broken rules in the database")).isEmpty();
        soft.assertAll();
    }

    /** "starts a flow: \"/decu\" (...)" -> "starts a flow /decu"; "photo (...)" -> "photo". */
    private static String category(String what) {
        String head = what.split("[:(]", 2)[0].trim();
        if (what.startsWith("starts a flow")) {
            return head + " " + what.split("\"")[1];
        }
        return head;
    }

    /** A private-chat update must be answered; in a group the bot answers only commands, and only there. */
    private static boolean needsAnswer(Incoming in) {
        return in.privateChat();
    }

    /** The log line, the first lines of its stack trace, and which update (who sent what) it was about. */
    private static String describe(ILoggingEvent e, Map<Long, RandomUpdates.Drawn> updates) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Update (\\d+)").matcher(e.getFormattedMessage());
        RandomUpdates.Drawn d = m.find() ? updates.get(Long.parseLong(m.group(1))) : null;
        String which = d == null ? "" : " [the update: " + d.who().name() + " " + d.what() + "]";
        String cause = e.getThrowableProxy() == null ? "" : " | " + ThrowableProxyUtil.asString(e.getThrowableProxy()).lines()
                .filter(l -> l.contains("Exception") || l.contains("Error") || l.contains("vn.thiduabot")).limit(6)
                .collect(Collectors.joining(" | "));
        return e.getLoggerName() + ": " + e.getFormattedMessage() + which + cause;
    }

    private static String seed(String what, Object... args) {
        return String.format(what, args) + " [fuzz seed " + SEED + ", " + UPDATES + " updates; replay with -Dthidua.fuzz.seed=" + SEED + "]";
    }
}
