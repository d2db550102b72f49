package vn.thiduabot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thiduabot.telegram.Await;
import vn.thiduabot.telegram.FakeBotApi;
import vn.thiduabot.telegram.FakeUser;

/**
 * 600 requests from 30 linked staff while Telegram misbehaves (5% of sends answered 429 with
 * retry_after 1, 2% answered 502 by its front proxy) and the bot is killed with SIGKILL twice under
 * load, then restarted on the same database, as after a power cut. Telegram keeps unconfirmed updates
 * (getUpdates offset), so nothing the staff sent may be lost; an answer already handed to Telegram
 * when the process died may be sent again once (at most one duplicate per kill).
 *
 * <p>Each request is an unknown command tagged with its number ("/bench_17_x"): the bot's answer
 * quotes it, so every answer is matched to its request exactly. Not a test: {@code mvn -Pbench verify}.
 */
class ChaosBenchmark {

    static final int STAFF = 30;
    static final int REQUESTS = Integer.getInteger("bench.chaos.requests", 600);
    /**
     * Five requests a second in all (each person every 6 s), so the load lasts about two minutes: long enough
     * for both kills to fall while requests keep coming even when a restart takes 40 s on a busy machine.
     */
    static final Duration GAP = Duration.ofMillis(200);
    static final long SEED = Long.getLong("bench.chaos.seed", 42L);
    /** A round trip to the Bot API, e.g. -Dbench.chaos.latency-ms=150 for a server far from Telegram's; 0 by default. */
    static final Duration LATENCY = Duration.ofMillis(Long.getLong("bench.chaos.latency-ms", 0L));
    static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    static final Duration UP_BEFORE_SECOND_KILL = Duration.ofSeconds(5);

    @TempDir
    Path school;

    @Test
    void killedTwiceUnderLoadWhileTelegramFails() throws Exception {
        BenchReport report = new BenchReport("chaos", REQUESTS + " requests from " + STAFF + " linked staff; the Bot API answers 5% of"
                + " sends with 429 (retry_after 1) and 2% with 502; the bot (its own process) is killed with SIGKILL once "
                + REQUESTS / 3 + " requests are out, and again once " + 2 * REQUESTS / 3 + " are out and it has worked "
                + UP_BEFORE_SECOND_KILL.toSeconds() + " s since the first restart; each time it is restarted at once on the same database.");
        try (FakeBotApi fake = FakeBotApi.start()) {
            List<FakeUser> staff = prepareSchool(fake);
            SchoolDatabase database = new SchoolDatabase(school.resolve("data/thidua.db"));
            BotProcess bot = new BotProcess(school, fake, "--thidua.reminders.enabled=false", "--thidua.telegram.long-poll-seconds=1",
                    "--thidua.outbox.poll-millis=200");
            try {
                report.line("first start: " + bot.start(START_TIMEOUT).toMillis() + " ms to polling");
                link(fake, staff);
                fake.failSendsRandomly(0.05, 1, 0.02, SEED);
                fake.latency(LATENCY);
                report.line("one request every " + GAP.toMillis() + " ms, in turn from each person; Bot API round trip added by the fake: "
                        + LATENCY.toMillis() + " ms");

                Map<Integer, Instant> sentAt = new ConcurrentHashMap<>();
                Map<Integer, Integer> updateIds = new ConcurrentHashMap<>();
                List<String> restarts = new CopyOnWriteArrayList<>();
                AtomicInteger sent = new AtomicInteger();
                Instant start = Instant.now();
                List<Instant[]> down = new CopyOnWriteArrayList<>();
                Thread killer = new Thread(() -> killTwice(bot, sent, start, restarts, down), "chaos-killer");
                killer.start();
                for (int i = 0; i < REQUESTS; i++) {
                    updateIds.put(i, fake.userSends(staff.get(i % STAFF), tag(i)));
                    sentAt.put(i, Instant.now());
                    sent.incrementAndGet();
                    Thread.sleep(GAP.toMillis());
                }
                Instant lastSent = Instant.now();
                killer.join();
                awaitAnswersQuietly(fake, staff, Duration.ofMinutes(3));

                List<Long> latencies = new ArrayList<>();
                List<Long> whileUp = new ArrayList<>();
                List<Integer> lostRequests = new ArrayList<>();
                List<Integer> duplicatedRequests = new ArrayList<>();
                int duplicated = 0;
                Instant lastAnswer = start;
                for (int i = 0; i < REQUESTS; i++) {
                    String tag = tag(i);
                    var answers = fake.messagesTo(staff.get(i % STAFF).chatId()).stream().filter(m -> m.text() != null
                            && m.text().contains(tag)).toList();
                    if (answers.isEmpty()) {
                        lostRequests.add(i);
                        continue;
                    }
                    duplicated += answers.size() - 1;
                    if (answers.size() > 1) {
                        duplicatedRequests.add(i);
                    }
                    long millis = Duration.between(sentAt.get(i), answers.get(0).at()).toMillis();
                    latencies.add(millis);
                    Instant at = sentAt.get(i);
                    if (down.stream().noneMatch(d -> !at.isBefore(d[0]) && !at.isAfter(d[1].plusSeconds(30)))) {
                        whileUp.add(millis);
                    }
                    if (answers.get(0).at().isAfter(lastAnswer)) {
                        lastAnswer = answers.get(0).at();
                    }
                }
                bot.stop();
                int lost = lostRequests.size();
                report.line("").line("restarts: " + restarts)
                        .line(String.format("sent all %d requests in %.1f s; last answer %.1f s after the first request", REQUESTS,
                                Duration.between(start, lastSent).toMillis() / 1000.0, Duration.between(start, lastAnswer).toMillis() / 1000.0))
                        .line("lost answers: " + lost + " (must be 0)")
                        .line("duplicated answers: " + duplicated + " (at most 2: one per kill)")
                        .line("time to answer, all requests: " + (latencies.isEmpty() ? "none" : BenchReport.percentiles(latencies)))
                        .line("time to answer, requests sent while the bot was up and not within 30 s after a restart: "
                                + (whileUp.isEmpty() ? "none" : BenchReport.percentiles(whileUp)))
                        .line("faults injected by the fake: " + fake.attemptsWithStatus(429) + " x 429, " + fake.attemptsWithStatus(502) + " x 502")
                        .line("database after the runs: PRAGMA integrity_check = " + database.integrity())
                        .line("ERROR lines in the bot's output: " + bot.errorLines().size());
                bot.errorLines().stream().limit(10).forEach(l -> report.line("  " + l));
                for (int i : lostRequests.subList(0, Math.min(10, lostRequests.size()))) {
                    report.line("  lost: " + database.whereIs(i, updateIds.get(i)));
                }
                for (int i : duplicatedRequests.subList(0, Math.min(10, duplicatedRequests.size()))) {
                    report.line("  answered twice: " + database.whereIs(i, updateIds.get(i)));
                }
                report.write();
                assertThat(lost).as("lost answers").isZero();
                assertThat(duplicated).as("duplicated answers").isLessThanOrEqualTo(2);
                assertThat(database.integrity()).isEqualTo("ok");
            } finally {
                bot.stop();
            }
        }
    }

