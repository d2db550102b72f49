package vn.thiduabot.scoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
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
import vn.thiduabot.chat.UpdateIntake;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.notification.OutgoingMessage.InlineButton;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.StaffMember;
import vn.thiduabot.staff.Team;
import vn.thiduabot.support.BotWebTest;
import vn.thiduabot.support.Browser;
import vn.thiduabot.support.ChatDriver;
import vn.thiduabot.support.ClockAt;
import vn.thiduabot.support.MutableClock;
import vn.thiduabot.support.SchoolFixture;
import vn.thiduabot.support.WebApp;

/**
 * The whole day on phones (Chromium at 360x740, Telegram's stub script): Lò Thị Hoa fills all 25 lines of her
 * sheet (19 criteria, 3 bonus, 3 penalty) on the page and watches the part subtotals, the capped bonus, the penalties,
 * the total and the band follow her; she attaches her evidence and submits. Her team leader passes it; Hà Văn Minh of
 * the council opens it with /duyet in the chat, follows the chat's "📝 Mở phiếu" to the review table, lowers one line
 * with a reason and passes it; the principal's card arrives.
 */
@BotWebTest
@ClockAt(SelfAssessmentOnThePhoneBrowserTest.MONDAY)
class SelfAssessmentOnThePhoneBrowserTest {

    static final String MONDAY = "2024-05-06T01:00:00Z";
    static final long HOA = 9_401;
    static final long SON = 9_402;
    static final long MINH = 9_403;
    static final long TUAN = 9_404;

    /** What Hoa types, line by line, in the order of the sheet. */
    static final Map<String, String> TYPED = new LinkedHashMap<>();

    static {
        String[][] lines = {{"I.1", "5"}, {"I.2", "5"}, {"I.3", "4"}, {"I.4", "5"}, {"II.1", "8"}, {"II.2", "3"}, {"II.3", "6"},
            {"II.4", "9,5"}, {"II.5", "4"}, {"II.6", "2"}, {"III.1", "3"}, {"III.2", "5"}, {"III.3", "4"}, {"IV.1", "5"}, {"IV.2", "5"},
            {"IV.3", "4"}, {"V.1", "4"}, {"V.2", "3"}, {"V.3", "3"}, {"B1", "5"}, {"B2", "5"}, {"B3", "2"}, {"P1", "1,5"}, {"P2", "3"},
            {"P3", "2"}};
        for (String[] l : lines) {
            TYPED.put(l[0], l[1]);
        }
    }

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort int port;
    @Autowired MutableClock clock;
    @Autowired SchoolFixture school;
    @Autowired UpdateIntake intake;
    @Autowired Outbox outbox;
    @Autowired JdbcTemplate jdbc;
    WebApp web;
    ChatDriver chat;
    StaffMember principal;

    @BeforeEach
    void school() {
        school.reset();
        clock.set(Instant.parse(MONDAY));
        Team toan = school.team("Toán - Tin");
        Team office = school.team("Văn phòng");
        school.linked("Lò Thị Hoa", "+84912000401", toan, HOA, Role.TEACHER);
        school.linked("Vì Văn Sơn", "+84912000402", toan, SON, Role.TEACHER, Role.TEAM_LEADER);
        school.linked("Hà Văn Minh", "+84912000403", office, MINH, Role.COUNCIL);
        principal = school.linked("Đinh Công Tuấn", "+84912000404", office, TUAN, Role.PRINCIPAL);
        web = new WebApp(port, clock);
        chat = new ChatDriver(intake, outbox);
    }

