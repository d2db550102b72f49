package vn.thiduabot.support;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Map;

import javax.imageio.ImageIO;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Proves the browser tests' tools work where the suite runs: Debian's Chromium starts through its ChromeDriver with a
 * phone's screen, and the stub of Telegram's script gives a page what Telegram would (the user, the theme, the main
 * button, a confirmation, closing). The page is {@code static/test/smoke.html}, served by the JDK's own HTTP server.
 */
class BrowserSmokeTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static HttpServer server;
    private static String base;

    /** initData as Telegram sends it (the user as URL-encoded JSON); the stub does not check the signature. */
    private static final String INIT_DATA = "user=" + TelegramLaunch.encode(
            "{\"id\":4242,\"first_name\":\"Zo\u00eb\",\"last_name\":\"\u00c5ngstr\u00f6m\",\"language_code\":\"en\"}")
            + "&auth_date=1764460800&hash=" + "ab".repeat(32);

    @BeforeAll
    static void serveStaticFiles() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", BrowserSmokeTest::serve);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stopServing() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aTeacherOpeningTheAppSeesTheirNameInTheirThemeOnAPhoneSizedScreen() {
        browser.open(base + "/test/smoke.html" + Browser.telegramHash(INIT_DATA, Browser.DARK_THEME));

        assertThat(browser.text(By.id("greeting"))).isEqualTo("Hello, Zo\u00eb");
        assertThat(browser.text(By.id("scheme"))).isEqualTo("dark android 8.0");
        assertThat(browser.script("return [window.innerWidth, window.innerHeight, devicePixelRatio];"))
                .isEqualTo(java.util.List.of(360L, 740L, 2L));
        assertThat(browser.script("return getComputedStyle(document.body).backgroundColor;"))
                .as("the body painted with --tg-theme-bg-color %s", Browser.DARK_THEME.get("bg_color"))
                .isEqualTo("rgb(33, 45, 59)");
        assertThat(browser.script("return Telegram.WebApp.initData;")).isEqualTo(INIT_DATA);
        assertThat(browser.script("return window.__telegramReady;")).isEqualTo(true);

        Path shot = browser.screenshot("smoke");
        assertThat(shot).exists().isNotEmptyFile();
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void aScreenshotShowsThePhonesScreenAndAFullPageOneAlsoWhatLiesBelowIt() throws IOException {
        browser.open(base + "/test/smoke.html" + Browser.telegramHash(INIT_DATA, Browser.LIGHT_THEME));
        browser.script("document.body.style.height = '1200px';");

        BufferedImage screen = ImageIO.read(browser.screenshot("smoke-screen").toFile());
        BufferedImage page = ImageIO.read(browser.fullPageScreenshot("smoke-page").toFile());

        assertThat(new int[] {screen.getWidth(), screen.getHeight()}).containsExactly(720, 1480);
        assertThat(page.getWidth()).isEqualTo(720);
        assertThat(page.getHeight()).isGreaterThan(2 * 1200);
        assertThat(browser.script("return window.innerWidth;")).as("the screen after the capture").isEqualTo(360L);
    }

    @Test
    void theMainButtonAsksForConfirmationAndClosesTheAppOnlyWhenConfirmed() {
        browser.open(base + "/test/smoke.html" + Browser.telegramHash(INIT_DATA, Browser.LIGHT_THEME));
        TelegramStub telegram = browser.telegram();
        assertThat(telegram.mainButtonText()).isEqualTo("Send");

        telegram.answerConfirms(false).pressMainButton();
        browser.waitUntil("the confirmation was asked", d -> !telegram.confirms().isEmpty());
        assertThat(telegram.closed()).isFalse();

        telegram.answerConfirms(true).pressMainButton();
        browser.waitUntil("the app closed itself", d -> telegram.closed());
        assertThat(telegram.confirms()).containsExactly("Send it?", "Send it?");
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void aReloadAfterTheAppChangedTheHashKeepsTheUserAndTheme() {
        browser.open(base + "/test/smoke.html" + Browser.telegramHash(INIT_DATA, Browser.LIGHT_THEME));
        browser.script("location.hash = '#assessment';");
        browser.reload();

        assertThat(browser.text(By.id("greeting"))).isEqualTo("Hello, Zo\u00eb");
        assertThat(browser.script("return getComputedStyle(document.body).backgroundColor;"))
                .isEqualTo("rgb(255, 255, 255)");
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void anErrorInThePageIsReportedSoATestCanFailOnIt() {
        browser.open(base + "/test/smoke.html" + Browser.telegramHash(INIT_DATA, Browser.LIGHT_THEME));
        browser.script("setTimeout(() => { throw new Error('smoke test error'); }, 0);");

        var errors = new java.util.ArrayList<String>();
        browser.waitUntil("the error is reported", d -> errors.addAll(browser.javaScriptErrors()));
        assertThat(errors).singleElement().asString().contains("smoke test error");

        browser.script("setTimeout(() => { throw new Error('second error'); }, 0);");
        assertThatThrownBy(() -> browser.waitUntil("the check fails", d -> {
            browser.assertNoJavaScriptErrors();
            return false;
        })).hasMessageContaining("second error");
    }

    @Test
    void navigationTimingCountsTheBytesOfTheScriptsThePageLoaded() throws IOException {
        browser.open(base + "/test/smoke.html" + Browser.telegramHash(INIT_DATA, Browser.LIGHT_THEME));

        NavigationTiming timing = browser.navigationTiming();
        System.out.println("smoke.html " + timing);

        assertThat(timing.loadMillis()).isPositive();
        assertThat(timing.scriptBytes()).isEqualTo(resourceSize("static/test/telegram-web-app.js"));
        assertThat(timing.styleBytes()).isZero();
        assertThat(timing.without("telegram-web-app.js").scriptBytes()).isZero();
    }

    private static long resourceSize(String name) throws IOException {
        try (InputStream in = BrowserSmokeTest.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes().length;
        }
    }

    private static void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            InputStream in = path.contains("..") ? null
                    : BrowserSmokeTest.class.getClassLoader().getResourceAsStream("static" + path);
            if (in == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body;
            try (in) {
                body = in.readAllBytes();
            }
            exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPES.getOrDefault(
                    path.substring(path.lastIndexOf('.') + 1), "application/octet-stream"));
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8", "css", "text/css");
}
