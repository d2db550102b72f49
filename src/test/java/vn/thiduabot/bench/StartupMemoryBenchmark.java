package vn.thiduabot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import vn.thiduabot.telegram.Await;
import vn.thiduabot.telegram.FakeBotApi;
import vn.thiduabot.telegram.FakeUser;

/**
 * Start-up time and memory of the packaged bot, as deployed: {@code java FLAGS -jar thiduabot.jar} against
 * the fake Bot API. Each run: a fresh copy of a school with {@link #PEOPLE} staff; the wall time from
 * starting the process to the first getUpdates the fake receives; then every person links (/start, shares
 * their phone) and {@link #REQUESTS} /trangthai requests arrive in turn from them; once each is answered,
 * VmRSS (resident now) and VmHWM (peak) of the process from /proc. Each variant runs {@link #RUNS} times;
 * the report gives medians. Goals (issue 10): start &lt; 5 s on the 2-core machine, RSS &lt; 300 MB at -Xmx256m.
 *
 * <p>{@code mvn -Pbench test -Dtest=StartupMemoryBenchmark [-Dbench.startup.variants=baseline,cds,c1,...]
 * [-Dbench.startup.runs=3]}: by default baseline and deployed; the others, one change each, are in {@link #VARIANTS}.
 * Figures in target/bench/startup-memory.txt. Not a test of speed: nothing fails on a slow machine, only when a
 * request goes unanswered or the bot does not start.
 */
class StartupMemoryBenchmark {

    static final int PEOPLE = Integer.getInteger("bench.startup.people", 50);
    static final int REQUESTS = Integer.getInteger("bench.startup.requests", 2000);
    static final int RUNS = Integer.getInteger("bench.startup.runs", 3);
    /** -Dbench.startup.nmt=true: native memory tracking on, its summary printed after each run (it costs memory itself). */
    static final boolean NMT = Boolean.getBoolean("bench.startup.nmt");

    /** The Dockerfile's flags before issue 10, at the heap the figures were taken with. */
    static final List<String> BEFORE = List.of("-XX:+UseSerialGC", "-Xss512k", "-Xmx256m");

    /** One way of starting the bot: JVM flags, environment, CDS archive or not, extra arguments. */
    record Variant(String name, List<String> flags, Map<String, String> env, boolean cds, List<String> args) {

        static Variant of(String name, List<String> more, Map<String, String> env, boolean cds, String... args) {
            List<String> flags = new ArrayList<>(BEFORE);
            flags.addAll(more);
            return new Variant(name, flags, env, cds, List.of(args));
        }
    }

