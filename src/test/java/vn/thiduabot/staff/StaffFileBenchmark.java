package vn.thiduabot.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How fast a hostile staff file is refused: the 5 MB .xlsx with a cell in column XFD on 100,000 rows
 * (goal: under 2 s, in a 256 MB heap), and a CSV one row past the 5,000-row cap. Not a test: run with
 * {@code mvn -Pbench verify}; figures go to target/bench/staff-file.txt.
 */
class StaffFileBenchmark {

    static final int RUNS = Integer.getInteger("bench.runs", 5);

    @Test
    void hostile_files_are_refused_quickly(@TempDir Path dir) throws Exception {
        StringBuilder out = new StringBuilder("# staff-file — " + ZonedDateTime.now() + "\n")
                .append("Refusing oversized staff lists (StaffFileReader with the default caps: 5,000 rows, 50 columns).\n")
                .append("machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(", load average ")
                .append(java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()).append('\n');
        Path huge = StaffFiles.hugeXlsx(dir);
        byte[] xlsx = Files.readAllBytes(huge);
        byte[] csv = StaffFiles.wideCsv(5_001, 3);
        out.append("\n## .xlsx, ").append(xlsx.length).append(" bytes, 100,000 rows, a cell in column XFD on each\n");
        // a fresh JVM with a 256 MB heap: the first refusal, class loading included, as the bot would meet it
        for (int i = 0; i < 3; i++) {
            out.append("fresh JVM -Xmx256m: ").append(StaffFileProbe.runForked(huge, "256m")).append('\n');
        }
        // the same fresh JVM reading a 3-row list: what class loading and POI's start-up cost on their own
        Path small = Files.write(dir.resolve("ds-nho.xlsx"), StaffFiles.xlsx(new Object[] {"Họ và tên", "Số điện thoại", "Vai trò"},
                new Object[] {"Lò Thị Hoa", "0912000002", "THU_KY"}, new Object[] {"Vì Văn Sơn", "0912000003", "GIAO_VIEN"}));
        out.append("fresh JVM -Xmx256m, a 3-row .xlsx for comparison: ").append(StaffFileProbe.runForked(small, "256m")).append('\n');
        out.append("in this JVM (warm): ").append(timed("ds.xlsx", xlsx)).append('\n');
        out.append("\n## .csv, ").append(csv.length).append(" bytes, 5,001 data rows\n");
        out.append("in this JVM (warm): ").append(timed("ds.csv", csv)).append('\n');
        Path dirOut = Files.createDirectories(Path.of(System.getProperty("bench.dir", "target/bench")));
        Files.writeString(dirOut.resolve("staff-file.txt"), out);
        System.out.println(out);
    }

    private static String timed(String name, byte[] content) {
        StaffFileReader reader = new StaffFileReader(5L * 1024 * 1024);
        long[] ms = new long[RUNS];
        String key = null;
        for (int i = -2; i < RUNS; i++) {
            long t = System.nanoTime();
            try {
                reader.read(name, content);
            } catch (StaffFileReader.Invalid e) {
                key = e.problem.key();
            }
            if (i >= 0) {
                ms[i] = (System.nanoTime() - t) / 1_000_000;
            }
        }
        assertThat(key).startsWith("import.error.too-many-");
        java.util.Arrays.sort(ms);
        return key + ": median " + ms[RUNS / 2] + " ms, max " + ms[RUNS - 1] + " ms (n=" + RUNS + ")";
    }
}
