package vn.thiduabot.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives each {@link BotTest} application its own data folder (a temporary folder, removed when the JVM
 * ends, when the cached application is closed too) and, with the {@code postgres} profile ({@link OnPostgres}),
 * a database of its own on the JVM's one embedded PostgreSQL ({@link EmbeddedPostgresDatabase}). A campaign
 * folder of the tests' own ({@code src/test/resources/...}) is copied into the data folder, so a class may change
 * its campaign file and reload it; {@link BotTestListener} puts the original back before the next class. An
 * initializer (one class, whatever folders it makes) keeps the configuration, and so the cached application,
 * the same for every class.
 */
public final class BotTestInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The folder a campaign copy was made from (set only when a copy was made). */
    static final String CAMPAIGN_SOURCE = "thidua.test.campaign-source";

    private static final String TEST_RESOURCES = "src/test/resources/";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new HashMap<>();
        Path data = newDataDir();
        properties.put("thidua.data-dir", data.toString());
        String campaigns = context.getEnvironment().getProperty("thidua.campaign-dir");
        if (campaigns != null && campaigns.startsWith(TEST_RESOURCES)) {
            Path copy = data.resolve("campaigns");
            copyCampaigns(Path.of(campaigns), copy);
            properties.put("thidua.campaign-dir", copy.toString());
            properties.put(CAMPAIGN_SOURCE, campaigns);
        }
        // SQLite: no sync to disk per commit (7-8 ms each on a quiet machine, far more on a busy CI disk). A killed
        // process still loses nothing committed (WAL); only a power cut could, and no test makes one.
        properties.put("thidua.db.synchronous", "OFF");
        if (context.getEnvironment().matchesProfiles("postgres")) {
            properties.putAll(EmbeddedPostgresDatabase.newDatabaseProperties());
            // Hibernate checks every entity against PostgreSQL's tables (PostgresSchemaTest); SQLite's type names
            // do not pass this check, so only here
            properties.put("spring.jpa.hibernate.ddl-auto", "validate");
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("bot-test", properties));
    }

    /**
     * Makes {@code copy} hold exactly the campaign files of {@code source}; true if anything had to change.
     */
    static boolean copyCampaigns(Path source, Path copy) {
        try {
            Files.createDirectories(copy);
            boolean changed = false;
            List<Path> originals;
            try (Stream<Path> s = Files.list(source)) {
                originals = s.filter(Files::isRegularFile).toList();
            }
            try (Stream<Path> s = Files.list(copy)) {
                for (Path p : s.toList()) {
                    if (Files.notExists(source.resolve(p.getFileName().toString()))) {
                        Files.delete(p);
                        changed = true;
                    }
                }
            }
            for (Path original : originals) {
                Path target = copy.resolve(original.getFileName().toString());
                if (Files.notExists(target) || !Arrays.equals(Files.readAllBytes(original), Files.readAllBytes(target))) {
                    Files.copy(original, target, StandardCopyOption.REPLACE_EXISTING);
                    changed = true;
                }
            }
            return changed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path newDataDir() {
        try {
            Path dir = Files.createTempDirectory("thidua-test-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir), "thidua-test-dir-delete"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder: the system cleans it in the end
        }
    }
}
