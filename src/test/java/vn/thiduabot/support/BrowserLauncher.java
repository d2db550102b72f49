package vn.thiduabot.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * Starts the {@link Browser}: Debian's Chromium ({@code /usr/bin/chromium}) through Debian's ChromeDriver
 * ({@code /usr/bin/chromedriver}), both from the package registry ({@code apt-get install chromium chromium-driver}).
 * Selenium is given the driver's path and the browser's, so Selenium Manager (which would download a driver and a
 * browser from the internet) never runs. Other paths: {@code -Dthidua.chromium=...}, {@code -Dthidua.chromedriver=...}.
 */
final class BrowserLauncher {

    /** The phone's screen in CSS pixels (a common Android size), and its density. */
    static final int WIDTH = 360;
    static final int HEIGHT = 740;
    static final double PIXEL_RATIO = 2.0;

    private static final String REQUIRED = "THIDUA_BROWSER_REQUIRED";

    /**
     * Selenium warns at every start that it has no DevTools classes for this Chromium's version. The tests use none
     * (Chrome DevTools commands go through ChromeDriver), so the warning only hides real output. Held here: a logger
     * nobody references loses its level.
     */
    private static final Logger CDP_VERSION_WARNING = quiet("org.openqa.selenium.devtools.CdpVersionFinder");

    private BrowserLauncher() {
    }

    /** A running browser: its driver, the ChromeDriver process, the profile folder and driver's log it owns. */
    record Session(ChromeDriver driver, ChromeDriverService service, Path profile, Path log, Duration startTime) {
        void close() {
            try {
                driver.quit();
            } finally {
                service.stop();
                delete(profile);
                delete(log);
            }
        }
    }

    /**
     * Why the browser cannot start here (Chromium or ChromeDriver not installed), or null when it can. Where
     * {@code THIDUA_BROWSER_REQUIRED=1} (CI) a missing browser fails instead.
     */
    static String missing() {
        for (File file : new File[] {chromium(), chromedriver()}) {
            if (!file.canExecute()) {
                String why = file + " is not installed, so the browser tests cannot run here. Debian/Ubuntu: "
                        + "apt-get install chromium chromium-driver (.ci/run installs them).";
                if ("1".equals(System.getenv(REQUIRED)) || Boolean.getBoolean("thidua.browser.required")) {
                    fail(why + " " + REQUIRED + "=1 says this machine must run them.");
                }
                return why;
            }
        }
        return null;
    }

    static Session launch() {
        String missing = missing();
        if (missing != null) {
            abort(missing);
        }
        File chromium = chromium();
        File chromedriver = chromedriver();
        Path profile = newProfile();
        // one log per browser (test JVMs run side by side), kept only when the browser did not start
        Path log = profile.resolveSibling(profile.getFileName() + "-chromedriver.log");
        long started = System.nanoTime();
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver)
                .usingAnyFreePort()
                .withLogFile(log.toFile())
                .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options(chromium, profile));
            Duration startTime = Duration.ofNanos(System.nanoTime() - started);
            System.out.println("Chromium started in " + startTime.toMillis() + " ms");
            return new Session(driver, service, profile, log, startTime);
        } catch (RuntimeException e) {
            service.stop();
            delete(profile);
            throw new IllegalStateException(chromium + " is installed but did not start through " + chromedriver
                    + " (see " + log + "): " + e.getMessage(), e);
        }
    }

    /** Where screenshots and the browser's files go: the build folder (-Dbuild.dir), target/ by default. */
    static Path buildDir() {
        return Path.of(System.getProperty("build.dir", "target"));
    }

    private static ChromeOptions options(File chromium, Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--disable-extensions", "--mute-audio", "--hide-scrollbars",
                "--user-data-dir=" + profile.toAbsolutePath());
        // The page's window is the phone's screen: innerWidth 360, innerHeight 740, touch, a mobile viewport.
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", Map.of(
                "width", WIDTH, "height", HEIGHT, "pixelRatio", PIXEL_RATIO, "mobile", true, "touch", true)));
        // The console's messages and uncaught exceptions, for Browser.assertNoJavaScriptErrors.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return options;
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    private static File chromium() {
        return new File(System.getProperty("thidua.chromium", "/usr/bin/chromium"));
    }

    private static File chromedriver() {
        return new File(System.getProperty("thidua.chromedriver", "/usr/bin/chromedriver"));
    }

    private static Path newProfile() {
        try {
            Path parent = Files.createDirectories(buildDir().resolve("browser"));
            return Files.createTempDirectory(parent, "profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path fileOrFolder) {
        try (Stream<Path> files = Files.walk(fileOrFolder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a profile left behind in target/ harms nothing
        }
    }
}
