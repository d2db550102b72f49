package vn.thiduabot.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * A real browser for tests of the Mini App: Debian's headless Chromium driven by Selenium through Debian's
 * ChromeDriver, showing pages as a phone in Telegram does (360x740 CSS pixels). Nothing is downloaded: Selenium
 * gets the driver's path, so Selenium Manager never runs (see {@link BrowserLauncher}).
 *
 * <p>One browser per test class, started before its first test and quit after its last:
 * <pre>{@code
 * @RegisterExtension
 * static final Browser browser = new Browser();
 * ...
 * browser.open(baseUrl + "/app/" + Browser.telegramHash(initData, Browser.LIGHT_THEME));
 * browser.waitFor(By.cssSelector(".sheet"));
 * browser.screenshot("assessment-sheet");
 * browser.assertNoJavaScriptErrors();
 * }</pre>
 * Where Chromium or ChromeDriver is not installed the class is skipped with a note, except where
 * {@code THIDUA_BROWSER_REQUIRED=1} (CI, {@code .ci/run}): there it fails. Outside JUnit (a benchmark):
 * {@code try (Browser browser = Browser.start()) { ... }}.
 */
public final class Browser implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback, AutoCloseable {

    /** What a wait allows on a busy shared 2-core machine; no test waits this long when things work. */
    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** A day theme in the colours of Telegram Android's, all the keys a client sends in tgWebAppThemeParams. */
    public static final Map<String, String> LIGHT_THEME = TelegramLaunch.LIGHT_THEME;
    /** A night theme in the colours of Telegram Android's (colorScheme "dark"). */
    public static final Map<String, String> DARK_THEME = TelegramLaunch.DARK_THEME;

    private BrowserLauncher.Session session;
    private String skipped;
    private final List<String> earlierErrors = new ArrayList<>();

    /** Starts a browser now (outside JUnit's life cycle); close it when done. */
    public static Browser start() {
        Browser browser = new Browser();
        browser.session = BrowserLauncher.launch();
        return browser;
    }

    /**
     * The hash Telegram appends to a Mini App's URL when it opens it: the user's initData, the client's version and
     * platform, and the theme, each URL-encoded as Telegram does. The stub of Telegram's script reads it.
     */
    public static String telegramHash(String initData, Map<String, String> themeParams) {
        return TelegramLaunch.hash(initData, themeParams);
    }

    /** Starts the browser, or notes why it cannot (each test is then skipped with that note, as surefire shows). */
    @Override
    public void beforeAll(ExtensionContext context) {
        skipped = BrowserLauncher.missing();
        if (skipped == null) {
            session = BrowserLauncher.launch();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (skipped != null) {
            abort(skipped);
        }
        javaScriptErrors(); // each test answers for its own page's errors, not for a refusal the previous test expected
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        if (session != null) {
            session.close();
            session = null;
        }
    }

    /** How long Chromium took to start (for a report, never asserted). */
    public Duration startTime() {
        return live().startTime();
    }

    /** The Selenium driver, for what this class does not offer. */
    public WebDriver driver() {
        return live().driver();
    }

    /**
     * Opens the address in a fresh tab, as Telegram opens a Mini App in a fresh webview (the tab's sessionStorage
     * starts empty; cookies and localStorage stay), and waits until the page has loaded.
     */
    public Browser open(String url) {
        ChromeDriver driver = live().driver();
        earlierErrors.addAll(readErrors());
        String previous = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        String fresh = driver.getWindowHandle();
        driver.switchTo().window(previous).close();
        driver.switchTo().window(fresh);
        driver.get(url);
        return this;
    }

    /** Reloads the page (the Telegram stub then finds its launch parameters in sessionStorage). */
    public Browser reload() {
        live().driver().navigate().refresh();
        return this;
    }

    /** Waits until an element matching {@code by} is visible, and returns it. */
    public WebElement waitFor(By by) {
        return waiting().withMessage("waiting for " + by).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits until the condition gives something other than null or false, and returns it. */
    public <T> T waitUntil(String what, Function<WebDriver, T> condition) {
        return waiting().withMessage("waiting until " + what).until(condition::apply);
    }

    /** Waits until the script (the body of a function: {@code return ...;}) gives something truthy. */
    public Object waitUntilScript(String script, Object... args) {
        return waitUntil(script, driver -> {
            Object value = script(script, args);
            return Boolean.FALSE.equals(value) ? null : value;
        });
    }

    /** Runs a script in the page (the body of a function: {@code return ...;}, arguments as {@code arguments[i]}). */
    public Object script(String script, Object... args) {
        return live().driver().executeScript(script, args);
    }

    /** The text of the first visible element matching {@code by}, once there is one. */
    public String text(By by) {
        return waitFor(by).getText();
    }

    /** Saves what the phone's screen shows to {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        return write(name, live().driver().getScreenshotAs(OutputType.BYTES));
    }

    /** Saves the whole page, also what lies below the screen, to {@code target/screenshots/<name>.png}. */
    public Path fullPageScreenshot(String name) {
        ChromeDriver driver = live().driver();
        Map<String, Object> capture = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true));
        return write(name, Base64.getDecoder().decode((String) capture.get("data")));
    }

    /**
     * The page's load time (navigation entry: loadEventEnd - startTime) and the scripts and style sheets it has
     * fetched so far, from the browser's Performance API. Call it once the page shows what the test waited for, so
     * screens loaded after the page are counted too.
     */
    public NavigationTiming navigationTiming() {
        return NavigationTiming.of(waitUntilScript(NavigationTiming.SCRIPT));
    }

    /** What the page asked of Telegram (through the stub of its script), and Telegram's buttons to press. */
    public TelegramStub telegram() {
        return new TelegramStub(this);
    }

    /** The errors the page's scripts reported since the last call (uncaught exceptions, console.error, failed loads). */
    public List<String> javaScriptErrors() {
        List<String> errors = new ArrayList<>(earlierErrors);
        earlierErrors.clear();
        errors.addAll(readErrors());
        return errors;
    }

    /** Fails the test if the page reported a JavaScript error since the last check. */
    public void assertNoJavaScriptErrors() {
        List<String> errors = javaScriptErrors();
        if (!errors.isEmpty()) {
            fail("The page reported JavaScript errors:\n  " + String.join("\n  ", errors));
        }
    }

    private List<String> readErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : live().driver().manage().logs().get(LogType.BROWSER)) {
            // Chromium asks every site for /favicon.ico by itself; the page did not.
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && !entry.getMessage().contains("/favicon.ico")) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(live().driver(), TIMEOUT);
        wait.pollingEvery(Duration.ofMillis(50));
        return wait;
    }

    private Path write(String name, byte[] png) {
        Path file = BrowserLauncher.buildDir().resolve("screenshots").resolve(name + ".png");
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BrowserLauncher.Session live() {
        if (session == null) {
            throw new IllegalStateException("The browser is not running: register it with @RegisterExtension "
                    + "(static field) or use Browser.start()");
        }
        return session;
    }
}
