package vn.thiduabot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.thiduabot.people.Role;
import vn.thiduabot.telegram.FakeBotApi;
import vn.thiduabot.telegram.FakeBotApi.Button;
import vn.thiduabot.telegram.FakeBotApi.RecordedMessage;
import vn.thiduabot.telegram.FakeBotApi.SentDocument;
import vn.thiduabot.telegram.FakeUser;

/**
 * The school year of the demo school (campaign 2023-2024 in src/test/resources/campaigns) as people live
 * it in Telegram, through the real TelegramBots client and the fake Bot API: a teacher registers in
 * September, scores herself in May with evidence, her team leader and a council member review, the
 * principal approves with one tap on a card that is then edited in place, and the teacher hears the
 * final result. Also: the return-for-revision loop, stale and forged button presses, a restart in the
 * middle of a self-assessment, and two council members opening the same submission.
 *
 * <p>One application serves the whole class; it lives on 08/09/2023 (registration open) for the first
 * part of the main story, then is redeployed on the same database living on 06/05/2024 (inside the
 * self-assessment window, 03/05–20/05/2024) for everything else. Each test has its own people and its
 * own team; only the main story's team has a team leader, so the other submissions go straight to the
 * council. Reminders are off and the per-chat sending limit is raised so that the bot's answers are not
 * paced at Telegram's one message a second per chat (the pacing has its own tests).
 */
