package vn.thiduabot.staff;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads one staff file with the default caps and prints what the reader said: run in a JVM of its own
 * (a small heap) by {@link StaffFileReaderTest} and by the benchmark. Prints
 * {@code refused KEY ARGS | heap-peak-mb N | ms N} or {@code accepted ROWS | ...}.
 */
final class StaffFileProbe {

    private StaffFileProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long start = System.nanoTime();
        byte[] content = Files.readAllBytes(file);
        String outcome;
        try {
            int rows = new StaffFileReader(5L * 1024 * 1024).read(file.getFileName().toString(), content).rows().size();
            outcome = "accepted " + rows;
        } catch (StaffFileReader.Invalid e) {
            outcome = "refused " + e.problem.key() + " " + e.problem.args();
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println(outcome + " | heap-peak-mb " + peak / (1024 * 1024) + " | ms " + ms);
    }

    /** Runs the probe on {@code file} in a fresh JVM with {@code -Xmx<heap>}; returns its output line. */
    static String runForked(Path file, String heap) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // surefire starts tests with a manifest-only jar; its real class path is in this property
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process p = new ProcessBuilder(javaBin, "-Xmx" + heap, "-cp", cp, StaffFileProbe.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        if (!p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new AssertionError("the probe failed: " + out);
        }
        return out;
    }
}