    /**
     * What issue 10 kept, beyond {@link #BEFORE}: as in the Dockerfile's ENTRYPOINT (with its CDS archive), the README's
     * run command and pom.xml's spring-boot:run jvmArguments; keep them together. Figures: README, "Start-up and memory".
     */
    static final List<String> DEPLOYED_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-Xms32m", "-XX:MinHeapFreeRatio=10",
            "-XX:MaxHeapFreeRatio=30");

    static final Map<String, Variant> VARIANTS = new LinkedHashMap<>();

    static {
        add(Variant.of("baseline", List.of(), Map.of(), false));
        add(Variant.of("cds", List.of(), Map.of(), true));
        add(Variant.of("lazy", List.of(), Map.of(), false, "--spring.main.lazy-initialization=true"));
        add(Variant.of("no-warm-up", List.of(), Map.of(), false, "--thidua.reports.warm-up=false"));
        add(Variant.of("xms32", List.of("-Xms32m"), Map.of(), false));
        add(Variant.of("arena2", List.of(), Map.of("MALLOC_ARENA_MAX", "2"), false));
        add(Variant.of("c1", List.of("-XX:TieredStopAtLevel=1"), Map.of(), false));
        add(Variant.of("codecache32", List.of("-XX:ReservedCodeCacheSize=32m"), Map.of(), false));
        add(Variant.of("heap-free", List.of("-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30"), Map.of(), false));
        add(Variant.of("c1-xms32", List.of("-XX:TieredStopAtLevel=1", "-Xms32m"), Map.of(), false));
        add(Variant.of("c1-xms32-cds", List.of("-XX:TieredStopAtLevel=1", "-Xms32m"), Map.of(), true));
        add(Variant.of("deployed", DEPLOYED_FLAGS, Map.of(), true));
        add(Variant.of("deployed-nwu", DEPLOYED_FLAGS, Map.of(), true, "--thidua.reports.warm-up=false"));
    }

    private static void add(Variant v) {
        VARIANTS.put(v.name(), v);
    }

    record Figures(long startMillis, double startCpu, double rssMb, double hwmMb, double loadSeconds, int threads) { }

    /** Kept when a run fails: each run's folder holds its bot.log. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path work;

    @Test
    void startupAndMemory() throws Exception {
        PackagedBot.buildIfStale();
        List<String> chosen = Arrays.asList(System.getProperty("bench.startup.variants", "baseline,deployed").split(","));
        BenchReport report = new BenchReport("startup-memory", "The packaged jar against the fake Bot API: start = process start to the"
                + " first getUpdates; then " + PEOPLE + " people link and send " + REQUESTS + " /trangthai in turn; RSS/HWM from"
                + " /proc/PID/status once all are answered. Medians of " + RUNS + " runs. Base flags: " + String.join(" ", BEFORE));
        PackagedBot bot = new PackagedBot(work);
        try (FakeBotApi importFake = FakeBotApi.start()) {
            Path school = bot.school(importFake, PEOPLE);
            report.line("").line(String.format("%-12s %9s %9s %9s %9s %8s %7s  %s", "variant", "start ms", "start cpu", "RSS MB", "HWM MB", "load s",
                    "threads", "flags / env / args beyond the base"));
            for (String name : chosen) {
                Variant v = VARIANTS.get(name.trim());
                assertThat(v).as("variant " + name + " (known: " + VARIANTS.keySet() + ")").isNotNull();
                List<Figures> runs = new ArrayList<>();
                for (int run = 1; run <= RUNS; run++) {
                    runs.add(once(bot, school, v, run));
                }
                report.line(String.format("%-12s %9d %9.1f %9.0f %9.0f %8.1f %7d  %s %s %s%s", v.name(), (long) median(runs, Figures::startMillis),
                        median(runs, Figures::startCpu),
                        median(runs, Figures::rssMb), median(runs, Figures::hwmMb), median(runs, Figures::loadSeconds),
                        (int) median(runs, Figures::threads), v.flags().subList(BEFORE.size(), v.flags().size()), v.env(), v.args(),
                        v.cds() ? " + CDS archive" : ""));
                report.line(String.format("%-12s runs: start %s ms, RSS %s MB", "", runs.stream().map(f -> "" + f.startMillis()).toList(),
                        runs.stream().map(f -> String.format("%.0f", f.rssMb())).toList()));
            }
        }
        report.write();
    }

    private Figures once(PackagedBot bot, Path school, Variant v, int run) throws Exception {
        try (FakeBotApi fake = FakeBotApi.start()) {
            List<String> flags = new ArrayList<>(v.flags());
            if (NMT) {
                flags.add("-XX:NativeMemoryTracking=summary");
            }
            Path jar = PackagedBot.JAR;
            if (v.cds()) {
                flags.add("-XX:SharedArchiveFile=" + bot.archive(school, v.flags(), fake));
                jar = bot.extracted();
            }
            Path dir = bot.copySchool(school, v.name() + "-" + run);
            List<String> args = new ArrayList<>(List.of("--thidua.health.port=0", "--thidua.reminders.enabled=true",
                    // the load is about memory, not Telegram's limits: answers go out as fast as the bot makes them
                    "--thidua.outbox.global-per-second=10000", "--thidua.outbox.per-chat-per-second=1000", "--thidua.outbox.per-chat-burst=1000"));
            args.addAll(v.args());
            long t0 = System.nanoTime();
            JarProcess process = JarProcess.start(dir, jar, flags, v.env(), fake, "bot.log", args);
            try {
                while (fake.getUpdatesCalls() == 0) {
                    assertThat(process.isAlive()).as("the bot is running (see bot.log in " + dir + ")").isTrue();
                    assertThat(System.nanoTime() - t0).as("start within 3 minutes").isLessThan(Duration.ofMinutes(3).toNanos());
                    Thread.sleep(5);
                }
                long startMillis = (System.nanoTime() - t0) / 1_000_000;
                double startCpu = process.cpuSeconds();
                List<FakeUser> people = link(fake);
                long l0 = System.nanoTime();
                for (int i = 0; i < REQUESTS; i++) {
                    fake.userSends(people.get(i % PEOPLE), "/trangthai");
                }
                Await.until(Duration.ofMinutes(10), () -> "every /trangthai answered (" + fake.allMessages().size() + " messages so far; see "
                        + dir.resolve("bot.log") + ")", () -> fake.allMessages().size() >= 2 * PEOPLE + REQUESTS);
                double loadSeconds = (System.nanoTime() - l0) / 1e9;
                Thread.sleep(1000); // whatever the last answers set off settles
                Figures f = new Figures(startMillis, startCpu, process.statusMegabytes("VmRSS"), process.statusMegabytes("VmHWM"), loadSeconds,
                        process.threads());
                System.out.printf("%s run %d: %s%n", v.name(), run, f);
                if (NMT) {
                    System.out.println(process.jcmd("VM.native_memory", "summary"));
                }
                return f;
            } finally {
                process.kill();
            }
        }
    }

    /** Every person sends /start and shares their phone; waits until each is greeted. */
    private static List<FakeUser> link(FakeBotApi fake) {
        List<FakeUser> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            FakeUser u = FakeUser.named("Teacher", String.format("%02d", i));
            people.add(u);
            fake.userSends(u, "/start");
            fake.userSharesContact(u, PackagedBot.phone(i), u.id());
        }
        Await.until(Duration.ofMinutes(3), "every person linked and greeted",
                () -> people.stream().allMatch(u -> fake.messagesTo(u.chatId()).size() >= 2));
        return people;
    }

    private static double median(List<Figures> runs, ToDoubleFunction<Figures> figure) {
        List<Double> sorted = runs.stream().map(figure::applyAsDouble).sorted(Comparator.naturalOrder()).toList();
        return sorted.get(sorted.size() / 2);
    }
}