    /**
     * Kills the bot once a third of the requests are out, and again once two thirds are out but not before
     * it has worked for {@link #UP_BEFORE_SECOND_KILL} after the first restart (so the second kill hits it
     * in the middle of the backlog, with sends in flight, not while it is still starting).
     */
    private static void killTwice(BotProcess bot, AtomicInteger sent, Instant start, List<String> restarts, List<Instant[]> down) {
        try {
            Instant up = null;
            for (int threshold : new int[] {REQUESTS / 3, 2 * REQUESTS / 3}) {
                while (sent.get() < threshold || (up != null && Duration.between(up, Instant.now()).compareTo(UP_BEFORE_SECOND_KILL) < 0)) {
                    Thread.sleep(20);
                }
                double at = Duration.between(start, Instant.now()).toMillis() / 1000.0;
                int requestsOut = sent.get();
                Instant killed = Instant.now();
                bot.kill();
                Duration startup = bot.start(START_TIMEOUT);
                up = Instant.now();
                down.add(new Instant[] {killed, up});
                restarts.add(String.format("SIGKILL at %.1f s (%d requests sent), polling again %.1f s later", at, requestsOut,
                        startup.toMillis() / 1000.0));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("/bench_\\d+_x");

    private static String tag(int i) {
        return "/bench_" + i + "_x";
    }

    /** A school folder as an operator sets it up: config/ (the repository's), a staff list imported with the CLI. */
    private List<FakeUser> prepareSchool(FakeBotApi fake) throws IOException {
        Path config = Files.createDirectories(school.resolve("config"));
        try (var files = Files.list(Path.of("config"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, config.resolve(f.getFileName()));
            }
        }
        StringBuilder csv = new StringBuilder("Full name,Phone,Team,Roles,Email\n");
        List<FakeUser> staff = new ArrayList<>();
        for (int i = 0; i < STAFF; i++) {
            csv.append(String.format("Teacher %02d,+8498%07d,Team %d,%s,%n", i, i, i % 3, i % 10 == 0 ? "TO_TRUONG;GIAO_VIEN" : "GIAO_VIEN"));
            staff.add(FakeUser.named("Teacher", String.format("%02d", i)));
        }
        Files.writeString(school.resolve("staff.csv"), csv);
        int exit = new BotProcess(school, fake).runCommand("import.log", "import-staff", "staff.csv");
        assertThat(exit).as("import-staff exit code (see import.log in " + school + ")").isZero();
        return staff;
    }

    /** Every teacher sends /start and shares their phone; waits until each is greeted. No faults yet. */
    private static void link(FakeBotApi fake, List<FakeUser> staff) {
        for (int i = 0; i < staff.size(); i++) {
            fake.userSends(staff.get(i), "/start");
            fake.userSharesContact(staff.get(i), String.format("+8498%07d", i), staff.get(i).id());
        }
        Await.until(Duration.ofMinutes(2), "every teacher linked and greeted",
                () -> staff.stream().allMatch(u -> fake.messagesTo(u.chatId()).size() >= 2));
    }

    /** Waits until every request has an answer, or nothing new was answered for 45 s, within {@code max}. */
    private static void awaitAnswersQuietly(FakeBotApi fake, List<FakeUser> staff, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        long last = -1;
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            // distinct requests answered: a duplicated answer must not make up for a missing one
            long answered = staff.stream().flatMap(u -> fake.messagesTo(u.chatId()).stream())
                    .map(m -> m.text() == null ? null : TAG.matcher(m.text())).filter(m -> m != null && m.find())
                    .map(m -> m.group()).distinct().count();
            if (answered >= REQUESTS) {
                return;
            }
            if (answered != last) {
                last = answered;
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince > Duration.ofSeconds(45).toNanos()) {
                return;
            }
            Thread.sleep(500);
        }
    }

}
