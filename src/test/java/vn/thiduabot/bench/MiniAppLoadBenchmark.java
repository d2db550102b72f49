package vn.thiduabot.bench;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.Team;
import vn.thiduabot.support.BotWebTest;
import vn.thiduabot.support.Browser;
import vn.thiduabot.support.NavigationTiming;
import vn.thiduabot.support.SchoolFixture;
import vn.thiduabot.support.WebApp;

/**
 * How fast the Mini App opens on localhost (the issue: first load under 1 s; JS + CSS under 100 KB): for each screen,
 * in a browser that has never seen the page (a fresh Chromium profile, nothing cached), the time to the load event
 * and the time until the screen has drawn its data (the page's own API calls done), then the same once cached.
 * Figures to target/bench/mini-app.txt; never asserted (a test does not depend on the machine's speed).
 */
@BotWebTest
class MiniAppLoadBenchmark {

    static final long TEACHER = 9_300_001L;
    static final int RUNS = 5;

    @LocalServerPort int port;
    @Autowired Clock clock;
    @Autowired SchoolFixture school;

    @Test
    void first_and_cached_loads_of_every_screen() throws java.io.IOException {
        school.reset();
        Team toan = school.team("Tổ Toán - Tin");
        school.linked("Bùi Thị Hương", "+84912000004", toan, TEACHER, Role.TEACHER, Role.COUNCIL);
        WebApp web = new WebApp(port, clock);
        BenchReport report = new BenchReport("mini-app", "Mini App on localhost: Chromium " + "(Debian), 360x740, the test stub of "
                + "telegram-web-app.js (not counted); load = navigation start to load event; ready = until the screen has drawn its data");
        for (String screen : List.of("home", "assessment", "registration", "review")) {
            List<Long> coldLoad = new ArrayList<>();
            List<Long> coldReady = new ArrayList<>();
            List<Long> warmReady = new ArrayList<>();
            long bytes = 0;
            long wire = 0;
            for (int i = 0; i < RUNS; i++) {
                try (Browser browser = Browser.start()) {
                    long ready = open(browser, web, screen);
                    NavigationTiming timing = browser.navigationTiming().without("telegram-web-app.js");
                    coldLoad.add(Math.round(timing.loadMillis()));
                    coldReady.add(ready);
                    bytes = timing.scriptBytes() + timing.styleBytes();
                    wire = timing.transferredScriptAndStyleBytes();
                    warmReady.add(open(browser, web, screen));
                }
            }
            report.line(String.format("%-12s first load %s; ready %s; cached, ready %s; JS+CSS %d bytes as sent (%d with headers)",
                    screen, BenchReport.percentiles(coldLoad), BenchReport.percentiles(coldReady), BenchReport.percentiles(warmReady),
                    bytes, wire));
        }
        report.line("JS+CSS in the jar, uncompressed: " + assetBytes() + " bytes (budget 100 KB)");
        report.write();
    }

    private static long assetBytes() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/static/app"))) {
            long sum = 0;
            for (java.nio.file.Path f : files.filter(f -> f.toString().matches(".*\\.(js|css)$")).toList()) {
                sum += java.nio.file.Files.size(f);
            }
            return sum;
        }
    }

    /**
     * Opens the screen as Telegram would and returns the page's own figure: milliseconds from the navigation's start to
     * the mark app.js sets once the screen has drawn its data (the browser's clock, none of the test driver's round trips).
     */
    private static long open(Browser browser, WebApp web, String screen) {
        browser.open(web.page(screen) + Browser.telegramHash(web.initData(TEACHER), Browser.LIGHT_THEME));
        Object ready = browser.waitUntilScript("const m = performance.getEntriesByName('thidua-ready'); return m.length ? m[0].startTime : null");
        return Math.round(((Number) ready).doubleValue());
    }
}
