package vn.thiduabot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import vn.thiduabot.campaign.CampaignConfigException;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.chat.MiniAppLinks;
import vn.thiduabot.telegram.TelegramDeployment;

/**
 * Checks what a deployment must provide before Spring opens the database or starts the poller, and
 * refuses with one plain message naming the folder or file and what to do ({@link StartupRefused}):
 * <ol>
 *   <li>the Telegram settings: a known {@code thidua.telegram.mode}, and in webhook mode a public HTTPS URL
 *       and a secret ({@link TelegramDeployment});</li>
 *   <li>the Mini App's address, if set, is an https:// one ({@link MiniAppLinks#problem});</li>
 *   <li>the campaign folder ({@code thidua.campaign-dir}, default {@code config}) exists and holds at least
 *       one campaign-YYYY-YYYY.yml;</li>
 *   <li>the data folder exists or can be made (SQLite makes the file, not its folder);</li>
 *   <li>no other bot runs on the same SQLite database ({@link InstanceLock}, unless
 *       {@code thidua.instance-lock=false}, as for the import-staff command; never on PostgreSQL, where
 *       several instances share one database);</li>
 *   <li>every campaign file reads and checks (after the lock, so a refused second bot logs nothing).</li>
 * </ol>
 * The lock is released when the application closes or fails to start.
 */
final class StartupGuard implements ApplicationListener<ApplicationEvent> {

    private InstanceLock lock;

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            check(prepared.getEnvironment());
        } else if (event instanceof ContextClosedEvent || event instanceof ApplicationFailedEvent) {
            release();
        }
    }

    private void check(ConfigurableEnvironment env) {
        TelegramDeployment.problem(env).ifPresent(problem -> {
            throw new StartupRefused(problem);
        });
        MiniAppLinks.problem(env).ifPresent(problem -> {
            throw new StartupRefused(problem);
        });
        Path campaigns = Path.of(env.getProperty("thidua.campaign-dir", "config"));
        checkCampaignFolder(campaigns);
        Path dataDir = Path.of(env.getProperty("thidua.data-dir", "data"));
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StartupRefused("Cannot create the data folder " + dataDir.toAbsolutePath() + " (" + e
                    + "): create it, or make it writable by the user running the bot.");
        }
        if (env.getProperty("thidua.instance-lock", Boolean.class, true) && onSqlite(env)) {
            synchronized (this) {
                if (lock == null) {
                    lock = InstanceLock.acquire(dataDir);
                }
            }
        }
        try {
            checkCampaignFiles(campaigns);
        } catch (StartupRefused e) {
            release(); // Spring publishes no failure event for an abandoned run
            throw e;
        }
    }

    /** The one-bot-per-file lock guards a SQLite file; any other database serves several bots. */
    private static boolean onSqlite(ConfigurableEnvironment env) {
        return env.getProperty("spring.datasource.url", "jdbc:sqlite:").startsWith("jdbc:sqlite:");
    }

    private static void checkCampaignFolder(Path folder) {
        Path shown = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new StartupRefused("There is no folder " + shown + ": start the bot in the folder that holds config/"
                    + " (application.yml and campaign-YYYY-YYYY.yml, as shipped next to thiduabot.jar), or set thidua.campaign-dir.");
        }
        try (Stream<Path> files = Files.list(folder)) {
            if (files.noneMatch(p -> p.getFileName().toString().matches("campaign-\\d{4}-\\d{4}\\.ya?ml"))) {
                throw new StartupRefused("The folder " + shown + " has no campaign file: put the school year's"
                        + " campaign-YYYY-YYYY.yml there (the release's config/campaign-2026-2027.yml is an example) and start again.");
            }
        } catch (IOException e) {
            throw new StartupRefused("Cannot read the folder " + shown + " (" + e + "): make it readable by the user running the bot.");
        }
    }

    private static void checkCampaignFiles(Path folder) {
        try {
            new Campaigns(folder.toString(), Clock.systemUTC());
        } catch (CampaignConfigException e) {
            throw new StartupRefused(e.getMessage() + "\nFix the campaign file(s) named above and start the bot again.");
        } catch (UncheckedIOException e) {
            throw new StartupRefused("Cannot read the campaign files in " + folder.toAbsolutePath().normalize() + " (" + e.getCause()
                    + "): make them readable by the user running the bot.");
        }
    }

    private synchronized void release() {
        if (lock != null) {
            lock.close();
            lock = null;
        }
    }
}
