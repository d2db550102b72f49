package vn.thiduabot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thiduabot.people.PersonDirectory;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.StaffMember;
import vn.thiduabot.staff.Team;
import vn.thiduabot.support.BotWebTest;
import vn.thiduabot.support.Browser;
import vn.thiduabot.support.SchoolFixture;
import vn.thiduabot.support.WebApp;

/**
 * A teacher taps the chat's menu button: the Mini App opens on her phone (Chromium at 360x740 with a stub of
 * Telegram's script), greets her in her language, in Telegram's colours, and offers the forms her roles open.
 * A page opened from a leaked link, without Telegram's initData, says to open it from Telegram and shows nothing.
 */
@BotWebTest
class MiniAppHomeBrowserTest {

    static final long HUONG = 9_200_001L;
    static final long LAN = 9_200_002L;

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort int port;
    @Autowired Clock clock;
    @Autowired SchoolFixture school;
    @Autowired PersonDirectory people;
    WebApp web;
    StaffMember lan;

    @BeforeEach
    void school() {
        school.reset();
        Team toan = school.team("Tổ Toán - Tin");
        school.linked("Bùi Thị Hương", "+84912000004", toan, HUONG, Role.TEACHER);
        lan = school.linked("Lê Thị Lan", "+84912000006", toan, LAN, Role.TEACHER, Role.COUNCIL);
        web = new WebApp(port, clock);
    }

    @Test
    void a_teacher_sees_her_forms_in_vietnamese_in_telegrams_colours() {
        browser.open(web.page("home") + Browser.telegramHash(web.initData(HUONG), Browser.DARK_THEME));
        browser.waitUntil("the greeting", d -> d.findElement(By.cssSelector("main .who")).getText().contains("Bùi Thị Hương"));
        assertThat(browser.text(By.id("title"))).isEqualTo("Phiếu thi đua");
        assertThat(browser.driver().findElements(By.cssSelector("main nav button"))).extracting(e -> e.getText())
                .containsExactly("📝 Phiếu tự đánh giá", "🗂 Đăng ký danh hiệu thi đua");
        assertThat(browser.script("return getComputedStyle(document.body).backgroundColor"))
                .isEqualTo(rgb(Browser.DARK_THEME.get("bg_color")));
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("vi");
        assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
        browser.screenshot("home");
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void a_council_member_in_english_also_finds_the_review() {
        people.changeLanguage(lan.getId(), Locale.ENGLISH);
        browser.open(web.page("home") + Browser.telegramHash(web.initData(LAN), Browser.LIGHT_THEME));
        browser.waitUntil("the greeting", d -> d.findElement(By.cssSelector("main .who")).getText().contains("Lê Thị Lan"));
        assertThat(browser.driver().findElements(By.cssSelector("main nav button"))).extracting(e -> e.getText())
                .containsExactly("📝 Self-assessment sheet", "🗂 Title registration", "✅ Review self-assessments");
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("en");
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void a_leaked_link_or_an_hour_old_page_shows_only_how_to_open_it_properly() {
        browser.open(web.page("assessment"));
        browser.waitUntil("the refusal", d -> d.findElement(By.id("alert")).isDisplayed());
        assertThat(browser.text(By.id("alert"))).contains("Mở phiếu");
        assertThat(browser.driver().findElements(By.cssSelector("main *"))).isEmpty();

        String stale = web.initData(HUONG, clock.instant().minus(Duration.ofMinutes(61)), WebApp.TOKEN);
        browser.open(web.page("home") + Browser.telegramHash(stale, Browser.LIGHT_THEME));
        browser.waitUntil("the refusal", d -> d.findElement(By.id("alert")).isDisplayed());
        assertThat(browser.driver().findElements(By.cssSelector("main *"))).isEmpty();
    }

    private static String rgb(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return "rgb(" + (v >> 16) + ", " + (v >> 8 & 0xff) + ", " + (v & 0xff) + ")";
    }
}
