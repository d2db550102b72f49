package vn.thiduabot.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import vn.thiduabot.telegram.FakeBotApi;

/**
 * The packaged bot ({@code target/thiduabot.jar}, or the folder {@code java -Djarmode=tools extract}
 * makes of it) as its own process, started as the Dockerfile starts it: {@code java FLAGS -jar JAR ARGS}
 * with TELEGRAM_BOT_TOKEN and TELEGRAM_API_URL in the environment, in the school's folder. Unlike
 * {@link BotProcess} it runs the jar, not the test classpath, so class loading, the jar's nested
 * archives and the JVM flags are those of production. Its output goes to {@code LOG} in the folder.
 */
final class JarProcess {

    private final Process process;

    private JarProcess(Process process) {
        this.process = process;
    }

    /** Starts {@code java jvmFlags -jar jar args} in {@code workDir}; {@code env} adds to the environment. */
    static JarProcess start(Path workDir, Path jar, List<String> jvmFlags, Map<String, String> env, FakeBotApi fake,
                            String logName, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(workDir.resolve(logName).toFile());
        pb.environment().put("TELEGRAM_BOT_TOKEN", fake.token());
        pb.environment().put("TELEGRAM_API_URL", fake.baseUrl());
        pb.environment().putAll(env);
        try {
            return new JarProcess(pb.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs to its end (a one-off command or a training run); returns the exit code. */
    int await(long minutes) {
        try {
            if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("the bot process did not finish in " + minutes + " minutes");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitValue() {
        return process.exitValue();
    }

    /** A line of /proc/PID/status in megabytes, e.g. "VmRSS" (resident now) or "VmHWM" (the peak). */
    double statusMegabytes(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0; // "VmRSS:   412345 kB"
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException(field + " not in /proc/" + process.pid() + "/status");
    }

    /**
     * CPU seconds the process has used so far (user + system, /proc/PID/stat): on a machine shared with
     * other work this varies far less than the wall time.
     */
    double cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" "); // fields from the 3rd on; the name may hold spaces
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0; // utime, stime in clock ticks (USER_HZ = 100)
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Output of {@code jcmd PID ARGS} (e.g. VM.native_memory summary), for a run that asks for it. */
    String jcmd(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(process.pid())));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            p.waitFor(1, TimeUnit.MINUTES);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** Threads of the process now (/proc/PID/task). */
    int threads() {
        try (var tasks = Files.list(Path.of("/proc", String.valueOf(process.pid()), "task"))) {
            return (int) tasks.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGKILL and wait: the figures are taken, the database is a throw-away copy. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
