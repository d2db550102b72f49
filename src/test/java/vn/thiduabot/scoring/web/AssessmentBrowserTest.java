package vn.thiduabot.scoring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thiduabot.scoring.web.SelfAssessmentSchool.HOA;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.support.BotWebTest;
import vn.thiduabot.support.Browser;
import vn.thiduabot.support.ClockAt;
import vn.thiduabot.support.MutableClock;
import vn.thiduabot.support.RecordingFileUploader;
import vn.thiduabot.support.SchoolFixture;

/**
 * Lò Thị Hoa finishes her self-assessment on her phone (Chromium at 360x740 with Telegram's light theme): she types a
 * deduction and sees the total and the band change, a score over the maximum is refused under its field and kept as
 * typed, the submission is refused while a line lacks its evidence, she attaches the file and submits; the sheet is then
 * read-only.
 */
@BotWebTest
@ClockAt(SelfAssessmentSchool.MONDAY)
class AssessmentBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort int port;
    @Autowired Clock clock;
    @Autowired SchoolFixture fixture;
    @Autowired Texts texts;
    @Autowired RecordingFileUploader uploads;
    SelfAssessmentSchool school;

    @BeforeEach
    void school() {
        ((MutableClock) clock).set(Instant.parse(SelfAssessmentSchool.MONDAY));
        school = new SelfAssessmentSchool(fixture, port, clock);
        uploads.clear();
    }

    @Test
    void a_teacher_fills_attaches_and_submits_her_sheet_on_the_phone() throws IOException {
        // most of the sheet is already filled (in the chat or an earlier visit): 100 points, minus 9 for P2 = 91, band A
        Map<String, String> earlier = new HashMap<>(SelfAssessmentSchool.ALL_AT_MAX);
        earlier.put("P2", "9");
        school.scoreAll(HOA, earlier);
        school.attach(HOA, "II.3", "du-gio.pdf", "application/pdf", new byte[100]);
        school.attach(HOA, "II.4", "ket-qua.pdf", "application/pdf", new byte[100]);

        browser.open(school.web.page("assessment") + Browser.telegramHash(school.web.initData(HOA), Browser.LIGHT_THEME));
        browser.waitFor(By.id("s-P1"));
        assertThat(browser.text(By.cssSelector(".assessment-bar"))).contains("91").contains("A – Xuất sắc");
        assertThat(browser.driver().findElement(By.id("s-I_1")).getAttribute("aria-label"))
                .isEqualTo("Điểm tự chấm cho I.1 – Chấp hành chủ trương, đường lối, chính sách, pháp luật (tối đa 5)");
        assertThat(browser.driver().findElement(By.id("s-I_1")).getAttribute("inputmode")).isEqualTo("decimal");

        // a deduction of 1,5: 89,5 is band B
        browser.driver().findElement(By.id("s-P1")).sendKeys("1,5");
        browser.waitUntil("the new total", d -> d.findElement(By.cssSelector(".assessment-bar")).getText().contains("89,5"));
        assertThat(browser.text(By.cssSelector(".assessment-bar"))).contains("B – Tốt");
        browser.waitUntil("saved", d -> d.findElement(By.id("saved")).getText().equals("Đã lưu"));

        // 6 on a line of at most 5: the chat's sentence under the field, what she typed stays, nothing else changes
        WebElement i2 = browser.driver().findElement(By.id("s-I_2"));
        i2.sendKeys(Keys.chord(Keys.CONTROL, "a"), "6");
        browser.waitUntil("the refusal", d -> d.findElement(By.id("e-I_2")).isDisplayed());
        assertThat(browser.text(By.id("e-I_2"))).isEqualTo(texts.get(Texts.VIETNAMESE, "scoring.score.above-max", "5"));
        assertThat(i2.getAttribute("value")).isEqualTo("6");
        assertThat(browser.text(By.cssSelector(".assessment-bar"))).contains("89,5");
        i2.sendKeys(Keys.chord(Keys.CONTROL, "a"), "5");
        browser.waitUntil("the refusal gone", d -> !d.findElement(By.id("e-I_2")).isDisplayed());

        // II.1 still needs its evidence: the submission is refused with the chat's sentence
        assertThat(browser.text(By.id("line-II_1"))).contains("Chưa có minh chứng");
        browser.driver().findElement(By.cssSelector(".assessment-bar button")).click();
        browser.waitUntil("the refusal", d -> d.findElement(By.id("alert")).isDisplayed());
        assertThat(browser.text(By.id("alert"))).isEqualTo(texts.get(Texts.VIETNAMESE, "scoring.refused.incomplete"));

        Path plan = Files.createTempFile("ke-hoach-bai-day", ".pdf");
        Files.write(plan, "%PDF-1.4".getBytes());
        browser.driver().findElement(By.cssSelector("#line-II_1 input[type=file]")).sendKeys(plan.toString());
        browser.waitUntil("the file listed", d -> d.findElement(By.cssSelector("#line-II_1 .files")).getText()
                .contains(plan.getFileName().toString()));
        assertThat(browser.text(By.id("line-II_1"))).doesNotContain("Chưa có minh chứng");
        assertThat(uploads.sent()).last().satisfies(f -> assertThat(f.chatId()).isEqualTo(HOA));
        assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
        browser.screenshot("assessment");
        browser.script("document.getElementById('s-P1').scrollIntoView()");
        browser.screenshot("assessment-totals");

        browser.driver().findElement(By.cssSelector(".assessment-bar button")).click();
        browser.waitUntil("submitted", d -> d.findElement(By.id("main")).getText().contains("Đã nộp phiếu"));
        assertThat(browser.driver().findElement(By.id("s-I_1")).isEnabled()).isFalse();
        assertThat(browser.driver().findElements(By.cssSelector(".assessment-bar button"))).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("input[type=file]"))).isEmpty();
        browser.fullPageScreenshot("assessment-submitted");
        Files.deleteIfExists(plan);

        // the refusals the test provoked (422, 409) are the only errors the page reported
        assertThat(browser.javaScriptErrors()).allMatch(e -> e.contains("status of 422") || e.contains("status of 409"));
    }
}
