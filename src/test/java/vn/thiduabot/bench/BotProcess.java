package vn.thiduabot.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import vn.thiduabot.telegram.Await;
import vn.thiduabot.telegram.FakeBotApi;

/**
 * ThiDuaBot as its own operating-system process, started the way an operator starts it
 * ({@code java vn.thiduabot.ThiDuaBotApplication} with TELEGRAM_BOT_TOKEN and TELEGRAM_API_URL in the
 * environment, working folder = the school's folder with its {@code config/}), on the test JVM's
 * classpath. Unlike {@code e2e.BotApp} it can be killed with SIGKILL, as a power cut or the OOM killer
 * would. Each run's output goes to {@code bot-N.log} in the working folder.
 */
final class BotProcess {

    private final Path workDir;
    private final FakeBotApi fake;
    private final List<String> extraArgs;
    private Process process;
    private int runs;

    BotProcess(Path workDir, FakeBotApi fake, String... extraArgs) {
        this.workDir = workDir;
        this.fake = fake;
        this.extraArgs = List.of(extraArgs);
    }

    /** Starts the bot and waits until it polls the fake; returns how long that took. */
    synchronized Duration start(Duration timeout) {
        long t0 = System.nanoTime();
        int callsBefore = fake.getUpdatesCalls();
        process = launch(List.of(), "bot-" + (++runs) + ".log");
        Await.until(timeout, "the bot process to poll the fake Bot API (see " + workDir.resolve("bot-" + runs + ".log") + ")",
                () -> fake.getUpdatesCalls() > callsBefore || !process.isAlive());
        if (!process.isAlive()) {
            throw new IllegalStateException("the bot exited with " + process.exitValue() + "; see bot-" + runs + ".log in " + workDir);
        }
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    synchronized void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGTERM, as systemd stops a service; waits for the JVM to exit. */
    synchronized void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs a one-off command of the bot (e.g. {@code import-staff FILE}) to its end; returns the exit code. */
    int runCommand(String logName, String... args) {
        Process p = launch(List.of(args), logName);
        try {
            if (!p.waitFor(3, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("'" + String.join(" ", args) + "' did not finish in 3 minutes");
            }
            return p.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** ERROR lines in every run's output so far. */
    List<String> errorLines() {
        List<String> errors = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            int run = i;
            try {
                Files.readAllLines(workDir.resolve("bot-" + i + ".log")).stream().filter(l -> l.contains(" ERROR "))
                        .map(l -> "run " + run + ": " + l).forEach(errors::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return errors;
    }

    private Process launch(List<String> args, String logName) {
        try {
            // the classpath can be long: hand it over in an argument file, as the java launcher allows
            Path argFile = workDir.resolve("classpath.args");
            Files.writeString(argFile, "-cp \"" + System.getProperty("java.class.path").replace("\\", "\\\\") + "\"\n");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "@" + argFile, "vn.thiduabot.ThiDuaBotApplication"));
            command.addAll(args);
            if (args.isEmpty()) {
                command.addAll(extraArgs);
            }
            ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(workDir.resolve(logName).toFile());
            pb.environment().put("TELEGRAM_BOT_TOKEN", fake.token());
            pb.environment().put("TELEGRAM_API_URL", fake.baseUrl());
            return pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
