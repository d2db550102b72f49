package vn.thiduabot.scoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.people.PersonDirectory;
import vn.thiduabot.people.Role;
import vn.thiduabot.scoring.Actor;
import vn.thiduabot.scoring.AssessmentService;
import vn.thiduabot.scoring.ReviewService;
import vn.thiduabot.scoring.Stage;
import vn.thiduabot.staff.StaffMember;
import vn.thiduabot.staff.Team;
import vn.thiduabot.support.BotWebTest;
import vn.thiduabot.support.Browser;
import vn.thiduabot.support.ClockAt;
import vn.thiduabot.support.MutableClock;
import vn.thiduabot.support.SchoolFixture;
import vn.thiduabot.support.WebApp;

/**
 * Hà Văn Minh, of the council, reviews Lò Thị Hoa's self-assessment on his phone (Chromium at 360x740): he finds it in
 * his list, opens it as one table, tries to lower one line without saying why and is told so under that line, gives
 * the reason, sees the council's column and total change, and passes it to the principal, whose card is queued.
 */
@BotWebTest
@ClockAt("2024-05-06T01:00:00Z")
class ReviewBrowserTest {

    static final Instant MONDAY = Instant.parse("2024-05-06T01:00:00Z");
    static final long HOA = 9_301;
    static final long SON = 9_302;
    static final long MINH = 9_303;
    static final long TUAN = 9_305;

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort int port;
    @Autowired MutableClock clock;
    @Autowired SchoolFixture school;
    @Autowired PersonDirectory people;
    @Autowired Campaigns campaigns;
    @Autowired AssessmentService workflow;
    @Autowired ReviewService reviews;
    @Autowired JdbcTemplate jdbc;
    WebApp web;
    long tuan;

    @BeforeEach
    void school() {
        school.reset();
        clock.set(MONDAY);
        Team toan = school.team("Toán - Tin");
        Team vp = school.team("Văn phòng");
        school.linked("Lò Thị Hoa", "+84912000301", toan, HOA, Role.TEACHER);
        school.linked("Vì Văn Sơn", "+84912000302", toan, SON, Role.TEACHER, Role.TEAM_LEADER);
        school.linked("Hà Văn Minh", "+84912000303", vp, MINH, Role.COUNCIL, Role.SECRETARY);
        StaffMember principal = school.linked("Đinh Công Tuấn", "+84912000305", vp, TUAN, Role.PRINCIPAL);
        tuan = principal.getId();
        web = new WebApp(port, clock);
    }

    private Actor actor(long telegram) {
        return Actor.of(people.findByTelegramUser(telegram).orElseThrow());
    }

    /** Hoa's sheet, every criterion one point under its maximum (81), reviewed by her team leader: the council's now. */
    private long atCouncil() {
        long id = SubmittedSheets.submit(workflow, campaigns, actor(HOA));
        reviews.open(actor(SON), id, Stage.TEAM);
        reviews.teamReviewed(actor(SON), id);
        return id;
    }

    @Test
    void a_council_member_adjusts_one_line_with_a_reason_and_passes_it_to_the_principal() {
        long id = atCouncil();
        browser.open(web.page("review") + Browser.telegramHash(web.initData(MINH), Browser.LIGHT_THEME));
        WebElement open = browser.waitFor(By.cssSelector(".review-queue button"));
        assertThat(open.getText()).contains("Lò Thị Hoa").contains("Hội đồng thẩm định").contains("06/05/2024 08:00");
        browser.screenshot("review-queue");
        open.click();

        browser.waitFor(By.cssSelector(".review-table"));
        assertThat(browser.text(By.cssSelector("main h2"))).isEqualTo("Hội đồng thẩm định: Lò Thị Hoa — Toán - Tin");
        assertThat(total()).isEqualTo("81");
        assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("the page itself never scrolls sideways at 360 px; the table scrolls inside its card").isEqualTo(true);

        tap(By.cssSelector("button[aria-label='Xem minh chứng II.1.pdf của tiêu chí II.1']"));
        browser.waitUntil("the evidence's answer", d -> d.findElement(By.id("alert")).isDisplayed());
        assertThat(browser.text(By.id("alert"))).as("signed in (not 401): this test bot has no Telegram to fetch files from")
                .startsWith("Bản chạy này không tải được tệp minh chứng");

        tap(By.cssSelector("button[aria-controls='edit-II_2']"));
        WebElement score = browser.waitFor(By.id("score-II_2"));
        score.clear();
        score.sendKeys("5");
        tap(By.cssSelector("#edit-II_2 button[type=submit]"));
        String refusal = browser.waitUntil("the refusal under the line",
                d -> d.findElement(By.id("error-II_2")).getText().isEmpty() ? null : d.findElement(By.id("error-II_2")).getText());
        assertThat(refusal).isEqualTo("Cần ghi lý do.");
        browser.screenshot("review-reason");
        assertThat(total()).as("nothing saved").isEqualTo("81");

        browser.driver().findElement(By.id("reason-II_2")).sendKeys("Hai giờ dạy bị nhắc nhở khi dự giờ đột xuất");
        tap(By.cssSelector("#edit-II_2 button[type=submit]"));
        browser.waitUntil("the council's new total", d -> "79".equals(total()));
        assertThat(browser.text(By.cssSelector(".review-changes li")))
                .isEqualTo("II.2 Thực hiện chương trình, giờ dạy: 7 → 5 (Hội đồng thẩm định, Hà Văn Minh). Lý do: Hai giờ dạy bị nhắc nhở khi dự giờ đột xuất");
        assertThat(browser.text(By.id("saved"))).isEqualTo("Đã lưu điều chỉnh II.2: 7 → 5.");
        browser.script("window.scrollTo(0, 0);");
        browser.screenshot("review-top");
        browser.script("document.querySelector(\"button[aria-controls='edit-II_2']\").scrollIntoView({block: 'center'});");
        browser.screenshot("review");
        browser.script("window.scrollTo(0, document.body.scrollHeight);");
        browser.screenshot("review-bottom");

        tap(By.id("review-pass"));
        assertThat(browser.text(By.cssSelector("main p[role=status]")))
                .isEqualTo("Đã trình Hiệu trưởng phiếu của Lò Thị Hoa: Hội đồng thẩm định 79 điểm, xếp loại B – Tốt.");
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where idempotency_key = ?", Integer.class,
                "approval:" + id + ":1:" + tuan)).isEqualTo(1);
        assertThat(browser.javaScriptErrors()).as("only the answers the server gave on purpose: no file fetcher, the refused save")
                .allSatisfy(e -> assertThat(e).containsAnyOf("503", "409"));
    }

    /** A tap as a thumb does it: the control scrolled to the middle of the screen first (the action bar covers the bottom). */
    private void tap(By by) {
        WebElement e = browser.waitFor(by);
        browser.script("arguments[0].scrollIntoView({block: 'center'});", e);
        e.click();
    }

    /** The council column's total, as the page shows it (the last cell of the total row). */
    private String total() {
        return (String) browser.script("var c = document.querySelectorAll('.review-table tr.total td'); return c[c.length - 1].textContent;");
    }
}
