package vn.thiduabot.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import vn.thiduabot.telegram.Await;

/**
 * One bot instance as its own operating-system process ({@code java vn.thiduabot.ThiDuaBotApplication} on
 * the test JVM's classpath, the token and the webhook secret in its environment, as an operator runs it),
 * so that a test can kill it with SIGKILL as a power cut or the OOM killer would: no shutdown hook, no
 * last commit. The database and the fake Bot API stay in the test JVM. Output goes to {@code NAME.log}.
 */
final class BotInstanceProcess implements AutoCloseable {

    private final String name;
    private final Path log;
    private final int port;
    private final Process process;

    private BotInstanceProcess(String name, Path log, int port, Process process) {
        this.name = name;
        this.log = log;
        this.port = port;
        this.process = process;
    }

    /** Launches the bot; {@link #awaitListening} waits until its webhook server is up. */
    static BotInstanceProcess launch(String name, Path workDir, int port, Map<String, String> env, List<String> args) {
        try {
            Path argFile = workDir.resolve("classpath.args");
            Files.writeString(argFile, "-cp \"" + System.getProperty("java.class.path").replace("\\", "\\\\") + "\"\n");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "@" + argFile, "vn.thiduabot.ThiDuaBotApplication"));
            command.addAll(args);
            Path log = workDir.resolve(name + ".log");
            ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            pb.environment().putAll(env);
            return new BotInstanceProcess(name, log, port, pb.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the instance's webhook server accepts connections (it registers its webhook just after). */
    void awaitListening(Duration timeout) {
        Await.until(timeout, () -> name + " to listen on port " + port + " (see " + log + ")", () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return true;
            } catch (IOException e) {
                return false;
            }
        });
    }

    /** SIGKILL, and waits until the process is gone. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The ERROR lines of its output. */
    List<String> errorLines() {
        try {
            return Files.readAllLines(log).stream().filter(l -> l.contains(" ERROR ")).toList();
        } catch (IOException e) {
            return List.of("cannot read " + log + ": " + e);
        }
    }

    /** SIGTERM (as systemd or docker stop), then SIGKILL if it has not gone in 30 s. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }
}
