package vn.thiduabot.registration.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.people.Role;
import vn.thiduabot.support.BotWebTest;
import vn.thiduabot.support.Browser;
import vn.thiduabot.support.ClockAt;
import vn.thiduabot.support.MutableClock;
import vn.thiduabot.support.SchoolFixture;
import vn.thiduabot.support.WebApp;

/**
 * Lò Thị Hoa opens the registration from the chat on her phone (Chromium at 360x740, Telegram's day theme) and
 * fills in the whole form on one page: each answer saved as she goes, a wrong one explained under its field in
 * the chat's words, then one button to send it, after which the page shows what she sent, read-only.
 */
@BotWebTest
@ClockAt("2023-09-08T01:00:00Z")
class RegistrationPageBrowserTest {

    static final long HOA = 9_300_004L;

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort int port;
    @Autowired MutableClock clock;
    @Autowired SchoolFixture school;
    @Autowired Texts texts;
    @Autowired JdbcTemplate jdbc;
    WebApp web;
    long hoaId;

    @BeforeEach
    void school() {
        clock.set(Instant.parse("2023-09-08T01:00:00Z"));
        school.reset();
        school.linked("Hà Văn Minh", "+84912000002", school.team("Văn phòng"), 9_300_002L, Role.SECRETARY);
        hoaId = school.linked("Lò Thị Hoa", "+84912000004", school.team("Toán - Tin"), HOA, Role.TEACHER).getId();
        web = new WebApp(port, clock);
    }

    private String vi(String key, Object... args) {
        return texts.get(Texts.VIETNAMESE, key, args);
    }

    private void opens() {
        browser.open(web.page("registration") + Browser.telegramHash(web.initData(HOA), Browser.LIGHT_THEME));
        browser.waitFor(By.id("in-title-0"));
    }

    /** Taps an element as a finger would, after scrolling it above the fixed send bar. */
    private void taps(String id) {
        WebElement e = browser.driver().findElement(By.id(id));
        browser.script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", e);
    }

    private void types(String id, String text) {
        WebElement e = browser.driver().findElement(By.id(id));
        browser.script("arguments[0].scrollIntoView({block: 'center'});", e);
        e.sendKeys(text);
    }

    private String saved(String column) {
        List<Map<String, Object>> rows = jdbc.queryForList("select * from registration where staff_id = ?", hoaId);
        return rows.isEmpty() || rows.get(0).get(column) == null ? null : rows.get(0).get(column).toString();
    }

    private List<String> answers() {
        return jdbc.query("select a.target_code, a.value_text from registration_answer a join registration r on r.id = a.registration_id"
                + " where r.staff_id = ? order by a.id", (rs, i) -> rs.getString(1) + "=" + rs.getString(2), hoaId);
    }

    @Test
    void she_fills_in_the_whole_form_on_one_page_and_sends_it() {
        opens();
        assertThat(browser.text(By.id("title"))).isEqualTo(vi("web.registration.title"));
        assertThat(browser.text(By.cssSelector("label[for='in-title-1']"))).contains("Chiến sĩ thi đua cơ sở", "cần đạt tiêu chuẩn Lao động tiên tiến");

        taps("in-title-1"); // Chiến sĩ thi đua cơ sở
        browser.waitUntil("the title saved", d -> "CSTDCS".equals(saved("title_code")));
        taps("in-form-0");
        taps("in-initiative-0"); // yes: its title and subject appear, with the note of the title she chose
        browser.waitFor(By.id("in-initiative-title"));
        assertThat(browser.text(By.id("initiative-note"))).contains("Chiến sĩ thi đua cơ sở");
        types("in-initiative-title", "Ứng dụng GeoGebra trong dạy học hình học lớp 9");
        types("in-initiative-subject", "Toán");
        types("in-target_pass-rate", "85,5");
        types("in-target_good-lessons", "12");
        types("in-target_research", "Chuyên đề dạy học theo dự án");
        taps("in-target_ethics-0");
        browser.waitUntil("every answer saved", d -> answers().size() == 4 && saved("initiative_subject") != null);
        assertThat(browser.text(By.id("saved"))).isEqualTo(vi("web.saved"));
        assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
        browser.fullPageScreenshot("registration");

        taps("submit"); // the optional target she left empty is "not registered"
        browser.waitFor(By.cssSelector("main .done"));
        assertThat(browser.text(By.cssSelector("main .done"))).isEqualTo(vi("web.registration.submitted", "15/09/2023"));
        assertThat(browser.text(By.cssSelector("main .status"))).isEqualTo(vi("registration.summary.status-submitted", "08/09/2023"));
        assertThat(browser.text(By.cssSelector("main .summary"))).contains("Chiến sĩ thi đua cơ sở", "Giấy khen của Hiệu trưởng",
                "Ứng dụng GeoGebra trong dạy học hình học lớp 9 (lĩnh vực: Toán)");
        assertThat(browser.text(By.cssSelector("main .summary-targets"))).contains("85,5%", vi("registration.summary.skipped"), "Có");
        assertThat(browser.driver().findElements(By.cssSelector("main input"))).isEmpty();
        assertThat(saved("status")).isEqualTo("SUBMITTED");
        assertThat(answers()).containsExactlyInAnyOrder("pass-rate=85.5", "good-lessons=12", "research=Chuyên đề dạy học theo dự án",
                "ethics=yes", "good-students=null");
        browser.screenshot("registration-sent");
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void a_wrong_percentage_is_explained_under_its_field_in_the_chats_words_and_nothing_is_lost() {
        opens();
        taps("in-title-0");
        browser.waitUntil("the title saved", d -> "LDTT".equals(saved("title_code")));
        types("in-target_pass-rate", "120");
        WebElement error = browser.waitFor(By.id("err-target_pass-rate"));
        assertThat(error.getText()).isEqualTo(vi("registration.input.percent-range", "120"));
        assertThat(answers()).isEmpty();
        assertThat(saved("title_code")).isEqualTo("LDTT");

        browser.driver().findElement(By.id("in-target_pass-rate")).clear();
        types("in-target_pass-rate", "95");
        browser.waitUntil("the error gone and the answer saved", d -> answers().contains("pass-rate=95")
                && !d.findElement(By.id("err-target_pass-rate")).isDisplayed());
        browser.screenshot("registration-error");
        // the refused save is the browser's only complaint (Chromium logs every 4xx answer); no script failed
        assertThat(browser.javaScriptErrors()).allSatisfy(e -> assertThat(e).contains("/api/app/registration", "422"));
    }
}
