package vn.thiduabot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.thiduabot.nomination.Quarter;
import vn.thiduabot.report.ExemplarWorkbook;
import vn.thiduabot.report.RegistrationWorkbook;
import vn.thiduabot.report.ReportFile;
import vn.thiduabot.report.ReportFixtures;
import vn.thiduabot.report.ReportLabels;
import vn.thiduabot.report.ScoreWorkbook;
import vn.thiduabot.report.Xlsx;

/**
 * How long the three .xlsx files take to build for a school of 80 and for a province-sized list of
 * 2,000 rows (the generated school of {@link ReportFixtures}: 8 teams, every person with targets,
 * scores and a nomination). The first build in a fresh JVM (class loading, POI's schemas) is reported
 * apart from the warmed-up builds. Not a test: run with {@code mvn -Pbench verify}; figures go to
 * target/bench/reports.txt.
 */
class ReportBenchmark {

    static final int WARM_UP = Integer.getInteger("bench.warmup", 3);
    static final int RUNS = Integer.getInteger("bench.runs", 10);
    static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    @Test
    void reports() {
        BenchReport report = new BenchReport("reports",
                "Building each .xlsx from plain data (the query APIs' records) to bytes, XSSF, widths computed from content."
                        + " Rows = people (registration summary, score table) or nominations (exemplars).");
        ReportLabels labels = ReportLabels.vietnamese();
        boolean first = true;
        for (int people : new int[] {80, 2000}) {
            ReportFixtures.School school = ReportFixtures.school(people);
            ReportFixtures.Scores scores = ReportFixtures.scores(school);
            var nominations = ReportFixtures.nominations(school, people);
            report.line("").line("## " + people + " rows");
            measure(report, first, "registration summary", () -> RegistrationWorkbook.build(new RegistrationWorkbook.Input(
                    ReportFixtures.campaign(), ReportFixtures.MADE_ON, null, school.staff(), school.registrations(), school.collectives()), labels));
            measure(report, first, "score table", () -> ScoreWorkbook.build(new ScoreWorkbook.Input(ReportFixtures.campaign(),
                    ReportFixtures.MADE_ON, null, school.staff(), scores.assessments(), scores.items(), scores.adjustments()), labels));
            measure(report, first, "exemplars", () -> ExemplarWorkbook.build(new ExemplarWorkbook.Input(ReportFixtures.campaign(),
                    new Quarter(2023, 4), ReportFixtures.MADE_ON, nominations), labels));
            first = false;
        }
        report.line("").line("load average while measuring: " + java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()
                + " (wall times grow with other work on the machine; cpu is this thread's own time)");
        report.write();
    }

    private static void measure(BenchReport report, boolean cold, String what, Supplier<ReportFile> build) {
        long coldMs = -1;
        if (cold) {
            long t = System.nanoTime();
            build.get();
            coldMs = (System.nanoTime() - t) / 1_000_000;
        }
        for (int i = 0; i < WARM_UP; i++) {
            build.get();
        }
        List<Long> times = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        ReportFile last = null;
        for (int i = 0; i < RUNS; i++) {
            long c = THREADS.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            last = build.get();
            times.add((System.nanoTime() - t) / 1_000_000);
            cpu.add((THREADS.getCurrentThreadCpuTime() - c) / 1_000_000);
        }
        try (var wb = Xlsx.open(last.content())) {
            assertThat(wb.getNumberOfSheets()).isPositive();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        report.line(String.format("%-21s wall %s", what + ":", BenchReport.percentiles(times)))
                .line(String.format("%-21s cpu  %s; %d KB%s", "", BenchReport.percentiles(cpu), last.content().length / 1024,
                        cold ? "; first build in a fresh JVM " + coldMs + " ms wall" : ""));
    }
}
