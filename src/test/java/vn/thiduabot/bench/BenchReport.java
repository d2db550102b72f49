package vn.thiduabot.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Figures of one benchmark run, written to target/bench/NAME.txt (and printed). */
final class BenchReport {

    private final String name;
    private final StringBuilder text = new StringBuilder();

    BenchReport(String name, String what) {
        this.name = name;
        line("# " + name + " — " + ZonedDateTime.now());
        line(what);
        line("machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version"));
    }

    BenchReport line(String s) {
        text.append(s).append('\n');
        return this;
    }

    /** p50/p95/p99/max of latencies in milliseconds. */
    static String percentiles(List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return String.format("p50 %d ms, p95 %d ms, p99 %d ms, max %d ms (n=%d)",
                at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted.get(sorted.size() - 1), sorted.size());
    }

    private static long at(List<Long> sorted, double q) {
        int i = (int) Math.ceil(q * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1)));
    }

    void write() {
        try {
            Path dir = Files.createDirectories(Path.of(System.getProperty("bench.dir", "target/bench")));
            Files.writeString(dir.resolve(name + ".txt"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println(text);
    }
}
