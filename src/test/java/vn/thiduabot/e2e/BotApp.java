package vn.thiduabot.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.thiduabot.ThiDuaBotApplication;
import vn.thiduabot.support.EmbeddedPostgresDatabase;
import vn.thiduabot.telegram.FakeBotApi;

/**
 * The whole ThiDuaBot application, started as in production (Telegram transport, real TelegramBots
 * client, SQLite in a temporary folder, or PostgreSQL with {@link #onPostgres}) against a {@link FakeBotApi}. It can be restarted on the same
 * database and the same fake, as a redeploy would.
 *
 * <pre>
 * try (BotApp app = BotApp.startWithOwnFake()) {
 *     app.fake().userSends(user, "/trogiup");
 *     ...
 *     app.restart();
 * }
 * </pre>
 *
 * Properties are passed as command-line arguments, so they win over ./config/application.yml.
 */
public final class BotApp implements AutoCloseable {

    /** How long to wait for the app to start polling. Spring starts in ~5 s; CI is a slow 2-core machine. */
    static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final FakeBotApi fake;
    private final boolean ownsFake;
    private final Path dataDir;
    private final boolean ownsDataDir;
    private final List<String> extraArgs;
    private ConfigurableApplicationContext context;

    private BotApp(FakeBotApi fake, boolean ownsFake, Path dataDir, boolean ownsDataDir, List<String> extraArgs) {
        this.fake = fake;
        this.ownsFake = ownsFake;
        this.dataDir = dataDir;
        this.ownsDataDir = ownsDataDir;
        this.extraArgs = List.copyOf(extraArgs);
    }

    /** A new fake Bot API, a new empty database, and the app polling it. {@link #close()} removes all three. */
    public static BotApp startWithOwnFake(String... extraArgs) {
        FakeBotApi fake = FakeBotApi.start();
        try {
            Path dir = Files.createTempDirectory("thidua-e2e-");
            BotApp app = new BotApp(fake, true, dir, true, List.of(extraArgs));
            app.start();
            return app;
        } catch (IOException e) {
            fake.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            fake.close();
            throw e;
        }
    }

    /**
     * As {@link #startWithOwnFake}, with the bot on PostgreSQL: the {@code postgres} profile and a database
     * of its own on the test JVM's embedded server; {@link #restart()} comes back to the same database.
     */
    public static BotApp startWithOwnFakeOnPostgres(String... extraArgs) {
        return startWithOwnFake(onPostgres(extraArgs));
    }

    /** A new PostgreSQL database's arguments, then these: for {@link #start} and {@link #startWithOwnFake}. */
    public static String[] onPostgres(String... extraArgs) {
        List<String> args = new ArrayList<>(EmbeddedPostgresDatabase.newDatabaseArgs());
        args.addAll(List.of(extraArgs));
        return args.toArray(String[]::new);
    }

    /** The app on a fake and a data folder the caller owns (they are not removed on close). */
    public static BotApp start(FakeBotApi fake, Path dataDir, String... extraArgs) {
        BotApp app = new BotApp(fake, false, dataDir, false, List.of(extraArgs));
        app.start();
        return app;
    }

    /** Starts the application (if stopped) and waits until it polls the fake, or in webhook mode registers its webhook. */
    public synchronized void start() {
        if (context != null) {
            return;
        }
        List<String> args = new ArrayList<>(List.of(
                "--thidua.transport=telegram",
                "--thidua.telegram.token=" + fake.token(),
                "--thidua.telegram.api-url=" + fake.baseUrl(),
                "--thidua.telegram.long-poll-seconds=1",
                "--thidua.data-dir=" + dataDir,
                "--thidua.outbox.poll-millis=200"));
        // A test's user gets dozens of answers in a row: at Telegram's one message a second per chat the bot's
        // answers, not the test, set the pace (an award-money walk-through took 34 s). The per-chat limit has
        // its own tests (DeliveryLimits, OutboxSender); a class that wants it passes its own values.
        if (extraArgs.stream().noneMatch(a -> a.startsWith("--thidua.outbox.per-chat-"))) {
            args.addAll(List.of("--thidua.outbox.per-chat-per-second=50", "--thidua.outbox.per-chat-burst=50"));
        }
        args.addAll(extraArgs);
        int callsBefore = fake.getUpdatesCalls();
        int webhooksBefore = fake.webhookRegistrations().size();
        context = new SpringApplicationBuilder(ThiDuaBotApplication.class)
                .web(WebApplicationType.NONE) // webhook mode turns on the web server itself
                .run(args.toArray(String[]::new));
        vn.thiduabot.telegram.Await.until(START_TIMEOUT, "the bot to poll the fake Bot API (or set its webhook)",
                () -> fake.getUpdatesCalls() > callsBefore || fake.webhookRegistrations().size() > webhooksBefore);
    }

    /** Closes the application: polling and the outbox sender stop, the database closes. The fake keeps running. */
    public synchronized void stop() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    /** Stops and starts again on the same database and fake, like a redeploy. */
    public void restart() {
        stop();
        start();
    }

    public synchronized boolean isRunning() {
        return context != null && context.isActive();
    }

    public synchronized ConfigurableApplicationContext context() {
        if (context == null) {
            throw new IllegalStateException("the application is stopped");
        }
        return context;
    }

    public <T> T bean(Class<T> type) {
        return context().getBean(type);
    }

    public FakeBotApi fake() {
        return fake;
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        try {
            stop();
        } finally {
            if (ownsFake) {
                fake.close();
            }
            if (ownsDataDir) {
                deleteQuietly(dataDir);
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a temporary folder; the OS cleans it eventually
        }
    }
}