    @Test
    void a_teacher_fills_all_25_lines_and_submits_and_the_council_adjusts_one_line_and_passes_it() throws IOException {
        browser.open(web.page("assessment") + Browser.telegramHash(web.initData(HOA), Browser.LIGHT_THEME));
        browser.waitFor(By.id("s-P3"));
        assertThat(browser.driver().findElements(By.cssSelector("input.score"))).hasSize(25);

        TYPED.forEach((code, typed) -> {
            WebElement field = browser.driver().findElement(By.id("s-" + code.replace('.', '_')));
            browser.script("arguments[0].scrollIntoView({block: 'center'});", field);
            field.sendKeys(typed);
        });
        // 87,5 for the criteria; bonus 12 claimed, 10 counted (the cap); 6,5 deducted: 91, band A
        browser.waitUntil("the total of all 25 lines", d -> d.findElement(By.cssSelector(".assessment-bar")).getText().contains("91"));
        browser.waitUntil("saved", d -> d.findElement(By.id("saved")).getText().equals("Đã lưu"));
        assertThat(browser.text(By.cssSelector(".assessment-bar"))).contains("A – Xuất sắc");
        assertThat(subtotals()).containsExactly("Cộng phần I: 19/20", "Cộng phần II: 32,5/40", "Cộng phần III: 12/15",
                "Cộng phần IV: 14/15", "Cộng phần V: 10/10", "Điểm cộng được tính (sau giới hạn 10): 10", "Tổng điểm trừ: 6,5");
        // a penalty line raised by two points: 89, band B at once; back to 2: 91, A
        WebElement p3 = browser.driver().findElement(By.id("s-P3"));
        browser.script("arguments[0].scrollIntoView({block: 'center'});", p3);
        p3.clear();
        p3.sendKeys("4");
        browser.waitUntil("89 and band B", d -> d.findElement(By.cssSelector(".assessment-bar")).getText().contains("B – Tốt"));
        assertThat(browser.text(By.cssSelector(".assessment-bar"))).contains("89");
        p3.clear();
        p3.sendKeys("2");
        browser.waitUntil("91 and A again", d -> d.findElement(By.cssSelector(".assessment-bar")).getText().contains("A – Xuất sắc"));
        browser.waitUntil("saved", d -> d.findElement(By.id("saved")).getText().equals("Đã lưu"));

        // the six lines that need evidence, from the phone's files
        Path file = Files.createTempFile("minh-chung", ".pdf");
        Files.write(file, "%PDF-1.4 minh chung".getBytes());
        for (String code : List.of("II.1", "II.3", "II.4", "B1", "B2", "B3")) {
            String id = code.replace('.', '_');
            WebElement input = browser.driver().findElement(By.cssSelector("#line-" + id + " input[type=file]"));
            input.sendKeys(file.toString());
            browser.waitUntil(code + " attached", d -> d.findElement(By.cssSelector("#line-" + id + " .files")).getText()
                    .contains(file.getFileName().toString()));
        }
        browser.driver().findElement(By.cssSelector(".assessment-bar button")).click();
        browser.waitUntil("submitted", d -> d.findElement(By.id("main")).getText().contains("Đã nộp phiếu"));
        browser.screenshot("day-teacher-submitted");
        Files.deleteIfExists(file);

        // her team leader passes it on his phone
        long id = web.get("review", web.initData(SON)).json().get("items").get(0).get("id").asLong();
        assertThat(web.get("review/" + id, web.initData(SON)).status()).isEqualTo(200);
        assertThat(web.post("review/" + id + "/pass", web.initData(SON), Map.of()).status()).isEqualTo(200);

        // the council member opens it in the chat, which offers the form; he follows it, as Telegram would open it
        chat.says(MINH, "/duyet");
        chat.pressesFirst(MINH, b -> b.label().startsWith("Lò Thị Hoa"), "Lò Thị Hoa");
        assertThat(chat.lastText(MINH)).contains("Lò Thị Hoa").contains("91");
        String form = chat.last(MINH).inlineButtons().stream().flatMap(List::stream).filter(InlineButton::opensWebApp)
                .map(InlineButton::webAppUrl).findFirst().orElseThrow();
        assertThat(form).isEqualTo(WebApp.PUBLIC_URL + "/app/?screen=review&id=" + id);
        browser.open(form.replace(WebApp.PUBLIC_URL, web.base()) + Browser.telegramHash(web.initData(MINH), Browser.LIGHT_THEME));
        browser.waitFor(By.cssSelector(".review-table"));

        tap(By.cssSelector("button[aria-controls='edit-II_4']"));
        WebElement score = browser.waitFor(By.id("score-II_4"));
        score.clear();
        score.sendKeys("8");
        browser.driver().findElement(By.id("reason-II_4")).sendKeys("Kết quả khảo sát chỉ đạt 80% chỉ tiêu");
        tap(By.cssSelector("#edit-II_4 button[type=submit]"));
        browser.waitUntil("the council's total", d -> "89,5".equals(browser.script(
                "var c = document.querySelectorAll('.review-table tr.total td'); return c[c.length - 1].textContent;")));
        tap(By.id("review-pass"));
        browser.waitUntil("passed", d -> d.findElement(By.cssSelector("main p[role=status]")).getText().contains("Đã trình Hiệu trưởng"));
        browser.screenshot("day-council-passed");

        assertThat(jdbc.queryForObject("select count(*) from outbox_message where idempotency_key = ?", Integer.class,
                "approval:" + id + ":1:" + principal.getId())).isEqualTo(1);
        assertThat(chat.lastText(TUAN)).contains("Lò Thị Hoa").contains("89,5");
        assertThat(browser.javaScriptErrors()).isEmpty();
    }

    private List<String> subtotals() {
        return browser.driver().findElements(By.cssSelector(".part .subtotal")).stream().map(WebElement::getText).toList();
    }

    private void tap(By by) {
        WebElement e = browser.waitFor(by);
        browser.script("arguments[0].scrollIntoView({block: 'center'});", e);
        e.click();
    }
}
