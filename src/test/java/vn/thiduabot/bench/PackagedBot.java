package vn.thiduabot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import vn.thiduabot.telegram.FakeBotApi;

/**
 * What {@link StartupMemoryBenchmark} starts: the packaged jar (built first if it is missing or older than
 * the compiled classes), its extracted form with a CDS archive from a training run, and a school folder
 * (the repository's {@code config/}, a staff list imported with the jar's {@code import-staff}) that each
 * run gets a fresh copy of.
 */
final class PackagedBot {

    static final Path JAR = Path.of("target", "thiduabot.jar");

    private final Path work;
    private final Map<List<String>, Path> archives = new HashMap<>();
    private Path extractedJar;

    PackagedBot(Path work) {
        this.work = work;
    }

    /** {@code mvn -o -DskipTests package} unless target/thiduabot.jar is newer than every compiled class. */
    static void buildIfStale() throws IOException, InterruptedException {
        if (Files.exists(JAR) && newest(Path.of("target", "classes")).compareTo(Files.getLastModifiedTime(JAR)) <= 0) {
            return;
        }
        Process mvn = new ProcessBuilder("mvn", "-B", "-ntp", "-o", "-q", "-DskipTests", "package").inheritIO().start();
        assertThat(mvn.waitFor(10, TimeUnit.MINUTES) && mvn.exitValue() == 0).as("mvn -DskipTests package built the jar").isTrue();
    }

    private static FileTime newest(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(f -> {
                try {
                    return Files.getLastModifiedTime(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).max(FileTime::compareTo).orElse(FileTime.fromMillis(0));
        }
    }

    /**
     * A school folder with {@code people} staff ("+8498NNNNNNN", phone i for person i) imported by the jar;
     * returns it. Each run copies it with {@link #copySchool}.
     */
    Path school(FakeBotApi fake, int people) throws IOException {
        Path school = Files.createDirectories(work.resolve("school"));
        Path config = Files.createDirectories(school.resolve("config"));
        try (var files = Files.list(Path.of("config"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, config.resolve(f.getFileName()));
            }
        }
        StringBuilder csv = new StringBuilder("Full name,Phone,Team,Roles,Email\n");
        for (int i = 0; i < people; i++) {
            csv.append(String.format("Teacher %02d,%s,Team %d,GIAO_VIEN,%n", i, phone(i), i % 3));
        }
        Files.writeString(school.resolve("staff.csv"), csv);
        int exit = JarProcess.start(school, JAR, List.of(), Map.of(), fake, "import.log", List.of("import-staff", "staff.csv")).await(3);
        assertThat(exit).as("import-staff exit code (see import.log in " + school + ")").isZero();
        return school;
    }

    static String phone(int i) {
        return String.format("+8498%07d", i);
    }

    /** A fresh copy of the school folder (config, data/thidua.db with the staff) for one run. */
    Path copySchool(Path school, String name) throws IOException {
        Path copy = work.resolve(name);
        try (Stream<Path> all = Files.walk(school)) {
            for (Path p : all.toList()) {
                Path target = copy.resolve(school.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().endsWith(".lock")) {
                    Files.copy(p, target);
                }
            }
        }
        return copy;
    }

    /**
     * The jar extracted as Spring Boot's CDS support wants it ({@code java -Djarmode=tools -jar thiduabot.jar
     * extract}: the application jar beside a lib/ folder, a plain class path the JVM can archive).
     */
    Path extracted() throws IOException {
        if (extractedJar == null) {
            Path dir = work.resolve("extracted");
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djarmode=tools",
                    "-jar", JAR.toAbsolutePath().toString(), "extract", "--destination", dir.toString())
                    .redirectErrorStream(true).redirectOutput(work.resolve("extract.log").toFile()).start();
            try {
                assertThat(p.waitFor(3, TimeUnit.MINUTES) && p.exitValue() == 0).as("jarmode=tools extract (see extract.log)").isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            extractedJar = dir.resolve(JAR.getFileName());
        }
        return extractedJar;
    }

    /**
     * A CDS archive of the classes the bot loads up to a refreshed context: a training run of the extracted
     * jar with {@code -XX:ArchiveClassesAtExit -Dspring.context.exit=onRefresh} (the context refreshes, then the
     * JVM exits before the lifecycle starts: no polling, no scheduler), with the same flags as the runs that
     * use it, on a copy of the school.
     */
    Path archive(Path school, List<String> jvmFlags, FakeBotApi fake) throws IOException {
        Path known = archives.get(jvmFlags);
        if (known != null) {
            return known;
        }
        Path archive = work.resolve("thiduabot-" + archives.size() + ".jsa");
        Path training = copySchool(school, "training-" + archives.size());
        List<String> flags = new ArrayList<>(jvmFlags);
        flags.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh"));
        int exit = JarProcess.start(training, extracted(), flags, Map.of(), fake, "training.log", List.of("--thidua.health.port=0")).await(5);
        assertThat(exit).as("training run exit code (see training.log in " + training + ")").isZero();
        assertThat(archive).as("the CDS archive the training run wrote").exists();
        archives.put(jvmFlags, archive);
        return archive;
    }
}