@EndToEndTest.OwnApp
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class YearWorkflowE2eTest extends EndToEndTest {

    static final String SEPTEMBER = "2023-09-08";
    static final String MAY = "2024-05-06";
    static final String YEAR = "2023-2024";

    private static FakeBotApi sharedFake;
    private static Path dataDir;
    private static BotApp running;
    private static String runningOn;

    /** A small JPEG-looking picture, as a phone camera would send (the bot keeps only Telegram's file id). */
    static final byte[] PHOTO = jpeg();
    static final byte[] PDF = "%PDF-1.4\n% minh chung\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    /** One line of the 2023-2024 score sheet as the teacher walks it: where it is shown, and what she types. */
    record Item(String position, String code, String score, boolean penalty, boolean evidenceRequired) {

        boolean asksForEvidence() {
            return !penalty && !score.equals("0");
        }
    }

    /** The whole sheet in its order: 19 criteria, 3 bonus items, 3 penalty items. */
    static List<Item> sheet(String... scores) {
        String[] codes = {"I.1", "I.2", "I.3", "I.4", "II.1", "II.2", "II.3", "II.4", "II.5", "II.6", "III.1", "III.2", "III.3",
                "IV.1", "IV.2", "IV.3", "V.1", "V.2", "V.3", "B1", "B2", "B3", "P1", "P2", "P3"};
        Set<String> evidence = Set.of("II.1", "II.3", "II.4", "B1", "B2", "B3");
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            String position = i < 19 ? "Tiêu chí " + (i + 1) + "/19" : i < 22 ? "Điểm cộng " + (i - 18) + "/3" : "Điểm trừ " + (i - 21) + "/3";
            items.add(new Item(position, codes[i], scores[i], i >= 22, evidence.contains(codes[i])));
        }
        return items;
    }

    /** Hương's honest sheet: 89,5 on the criteria, +2 bonus (B1, teacher of the year at school level), no penalty = 91,5. */
    static final List<Item> HUONG = sheet("5", "4,5", "5", "5", "7", "7", "5", "9", "4", "3", "5", "4", "4", "5", "4", "3", "4", "3",
            "3", "2", "0", "0", "0", "0", "0");
    /** One point under the maximum on every criterion, no bonus, no penalty: 81, B – Tốt. */
    static final List<Item> ONE_UNDER = sheet("4", "4", "4", "4", "7", "7", "5", "9", "3", "3", "5", "4", "3", "4", "4", "4", "3", "2",
            "2", "0", "0", "0", "0", "0", "0");

    // --- the application ------------------------------------------------------------------------------------

    /** The database of the year (kept across the restarts of the story): SQLite in {@code dataDir} unless overridden. */
    private static String[] database = new String[0];

    /** A PostgreSQL variant returns {@link BotApp#onPostgres}'s arguments. */
    String[] newDatabase() {
        return new String[0];
    }

    private static String[] withDatabase(String... args) {
        return Stream.concat(Arrays.stream(database), Arrays.stream(args)).toArray(String[]::new);
    }

    /** The class's application, living on this day; redeployed on the same database and fake if it lived on another. */
    private void liveOn(String day) {
        if (running != null && day.equals(runningOn)) {
            useApp(running);
            return;
        }
        if (running != null) {
            running.stop();
        }
        if (sharedFake == null) {
            sharedFake = FakeBotApi.start();
            database = newDatabase();
            try {
                dataDir = Files.createTempDirectory("thidua-e2e-year-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        running = BotApp.start(sharedFake, dataDir, withDatabase(
                "--thidua.campaign-dir=src/test/resources/campaigns",
                "--thidua.today=" + day,
                "--thidua.reminders.enabled=false",
                "--thidua.outbox.per-chat-per-second=50",
                "--thidua.outbox.per-chat-burst=50"));
        runningOn = day;
        useApp(running);
    }

    @AfterAll
    static void closeEverything() {
        try {
            if (running != null) {
                running.close();
            }
        } finally {
            running = null;
            runningOn = null;
            database = new String[0];
            if (sharedFake != null) {
                sharedFake.close();
                sharedFake = null;
            }
            if (dataDir != null) {
                try (Stream<Path> files = Files.walk(dataDir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException e) {
                    // a temporary folder; the OS cleans it eventually
                }
                dataDir = null;
            }
        }
    }

    // --- the main story -------------------------------------------------------------------------------------

    @Test
    @Order(1)
    void a_teacher_registers_in_september_scores_herself_in_may_and_hears_the_principals_approval_of_the_councils_score() {
        liveOn(SEPTEMBER);
        FakeUser huong = newUser("Hương");
        FakeUser son = newUser("Sơn");
        FakeUser yen = newUser("Yến");
        FakeUser tuan = newUser("Tuấn");
        seedLinked(huong, "Bùi Thị Hương", Role.TEACHER);
        seedLinked(son, "Vì Văn Sơn", Role.TEACHER, Role.TEAM_LEADER);
        link(seedStaff("Cầm Thị Yến", "Tổ Ngữ văn - Sử - Địa", Role.TEACHER, Role.COUNCIL), yen);
        link(seedStaff("Đinh Công Tuấn", "Tổ Văn phòng", Role.PRINCIPAL), tuan);

        // --- September: self-assessment is months away, registration is open ---
        fake.userSends(huong, "/tucham");
        assertThat(awaitReply(huong).text()).isEqualTo(vi("scoring.self.not-yet-open", "03/05/2024", "20/05/2024", YEAR));

        fake.userSends(huong, "/dangky");
        assertThat(awaitReply(huong).text()).isEqualTo(vi("registration.intro", YEAR, "15/09/2023"));
        RecordedMessage title = awaitReply(huong);
        assertThat(title.text()).contains("Chiến sĩ thi đua cơ sở");
        assertThat(title.buttonLabels()).containsExactly("Lao động tiên tiến", "Chiến sĩ thi đua cơ sở");
        assertThat(answerTo(fake.userPresses(huong, title, "Lao động tiên tiến"))).isEqualTo(vi("registration.saved"));

        RecordedMessage form = awaitReply(huong);
        assertThat(form.text()).startsWith(vi("registration.ask.form"));
        assertThat(form.buttonLabels()).contains("Giấy khen của Hiệu trưởng", vi("registration.form.none"));
        fake.userPresses(huong, form, "Giấy khen của Hiệu trưởng");

        RecordedMessage initiative = awaitReply(huong);
        assertThat(initiative.text()).startsWith(vi("registration.ask.initiative"));
        fake.userPresses(huong, initiative, vi("registration.initiative.no"));

        assertThat(awaitReply(huong).text()).startsWith("Chỉ tiêu 1/5: Tỉ lệ học sinh đạt yêu cầu").contains(vi("registration.hint.percent"));
        fake.userSends(huong, "92,5");
        assertThat(awaitReply(huong).text()).startsWith("Chỉ tiêu 2/5: Số học sinh đạt giải học sinh giỏi cấp tỉnh");
        fake.userSends(huong, "2");
        assertThat(awaitReply(huong).text()).startsWith("Chỉ tiêu 3/5: Số tiết dạy tốt");
        fake.userSends(huong, "12");
        assertThat(awaitReply(huong).text()).startsWith("Chỉ tiêu 4/5: Sáng kiến hoặc đề tài dự kiến");
        fake.userSends(huong, "Dạy học dự án môn Tin học lớp 8");
        assertThat(awaitReply(huong).text()).startsWith("Chỉ tiêu 5/5: Cam kết không vi phạm đạo đức nhà giáo");
        fake.userSends(huong, "Có");

        RecordedMessage draft = awaitReply(huong);
        assertThat(draft.text()).contains("PHIẾU ĐĂNG KÝ THI ĐUA NĂM HỌC 2023-2024", "Họ và tên: Bùi Thị Hương", "Tổ: Tổ Toán - Tin",
                "Danh hiệu đăng ký: Lao động tiên tiến", "Hình thức khen thưởng: Giấy khen của Hiệu trưởng", ": 92,5%",
                "Số học sinh đạt giải học sinh giỏi cấp tỉnh: 2", ": 12", ": Dạy học dự án môn Tin học lớp 8",
                "Cam kết không vi phạm đạo đức nhà giáo, không dạy thêm sai quy định: Có", vi("registration.summary.status-draft"));
        assertThat(answerTo(fake.userPresses(huong, draft, vi("registration.button.submit")))).isEqualTo(vi("registration.submitted-toast"));
        assertThat(awaitReply(huong).text()).isEqualTo(vi("registration.submitted", "15/09/2023"));
        assertNoMoreReplies(huong);

        // --- May: the bot is redeployed living eight months later, on the same database ---
        liveOn(MAY);
        fake.userSends(huong, "/tucham");
        assertThat(awaitReply(huong).text()).startsWith("Tự đánh giá năm học 2023-2024: 19 tiêu chí").contains("Hạn nộp: 20/05/2024");
        RecordedMessage question = awaitReply(huong);
        for (Item item : HUONG) {
            assertThat(question.text()).as("the question for " + item.code()).startsWith(item.position() + " · " + item.code() + " ");
            if (item.evidenceRequired() && !item.penalty()) {
                assertThat(question.text()).contains(vi("scoring.self.evidence-required-note"));
            }
            fake.userSends(huong, item.score());
            if (item.asksForEvidence()) {
                RecordedMessage evidence = awaitReply(huong);
                assertThat(evidence.text()).startsWith(vi("scoring.self.saved", item.code(), item.score()));
                if (item.code().equals("II.1")) {
                    fake.userSendsPhoto(huong, PHOTO, null);
                    evidence = awaitReply(huong);
                    assertThat(evidence.text()).startsWith(vi("scoring.evidence.received", vi("scoring.evidence.photo"), "II.1", "1"));
                } else if (item.evidenceRequired()) {
                    String file = "minh-chung-" + item.code() + ".pdf";
                    fake.userSendsDocument(huong, file, "application/pdf", PDF, null);
                    evidence = awaitReply(huong);
                    assertThat(evidence.text()).startsWith(vi("scoring.evidence.received", file, item.code(), "1"));
                }
                fake.userPresses(huong, evidence, vi("scoring.self.done-button"));
            } else {
                assertThat(awaitReply(huong).text()).isEqualTo(vi("scoring.self.saved", item.code(), item.score()));
            }
            question = awaitReply(huong);
        }
        RecordedMessage summary = question;
        assertThat(summary.text()).startsWith(vi("scoring.self.summary-header", YEAR))
                .contains("I. Phẩm chất chính trị, đạo đức, lối sống: 19,5/20")
                .contains("II. Thực hiện nhiệm vụ chuyên môn: 35/40")
                .contains("Điểm cộng: +2 (tối đa 10)")
                .contains("Tổng điểm: 91,5 — xếp loại A – Xuất sắc")
                .doesNotContain("Thiếu minh chứng");
        assertThat(answerTo(fake.userPresses(huong, summary, vi("scoring.self.submit-button")))).isEqualTo(vi("scoring.self.submitted-toast"));
        assertThat(awaitReply(huong).text())
                .isEqualTo(vi("scoring.self.submitted", "91,5", "A – Xuất sắc", "Vì Văn Sơn", "Tổ Toán - Tin"));

        // --- the team leader: reviews first, passes it on unchanged ---
        assertThat(awaitReply(son).text())
                .isEqualTo(vi("scoring.notice.submitted-team", "Bùi Thị Hương", "Tổ Toán - Tin", "91,5", "A – Xuất sắc"));
        fake.userSends(son, "/duyet");
        RecordedMessage sonsList = awaitReply(son);
        assertThat(sonsList.text()).contains("Tổ Toán - Tin (1):").contains("• Bùi Thị Hương — nộp ");
        pressStartingWith(son, sonsList, "Bùi Thị Hương");
        RecordedMessage teamView = awaitUntil(son, m -> m.buttonLabels().contains(vi("scoring.review.team-done-button")));
        assertThat(screenEndingWith(son, teamView)).contains("🔍 Tổ đánh giá: Bùi Thị Hương — Tổ Toán - Tin").contains("Tự chấm: 91,5 (A – Xuất sắc)");
        assertThat(answerTo(fake.userPresses(son, teamView, vi("scoring.review.team-done-button"))))
                .isEqualTo(vi("scoring.review.team-done-toast"));
        assertThat(awaitReply(son).text()).isEqualTo(vi("scoring.review.team-done", "Bùi Thị Hương", "91,5"));

        // --- the council: sees the evidence photo, lowers II.4 with a reason, passes to the principal ---
        assertThat(awaitReply(yen).text()).startsWith("Tổ trưởng Vì Văn Sơn đã đánh giá xong phiếu của Bùi Thị Hương (Tổ Toán - Tin)")
                .contains("tự chấm 91,5, tổ đánh giá 91,5");
        fake.userSends(yen, "/duyet");
        RecordedMessage yensList = awaitUntil(yen, m -> hasButtonStartingWith(m, "Bùi Thị Hương"));
        pressStartingWith(yen, yensList, "Bùi Thị Hương");
        RecordedMessage councilView = awaitUntil(yen, m -> m.buttonLabels().contains(vi("scoring.review.pass-button")));
        assertThat(screenEndingWith(yen, councilView)).contains("Tổ đánh giá: 91,5 (A – Xuất sắc)").contains("Hội đồng: 91,5 (A – Xuất sắc)");

        fake.userSends(yen, "II.1");
        SentDocument photo = fake.awaitDocumentTo(yen.chatId(), d -> d.kind().equals("photo"), TIMEOUT);
        assertThat(photo.caption()).isEqualTo(vi("scoring.review.evidence-caption", "II.1", "1", "1", vi("scoring.evidence.photo")));
        assertThat(photo.fileId()).as("the teacher's photo is re-sent by its Telegram file id").isNotBlank();
        assertThat(awaitReply(yen).text()).startsWith("Tiêu chí 5/19 · II.1 Kế hoạch bài dạy, hồ sơ chuyên môn (tối đa 8)")
                .contains("Tự chấm: 7").contains(vi("scoring.review.item-files", "1"));

        fake.userSends(yen, "II.4");
        SentDocument pdf = fake.awaitDocumentTo(yen.chatId(), d -> "Minh chứng II.4 (1/1): minh-chung-II.4.pdf".equals(d.caption()), TIMEOUT);
        assertThat(pdf.kind()).isEqualTo("document");
        RecordedMessage ii4 = awaitReply(yen);
        assertThat(ii4.text()).startsWith("Tiêu chí 8/19 · II.4 Kết quả học tập của học sinh so với chỉ tiêu (tối đa 10)")
                .contains("Tự chấm: 9").contains("Tổ đánh giá: 9").contains("Hội đồng: 9");
        fake.userPresses(yen, ii4, vi("scoring.review.adjust-button"));
        assertThat(awaitReply(yen).text()).isEqualTo(vi("scoring.review.ask-score", "II.4", "Kết quả học tập của học sinh so với chỉ tiêu",
                "10", "9", vi("scoring.stage.council")));
        fake.userSends(yen, "7");
        assertThat(awaitReply(yen).text()).isEqualTo(vi("scoring.review.ask-reason", "II.4", "9", "7"));
        String reason = "Tỉ lệ đạt yêu cầu cả năm 86%, chưa đạt chỉ tiêu 92,5% đã đăng ký";
        fake.userSends(yen, reason);
        assertThat(awaitReply(yen).text()).isEqualTo(vi("scoring.review.adjusted", "II.4", "9", "7", reason));
        RecordedMessage ii4Again = awaitReply(yen);
        assertThat(ii4Again.text()).contains("Hội đồng: 7 (điều chỉnh: " + reason + ")");
        fake.userPresses(yen, ii4Again, vi("scoring.review.summary-button"));
        RecordedMessage adjusted = awaitUntil(yen, m -> m.buttonLabels().contains(vi("scoring.review.pass-button")));
        assertThat(screenEndingWith(yen, adjusted)).contains("Hội đồng: 89,5 (B – Tốt)");
        assertThat(answerTo(fake.userPresses(yen, adjusted, vi("scoring.review.pass-button")))).isEqualTo(vi("scoring.review.passed-toast"));
        assertThat(awaitReply(yen).text()).isEqualTo(vi("scoring.review.passed", "Bùi Thị Hương", "89,5", "B – Tốt"));

        // --- the principal: one card with the buttons, approved with one tap, edited in place ---
        RecordedMessage card = awaitReply(tuan);
        assertThat(card.text()).startsWith("📋 Phê duyệt kết quả tự đánh giá\nBùi Thị Hương — Tổ Toán - Tin")
                .contains("Tự chấm: 91,5").contains("Tổ đánh giá: 91,5 (Vì Văn Sơn)").contains("Hội đồng thẩm định: 89,5 (Cầm Thị Yến)")
                .contains("Xếp loại: B – Tốt")
                .contains("• II.4 Kết quả học tập của học sinh so với chỉ tiêu: 9 → 7 (Hội đồng thẩm định, Cầm Thị Yến): " + reason);
        assertThat(card.inlineKeyboard().get(0)).extracting(Button::text)
                .containsExactly(vi("scoring.approval.approve-button"), vi("scoring.approval.return-button"));
        assertThat(card.buttonLabels()).contains(vi("scoring.approval.details-button"));

        String approve = fake.userPresses(tuan, card, vi("scoring.approval.approve-button"));
        assertThat(answerTo(approve)).isEqualTo(vi("scoring.approval.approved-toast", "Bùi Thị Hương", "89,5"));
        RecordedMessage decided = fake.awaitEdit(card.messageId(), m -> m.text().contains("đã phê duyệt lúc"), TIMEOUT);
        assertThat(decided.text()).startsWith(card.text())
                .containsPattern("✅ Đinh Công Tuấn đã phê duyệt lúc \\d\\d/05/2024 \\d\\d:\\d\\d: 89,5 điểm, xếp loại B – Tốt\\.");
        assertThat(decided.buttonLabels()).containsExactly(vi("scoring.approval.details-button"));

        // --- the teacher hears the final result: the council's score, not her own ---
        assertThat(awaitReply(huong).text()).isEqualTo(vi("scoring.notice.approved", "89,5", "B – Tốt", "91,5", "Đinh Công Tuấn"));
        assertThat(awaitReply(yen).text()).startsWith("Hiệu trưởng Đinh Công Tuấn đã phê duyệt 1 phiếu")
                .contains("• Bùi Thị Hương: 89,5 điểm, B – Tốt");
        fake.userSends(huong, "/tucham");
        RecordedMessage status = awaitReply(huong);
        assertThat(status.text()).startsWith("Phiếu tự đánh giá năm học 2023-2024: " + vi("scoring.status.approved"))
                .contains(vi("scoring.self.final", "89,5", "B – Tốt"));
        assertNoMoreReplies(tuan); // the decision edited the card: no second message
    }

    // --- return for revision --------------------------------------------------------------------------------

    @Test
    @Order(2)
    void the_council_returns_a_submission_with_a_comment_and_the_teacher_fixes_it_resubmits_and_it_is_approved() {
        liveOn(MAY);
        FakeUser thu = newUser("Thu");
        FakeUser dung = newUser("Dũng");
        FakeUser quang = newUser("Quang");
        link(seedStaff("Hà Thị Thu", "Tổ Ngoại ngữ", Role.TEACHER), thu);
        link(seedStaff("Vì Văn Dũng", "Tổ Văn phòng", Role.COUNCIL), dung);
        link(seedStaff("Lê Văn Quang", "Tổ Văn phòng", Role.PRINCIPAL), quang);
        submitQuickly(thu, ONE_UNDER, "81 — xếp loại B – Tốt");

        RecordedMessage view = openAsCouncil(dung, "Hà Thị Thu");
        fake.userPresses(dung, view, vi("scoring.review.return-button"));
        assertThat(awaitReply(dung).text()).isEqualTo(vi("scoring.review.ask-comment", "Hà Thị Thu"));
        fake.userSends(dung, "ok");
        assertThat(awaitReply(dung).text()).isEqualTo(vi("scoring.review.reason-too-short"));
        String comment = "II.4: tỉ lệ đạt yêu cầu thực tế 85%, thấp hơn chỉ tiêu đã đăng ký; cô chấm lại mục này";
        fake.userSends(dung, comment);
        assertThat(awaitReply(dung).text()).isEqualTo(vi("scoring.review.returned", "Hà Thị Thu"));

        RecordedMessage notice = awaitUntil(thu, m -> m.text().contains("trả lại để chỉnh sửa"));
        assertThat(notice.text()).startsWith("Phiếu tự đánh giá của thầy cô được Vì Văn Dũng (Hội đồng thẩm định) trả lại để chỉnh sửa.")
                .contains("Nhận xét: " + comment).contains("/tucham");

        fake.userSends(thu, "/tucham");
        assertThat(awaitReply(thu).text()).startsWith("Phiếu của thầy cô được Vì Văn Dũng trả lại lúc ").contains("Nhận xét: " + comment);
        RecordedMessage summary = awaitReply(thu);
        assertThat(summary.text()).contains("Tổng điểm: 81").contains(vi("scoring.self.summary-hint-returned"));
        assertThat(summary.buttonLabels()).contains(vi("scoring.self.resubmit-button"));
        fake.userSends(thu, "II.4");
        RecordedMessage ii4 = awaitReply(thu);
        assertThat(ii4.text()).startsWith("Tiêu chí 8/19 · II.4").contains(vi("scoring.self.current", "9"))
                .contains(vi("scoring.self.current-files", "1"));
        fake.userSends(thu, "7");
        RecordedMessage evidence = awaitReply(thu);
        assertThat(evidence.text()).startsWith(vi("scoring.self.saved", "II.4", "7"));
        fake.userPresses(thu, evidence, vi("scoring.self.done-button"));
        RecordedMessage fixed = awaitReply(thu);
        assertThat(fixed.text()).as("back to the summary, not on through every item").contains("Tổng điểm: 79 — xếp loại B – Tốt");
        assertThat(answerTo(fake.userPresses(thu, fixed, vi("scoring.self.resubmit-button")))).isEqualTo(vi("scoring.self.submitted-toast"));
        assertThat(awaitReply(thu).text()).startsWith("Đã nộp phiếu tự đánh giá: 79 điểm");

        // ... and it goes on: the council passes it, the principal approves it
        assertThat(awaitUntil(dung, m -> m.text().contains("Hà Thị Thu (Tổ Ngoại ngữ) đã nộp phiếu")).text()).contains(": 79 điểm");
        passAsCouncil(dung, openAsCouncil(dung, "Hà Thị Thu"), "Hà Thị Thu", "79");
        RecordedMessage card = awaitUntil(quang, m -> m.text().contains("Hà Thị Thu — Tổ Ngoại ngữ"));
        assertThat(card.text()).contains("Tự chấm: 79").contains(vi("scoring.approval.no-adjustments"));
        fake.userPresses(quang, card, vi("scoring.approval.approve-button"));
        fake.awaitEdit(card.messageId(), m -> m.text().contains("Lê Văn Quang đã phê duyệt lúc"), TIMEOUT);
        assertThat(awaitUntil(thu, m -> m.text().contains("phê duyệt")).text())
                .isEqualTo(vi("scoring.notice.approved", "79", "B – Tốt", "79", "Lê Văn Quang"));
    }

    // --- stale and forged presses ---------------------------------------------------------------------------

    @Test
    @Order(3)
    void a_double_tap_a_late_tap_a_forged_press_and_someone_elses_press_approve_nothing_twice() {
        liveOn(MAY);
        FakeUser mai = newUser("Mai");
        FakeUser hai = newUser("Hải");
        FakeUser thanh = newUser("Thanh");
        link(seedStaff("Quàng Thị Mai", "Tổ Hóa - Sinh", Role.TEACHER), mai);
        link(seedStaff("Lường Văn Hải", "Tổ Văn phòng", Role.COUNCIL), hai);
        link(seedStaff("Nguyễn Thị Thanh", "Tổ Văn phòng", Role.PRINCIPAL), thanh);
        submitQuickly(mai, ONE_UNDER, "81 — xếp loại B – Tốt");
        passAsCouncil(hai, openAsCouncil(hai, "Quàng Thị Mai"), "Quàng Thị Mai", "81");
        RecordedMessage card = awaitUntil(thanh, m -> m.text().contains("Quàng Thị Mai — Tổ Hóa - Sinh"));

        // a council member replays the principal's button data from his own client: refused, nothing changes
        String foreign = fake.userPresses(hai, card, vi("scoring.approval.approve-button"));
        assertThat(answerTo(foreign)).isEqualTo(vi("error.button-stale"));
        // made-up callback data
        assertThat(answerTo(fake.userPressesRaw(thanh, "score-approve|ok:1:1"))).isEqualTo(vi("error.button-stale"));
        assertThat(answerTo(fake.userPressesRaw(thanh, "ok:" + Long.MAX_VALUE + ":1"))).isEqualTo(vi("error.button-stale"));
        assertThat(fake.edits()).as("the card is untouched").noneMatch(e -> e.messageId() == card.messageId());

        // a double tap: both presses arrive in one batch; the first approves, the second is told it is done
        fake.holdUpdates();
        String first = fake.userPresses(thanh, card, vi("scoring.approval.approve-button"));
        String second = fake.userPresses(thanh, card, vi("scoring.approval.approve-button"));
        fake.releaseUpdates();
        assertThat(answerTo(first)).isEqualTo(vi("scoring.approval.approved-toast", "Quàng Thị Mai", "81"));
        String alreadyPrefix = "Phiếu này đã được Nguyễn Thị Thanh xử lý (" + vi("scoring.action.approve") + ") lúc ";
        assertThat(answerTo(second)).startsWith(alreadyPrefix).endsWith("nút này không còn tác dụng.");
        fake.awaitEdit(card.messageId(), m -> m.text().contains("Nguyễn Thị Thanh đã phê duyệt lúc"), TIMEOUT);
        assertThat(awaitUntil(mai, m -> m.text().contains("phê duyệt")).text())
                .isEqualTo(vi("scoring.notice.approved", "81", "B – Tốt", "81", "Nguyễn Thị Thanh"));
        assertThat(awaitUntil(hai, m -> m.text().contains("đã phê duyệt")).text()).contains("• Quàng Thị Mai: 81 điểm, B – Tốt");

        // later, the old card's buttons (as an old screen still shows them): answered, nothing happens
        assertThat(answerTo(fake.userPresses(thanh, card, vi("scoring.approval.approve-button")))).startsWith(alreadyPrefix);
        assertThat(answerTo(fake.userPresses(thanh, card, vi("scoring.approval.return-button")))).startsWith(alreadyPrefix);
        assertNoMoreReplies(mai);
        assertNoMoreReplies(thanh);
        assertNoMoreReplies(hai);
        assertThat(fake.edits()).as("one edit: the decision").filteredOn(e -> e.messageId() == card.messageId()).hasSize(1);
        fake.userSends(mai, "/tucham");
        assertThat(awaitReply(mai).text()).contains(vi("scoring.self.final", "81", "B – Tốt"));
    }

    // --- a redeploy in the middle of a self-assessment ------------------------------------------------------

    @Test
    @Order(4)
    void after_a_restart_tucham_resumes_at_the_criterion_where_the_teacher_stopped() {
        liveOn(MAY);
        FakeUser hanh = newUser("Hạnh");
        link(seedStaff("Lường Thị Hạnh", "Tổ Thể dục - Quốc phòng", Role.TEACHER), hanh);
        fake.userSends(hanh, "/tucham");
        awaitReply(hanh); // the introduction
        assertThat(awaitReply(hanh).text()).startsWith("Tiêu chí 1/19 · I.1 ");
        fake.userSends(hanh, "5");
        RecordedMessage i1Evidence = awaitReply(hanh);
        fake.userPresses(hanh, i1Evidence, vi("scoring.self.done-button"));
        assertThat(awaitReply(hanh).text()).startsWith("Tiêu chí 2/19 · I.2 ");
        fake.userSends(hanh, "4,5");
        fake.userPresses(hanh, awaitReply(hanh), vi("scoring.self.done-button"));
        assertThat(awaitReply(hanh).text()).startsWith("Tiêu chí 3/19 · I.3 ");

        running.restart();
        useApp(running);

        assertThat(answerTo(fake.userPresses(hanh, i1Evidence, vi("scoring.self.done-button"))))
                .as("a button from before the restart, for an item long done").isEqualTo(vi("scoring.self.stale-button"));
        fake.userSends(hanh, "/tucham");
        assertThat(awaitReply(hanh).text()).isEqualTo(vi("scoring.self.resume", "20/05/2024"));
        RecordedMessage i3 = awaitReply(hanh);
        assertThat(i3.text()).startsWith("Tiêu chí 3/19 · I.3 Đoàn kết, giúp đỡ đồng nghiệp").doesNotContain("Điểm đã ghi");
        fake.userPresses(hanh, i3, vi("scoring.self.back-button"));
        RecordedMessage i2 = awaitReply(hanh);
        assertThat(i2.text()).startsWith("Tiêu chí 2/19 · I.2 ").contains(vi("scoring.self.current", "4,5"));
        fake.userPresses(hanh, i2, vi("scoring.self.keep-button", "4,5"));
        RecordedMessage kept = awaitReply(hanh);
        assertThat(kept.text()).startsWith(vi("scoring.self.saved", "I.2", "4,5"));
        fake.userPresses(hanh, kept, vi("scoring.self.done-button"));
        assertThat(awaitReply(hanh).text()).startsWith("Tiêu chí 3/19 · I.3 ");
        fake.userSends(hanh, "5");
        assertThat(awaitReply(hanh).text()).startsWith(vi("scoring.self.saved", "I.3", "5"));
    }

    // --- two reviewers, one submission ----------------------------------------------------------------------

    @Test
    @Order(5)
    void a_second_council_member_opening_the_same_submission_is_told_who_holds_it_and_later_who_handled_it() {
        liveOn(MAY);
        FakeUser lan = newUser("Lan");
        FakeUser khanh = newUser("Khánh");
        FakeUser hoa = newUser("Hoa");
        link(seedStaff("Sa Thị Lan", "Tổ Lịch sử - Địa lý", Role.TEACHER), lan);
        link(seedStaff("Lò Văn Khánh", "Tổ Văn phòng", Role.COUNCIL), khanh);
        link(seedStaff("Điêu Thị Hoa", "Tổ Ngoại ngữ", Role.TEACHER, Role.COUNCIL), hoa);
        submitQuickly(lan, ONE_UNDER, "81 — xếp loại B – Tốt");

        RecordedMessage khanhsView = openAsCouncil(khanh, "Sa Thị Lan");

        fake.userSends(hoa, "/duyet");
        RecordedMessage list = awaitUntil(hoa, m -> hasButtonStartingWith(m, "Sa Thị Lan"));
        assertThat(list.text()).containsPattern("• Sa Thị Lan — nộp [^\\n]* " + Pattern.quote(
                vi("scoring.review.list-claimed", "Lò Văn Khánh")));
        String blocked = pressStartingWith(hoa, list, "Sa Thị Lan");
        String heldBy = "Phiếu này đang được Lò Văn Khánh thẩm định (mở lúc ";
        assertThat(answerTo(blocked)).startsWith(heldBy);
        assertThat(awaitReply(hoa).text()).startsWith(heldBy);
        assertNoMoreReplies(hoa); // no review screen, no buttons to change anything

        passAsCouncil(khanh, khanhsView, "Sa Thị Lan", "81");
        String late = pressStartingWith(hoa, list, "Sa Thị Lan");
        assertThat(answerTo(late)).startsWith("Phiếu này đã được Lò Văn Khánh xử lý (" + vi("scoring.action.pass") + ") lúc ");
        assertThat(awaitReply(hoa).text()).startsWith("Phiếu này đã được Lò Văn Khánh xử lý");
    }

    // --- helpers --------------------------------------------------------------------------------------------

    /** The callback answer (toast) of a press; "" if the bot answered without text. */
    private String answerTo(String callbackQueryId) {
        String text = fake.awaitCallbackAnswer(callbackQueryId, TIMEOUT).text();
        return text == null ? "" : text;
    }

    /** Skips this user's unseen messages up to the first that matches, and returns it. */
    private RecordedMessage awaitUntil(FakeUser user, Predicate<RecordedMessage> wanted) {
        List<String> skipped = new ArrayList<>();
        long deadline = System.currentTimeMillis() + TIMEOUT.toMillis();
        while (true) {
            long left = deadline - System.currentTimeMillis();
            RecordedMessage m;
            try {
                m = fake.awaitMessageTo(user.chatId(), Duration.ofMillis(Math.max(left, 1)));
            } catch (AssertionError e) {
                throw new AssertionError("No matching message to " + user.firstName() + "; skipped:\n  "
                        + skipped.stream().collect(Collectors.joining("\n  ")), e);
            }
            if (wanted.test(m)) {
                return m;
            }
            skipped.add(m.toString());
        }
    }

    /**
     * A long screen (the review overview) may come in several messages, the buttons on the last: the text of
     * that last message and of those sent just before it without buttons.
     */
    private String screenEndingWith(FakeUser user, RecordedMessage last) {
        List<RecordedMessage> all = fake.messagesTo(user.chatId());
        int end = all.indexOf(last);
        int start = end;
        while (start > 0 && !all.get(start - 1).hasInlineKeyboard()) {
            start--;
        }
        return all.subList(start, end + 1).stream().map(RecordedMessage::text).collect(Collectors.joining("\n"));
    }

    private static boolean hasButtonStartingWith(RecordedMessage m, String prefix) {
        return m.buttons().stream().anyMatch(b -> b.text().startsWith(prefix));
    }

    /** Presses the first button whose label starts with this prefix; returns the callback query id. */
    private String pressStartingWith(FakeUser user, RecordedMessage m, String prefix) {
        String label = m.buttons().stream().map(Button::text).filter(t -> t.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("No button starting with \"" + prefix + "\" in " + m));
        return fake.userPresses(user, m, label);
    }

    /**
     * The teacher goes through the whole sheet the quick way a confident user does: she types each score,
     * sends a photo where evidence is required, and types the next item's code instead of pressing
     * „Xong” (the introduction tells her she can). Everything is sent at once; the bot takes it in order.
     * Then she submits from the summary.
     */
    private void submitQuickly(FakeUser teacher, List<Item> items, String total) {
        fake.userSends(teacher, "/tucham");
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            fake.userSends(teacher, item.score());
            if (item.asksForEvidence()) {
                if (item.evidenceRequired()) {
                    fake.userSendsPhoto(teacher, PHOTO, null);
                }
                fake.userSends(teacher, items.get(i + 1).code());
            }
        }
        RecordedMessage summary = awaitUntil(teacher, m -> m.text().startsWith(vi("scoring.self.summary-header", YEAR)));
        assertThat(summary.text()).contains("Tổng điểm: " + total).doesNotContain("Thiếu minh chứng").doesNotContain("chưa chấm");
        assertThat(answerTo(fake.userPresses(teacher, summary, vi("scoring.self.submit-button")))).isEqualTo(vi("scoring.self.submitted-toast"));
        assertThat(awaitReply(teacher).text()).startsWith("Đã nộp phiếu tự đánh giá: " + total.substring(0, total.indexOf(' ')) + " điểm");
    }

    /** A council member opens the teacher's submission from /duyet; returns the review screen's last message (with the buttons). */
    private RecordedMessage openAsCouncil(FakeUser member, String teacher) {
        fake.userSends(member, "/duyet");
        RecordedMessage list = awaitUntil(member, m -> hasButtonStartingWith(m, teacher));
        pressStartingWith(member, list, teacher);
        return awaitUntil(member, m -> m.buttonLabels().contains(vi("scoring.review.pass-button")));
    }

    /** The council member who holds the submission passes it to the principal unchanged. */
    private void passAsCouncil(FakeUser member, RecordedMessage view, String teacher, String total) {
        assertThat(answerTo(fake.userPresses(member, view, vi("scoring.review.pass-button")))).isEqualTo(vi("scoring.review.passed-toast"));
        assertThat(awaitUntil(member, m -> m.text().startsWith("Đã trình Hiệu trưởng phiếu của " + teacher)).text())
                .contains("Hội đồng thẩm định " + total + " điểm");
    }

    private static byte[] jpeg() {
        byte[] b = new byte[2048];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i * 31);
        }
        b[0] = (byte) 0xFF;
        b[1] = (byte) 0xD8;
        b[2] = (byte) 0xFF;
        b[3] = (byte) 0xE0;
        b[b.length - 2] = (byte) 0xFF;
        b[b.length - 1] = (byte) 0xD9;
        return b;
    }
}
