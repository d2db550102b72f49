package vn.thiduabot.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.campaign.ScoreSheet.Criterion;
import vn.thiduabot.campaign.ScoreSheet;
import vn.thiduabot.chat.FreeText;
import vn.thiduabot.people.Role;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.chat.UpdateIntake;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.notification.OutgoingMessage;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffMember;
import vn.thiduabot.staff.StaffRepository;
import vn.thiduabot.staff.Team;
import vn.thiduabot.staff.TeamRepository;
import vn.thiduabot.support.ChatDriver;
import vn.thiduabot.support.TypedText;
import vn.thiduabot.support.MutableClock;
import vn.thiduabot.support.BotTest;
import vn.thiduabot.support.ClockAt;
import org.springframework.test.context.TestPropertySource;
import vn.thiduabot.support.SchoolFixture;

/**
 * Self-assessment, team and council review and the principal's approval in the 2023-2024 year of the
 * demo school, driven through the real intake as people use Telegram: Lò Thị Hoa scores herself, her
 * team leader Vì Văn Sơn reviews, council members Hà Văn Minh (also the secretary) and Cầm Thị Yến
 * review, the principal Đinh Công Tuấn approves. What each sees is read from the outbox.
 */
@BotTest
@TestPropertySource(properties = BotTest.CAMPAIGNS_2023)
@ClockAt("2024-05-06T01:00:00Z")
@RecordApplicationEvents
class ScoringDialogTest {

    /** Monday 6 May 2024, 08:00 in Vietnam: inside the self-assessment window (03/05 to 20/05/2024). */
    static final Instant MONDAY = Instant.parse("2024-05-06T01:00:00Z");


    static final long HOA = 8101;   // teacher, Toán - Tin
    static final long SON = 8102;   // team leader of Toán - Tin
    static final long MINH = 8103;  // council member and secretary
    static final long YEN = 8104;   // council member
    static final long TUAN = 8105;  // principal
    static final long TAI = 8106;   // teacher, Toán - Tin
    static final String TOAN = "Toán - Tin";

    @Autowired SchoolFixture school;
    @Autowired UpdateIntake intake;
    @Autowired Outbox outbox;
    ChatDriver chat;
    @Autowired StaffRepository staff;
    @Autowired TeamRepository teams;
    @Autowired StaffDirectory directory;
    @Autowired Texts texts;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired MutableClock clock;
    @Autowired Campaigns campaigns;
    @Autowired AssessmentService workflow;
    @Autowired ReviewService reviews;
    @Autowired DecisionService decisions;
    @Autowired AssessmentQueries queries;
    @Autowired ApplicationEvents events;

    final Map<Long, Long> staffIds = new java.util.HashMap<>();

    @BeforeEach
    void school() {
        chat = new ChatDriver(intake, outbox);
        school.reset(); // every table (SchemaReset)
        clock.advance(Duration.between(clock.instant(), MONDAY));
        tx.executeWithoutResult(s -> {
            Instant now = Instant.now();
            Team toan = school.team(TOAN);
            Team vp = school.team("Văn phòng");
            Team van = school.team("Ngữ văn");
            person(HOA, "Lò Thị Hoa", "+84912000101", toan, Set.of(Role.TEACHER), now);
            person(SON, "Vì Văn Sơn", "+84912000102", toan, Set.of(Role.TEACHER, Role.TEAM_LEADER), now);
            person(MINH, "Hà Văn Minh", "+84912000103", vp, Set.of(Role.COUNCIL, Role.SECRETARY), now);
            person(YEN, "Cầm Thị Yến", "+84912000104", van, Set.of(Role.TEACHER, Role.COUNCIL), now);
            person(TUAN, "Đinh Công Tuấn", "+84912000105", vp, Set.of(Role.PRINCIPAL), now);
            person(TAI, "Sa Văn Tài", "+84912000106", toan, Set.of(Role.TEACHER), now);
        });
    }

    private void person(long telegram, String name, String phone, Team team, Set<Role> roles, Instant now) {
        StaffMember m = staff.findByPhone(phone).orElseGet(() -> new StaffMember(name, phone, team, null, roles, now));
        if (!m.isLinked()) {
            m.linkTelegram(telegram, telegram, null, now);
        }
        m.changeLanguage("vi", now);
        staffIds.put(telegram, staff.save(m).getId());
    }

    // --- what people do --------------------------------------------------------------------------------------

    private void sendsPhoto(long user, String fileId) {
        chat.sendsPhoto(user, fileId, null, 180_000);
    }

    private void sendsFile(long user, String fileId, String name, String mime, long size) {
        chat.sendsDocument(user, null, fileId, name, mime, size);
    }

    private String pressesStartingWith(long user, String prefix) {
        return chat.pressesFirst(user, b -> b.label().startsWith(prefix), prefix);
    }

    private String all(long chat) {
        return String.join("\n----\n", this.chat.sent(chat).stream().map(OutgoingMessage::text).toList());
    }

    private int count(long chat) {
        return this.chat.sent(chat).size();
    }

    private String vi(String key, Object... args) {
        return texts.get(Texts.VIETNAMESE, key, args);
    }

    private ScoreSheet sheet() {
        return campaigns.current().scoreSheet();
    }

    private long staffId(long telegram) {
        return staffIds.get(telegram);
    }

    private Actor actor(long telegram) {
        return Actor.of(directory.byId(staffId(telegram)).orElseThrow().linkedPerson().orElseThrow());
    }

    private AssessmentSummary summaryOf(long telegram) {
        return queries.forStaff(staffId(telegram), "2023-2024").orElseThrow();
    }

    /** Every criterion one point under its maximum (81 of 100), no bonus, no penalty; evidence where required. */
    private long prepare(long telegram, AssessmentStatus target, boolean evidence) {
        Actor me = actor(telegram);
        long id = workflow.openOwn(me, campaigns.current()).getId();
        for (Criterion c : sheet().allItems()) {
            BigDecimal score = c.kind() == ScoreSheet.Kind.CRITERION ? c.max().subtract(BigDecimal.ONE) : BigDecimal.ZERO;
            workflow.setSelfScore(me, id, c.code(), score);
            if (evidence && c.evidenceRequired() && score.signum() > 0) {
                workflow.addEvidence(me, id, c.code(), "doc-" + c.code(), c.code() + ".pdf", "application/pdf", 90_000,
                        Evidence.Kind.DOCUMENT);
            }
        }
        workflow.moveTo(me, id, sheet().allItems().size());
        if (target == AssessmentStatus.DRAFT) {
            return id;
        }
        workflow.submit(me, id);
        if (target == AssessmentStatus.SUBMITTED) {
            return id;
        }
        reviews.open(actor(SON), id, Stage.TEAM);
        reviews.teamReviewed(actor(SON), id);
        if (target == AssessmentStatus.TEAM_REVIEWED) {
            return id;
        }
        reviews.open(actor(MINH), id, Stage.COUNCIL);
        reviews.pass(actor(MINH), id);
        return id;
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from self_assessment where id = ?", String.class, id);
    }

    // --- the whole year's path ---------------------------------------------------------------------------------

    @Test
    void teacher_self_scores_team_leader_and_council_review_principal_approves_by_button_and_teacher_hears_the_result() {
        chat.says(HOA, "/tucham");
        assertThat(all(HOA)).contains("Tự đánh giá năm học 2023-2024: 19 tiêu chí").contains("Hạn nộp: 20/05/2024");
        assertThat(chat.lastText(HOA)).startsWith("Tiêu chí 1/19 · I.1 Chấp hành chủ trương").contains("Điểm tối đa: 5.");

        for (Criterion c : sheet().allItems()) {
            String score = switch (c.code()) {
                case "II.2" -> "7";
                case "II.3" -> "5";
                case "B1" -> "2";
                case "B2", "B3", "P2", "P3" -> "0";
                case "P1" -> "1";
                default -> c.max().subtract(BigDecimal.ONE).toPlainString();
            };
            chat.says(HOA, score.replace('.', ','));
            boolean evidenceStep = c.kind() != ScoreSheet.Kind.PENALTY && !score.equals("0");
            if (!evidenceStep) {
                continue;
            }
            assertThat(chat.lastText(HOA)).as(c.code()).contains("Đã ghi " + score.replace('.', ',') + " điểm cho " + c.code());
            if (c.code().equals("II.1")) {
                sendsPhoto(HOA, "photo-II.1");
                assertThat(chat.lastText(HOA)).contains("Đã nhận minh chứng “Ảnh” cho II.1 (tệp thứ 1)");
            } else if (c.evidenceRequired()) {
                sendsFile(HOA, "doc-" + c.code(), "minh-chung-" + c.code() + ".pdf", "application/pdf", 300_000);
            }
            chat.presses(HOA, vi("scoring.self.done-button"));
        }
        String summary = chat.lastText(HOA);
        assertThat(summary).contains("Tổng hợp phiếu tự đánh giá năm học 2023-2024")
                .contains("I. Phẩm chất chính trị, đạo đức, lối sống: 16/20")
                .contains("II. Thực hiện nhiệm vụ chuyên môn: 34/40")
                .contains("Điểm cộng: +2 (tối đa 10)")
                .contains("Điểm trừ: −1")
                .contains("Tổng điểm: 82 — xếp loại B – Tốt");
        chat.presses(HOA, vi("scoring.self.submit-button"));
        assertThat(chat.lastText(HOA)).contains("Đã nộp phiếu tự đánh giá: 82 điểm").contains("Vì Văn Sơn");
        assertThat(chat.lastText(SON)).contains("Lò Thị Hoa (Toán - Tin) đã nộp phiếu tự đánh giá: 82 điểm").contains("/duyet");
        assertThat(chat.sent(MINH)).as("the council waits for the team").isEmpty();

        // the team leader: the team column, one adjustment with its reason, then on to the council
        chat.says(SON, "/duyet");
        assertThat(chat.lastText(SON)).contains("Toán - Tin (1):").contains("Lò Thị Hoa — nộp 06/05/2024 08:");
        pressesStartingWith(SON, "Lò Thị Hoa");
        assertThat(all(SON)).contains("🔍 Tổ đánh giá: Lò Thị Hoa — Toán - Tin").contains("Tự chấm: 82 (B – Tốt)");
        chat.says(SON, "II.3");
        assertThat(chat.lastText(SON)).contains("II.3 Dự giờ, thao giảng, chuyên đề (tối đa 6)").contains("Tự chấm: 5");
        chat.presses(SON, vi("scoring.review.adjust-button"));
        chat.says(SON, "4");
        chat.says(SON, "Mới dự 14/18 tiết theo quy định");
        assertThat(all(SON)).contains("Đã điều chỉnh II.3: 5 → 4. Lý do: Mới dự 14/18 tiết theo quy định");
        chat.presses(SON, vi("scoring.review.summary-button"));
        chat.presses(SON, vi("scoring.review.team-done-button"));
        assertThat(chat.lastText(SON)).contains("Đã ghi nhận đánh giá của tổ cho Lò Thị Hoa: 81 điểm");
        assertThat(chat.lastText(MINH)).contains("Tổ trưởng Vì Văn Sơn đã đánh giá xong phiếu của Lò Thị Hoa").contains("tổ đánh giá 81");

        // the council: self, team and its own column side by side; the evidence photo re-sent by file id
        chat.says(MINH, "/duyet");
        pressesStartingWith(MINH, "Lò Thị Hoa");
        assertThat(all(MINH)).contains("Tổ đánh giá: 81 (B – Tốt)").contains("Hội đồng: 81 (B – Tốt)")
                .contains("II.3 Dự giờ, thao giảng, chuyên đề (tối đa 6): tự chấm 5 · tổ 4 · HĐ 4")
                .contains("↳ Tổ: Mới dự 14/18 tiết theo quy định");
        chat.presses(MINH, vi("scoring.review.walk-button"));
        chat.presses(MINH, vi("scoring.review.next-button"));
        chat.says(MINH, "II.1");
        OutgoingMessage photo = chat.sent(MINH).stream().filter(m -> m.file() != null).reduce((a, b) -> b).orElseThrow();
        assertThat(photo.file().kind()).isEqualTo(OutgoingMessage.FileRef.Kind.PHOTO);
        assertThat(photo.file().fileId()).isEqualTo("photo-II.1");
        assertThat(photo.text()).isEqualTo("Minh chứng II.1 (1/1): Ảnh");
        chat.presses(MINH, vi("scoring.review.next-button"));
        assertThat(chat.lastText(MINH)).contains("II.2 Thực hiện chương trình, giờ dạy").contains("Tự chấm: 7");
        chat.presses(MINH, vi("scoring.review.adjust-button"));
        chat.says(MINH, "5");
        assertThat(chat.lastText(MINH)).contains("Lý do điều chỉnh II.2 từ 7 thành 5");
        chat.says(MINH, "Hai giờ dạy bị nhắc nhở khi dự giờ đột xuất");
        chat.presses(MINH, vi("scoring.review.summary-button"));
        assertThat(chat.lastText(MINH)).contains("Hội đồng: 79 (B – Tốt)");
        chat.presses(MINH, vi("scoring.review.pass-button"));
        assertThat(chat.lastText(MINH)).contains("Đã trình Hiệu trưởng phiếu của Lò Thị Hoa: Hội đồng thẩm định 79 điểm, xếp loại B – Tốt");

        // the principal: one card with the buttons, approved with one tap, edited in place
        long id = summaryOf(HOA).assessmentId();
        String cardKey = "approval:" + id + ":1:" + staffId(TUAN);
        assertThat(count(TUAN)).isEqualTo(1);
        String card = chat.lastText(TUAN);
        assertThat(card).contains("Lò Thị Hoa — Toán - Tin").contains("Tự chấm: 82").contains("Tổ đánh giá: 81 (Vì Văn Sơn)")
                .contains("Hội đồng thẩm định: 79 (Hà Văn Minh)").contains("Xếp loại: B – Tốt")
                .contains("• II.3 Dự giờ, thao giảng, chuyên đề: 5 → 4 (Tổ đánh giá, Vì Văn Sơn): Mới dự 14/18 tiết theo quy định")
                .contains("• II.2 Thực hiện chương trình, giờ dạy: 7 → 5 (Hội đồng thẩm định, Hà Văn Minh): Hai giờ dạy bị nhắc nhở");
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where idempotency_key = ?", Integer.class, cardKey)).isEqualTo(1);
        assertThat(chat.sent(TUAN).get(0).inlineButtons().get(0)).extracting(OutgoingMessage.InlineButton::label)
                .containsExactly("✅ Phê duyệt", "↩️ Trả lại");

        String answer = chat.presses(TUAN, "✅ Phê duyệt");
        assertThat(answer).isEqualTo("Đã phê duyệt: Lò Thị Hoa, 79 điểm");
        assertThat(count(TUAN)).as("no new message, the card is edited").isEqualTo(2);
        OutgoingMessage edit = chat.sent(TUAN).get(1);
        assertThat(edit.editOfKey()).isEqualTo(cardKey);
        assertThat(edit.text()).contains("✅ Đinh Công Tuấn đã phê duyệt lúc 06/05/2024 08:00: 79 điểm, xếp loại B – Tốt.");
        assertThat(edit.inlineButtons()).flatExtracting(r -> r).extracting(OutgoingMessage.InlineButton::label)
                .containsExactly("📄 Chi tiết");

        assertThat(chat.lastText(HOA)).contains("đã được Hiệu trưởng Đinh Công Tuấn phê duyệt")
                .contains("Điểm chính thức: 79 — xếp loại B – Tốt (thầy cô tự chấm 82)");
        assertThat(chat.lastText(MINH)).contains("Hiệu trưởng Đinh Công Tuấn đã phê duyệt 1 phiếu").contains("Lò Thị Hoa: 79 điểm, B – Tốt");

        AssessmentSummary s = summaryOf(HOA);
        assertThat(s.status()).isEqualTo(AssessmentStatus.APPROVED);
        assertThat(s.selfTotal()).isEqualByComparingTo("82");
        assertThat(s.teamTotal()).isEqualByComparingTo("81");
        assertThat(s.councilTotal()).isEqualByComparingTo("79");
        assertThat(s.finalTotal()).isEqualByComparingTo("79");
        assertThat(s.ratingCode()).isEqualTo("B");
        assertThat(queries.adjustments(id)).extracting(Adjustment::itemCode, Adjustment::stage)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("II.2", Stage.COUNCIL), org.assertj.core.groups.Tuple.tuple("II.3", Stage.TEAM));
        assertThat(queries.history(id)).extracting(HistoryEntry::action).containsExactly(EventAction.START, EventAction.SUBMIT,
                EventAction.TEAM_REVIEW, EventAction.PASS, EventAction.APPROVE);

        // the details button still works after the decision
        chat.presses(TUAN, "📄 Chi tiết");
        assertThat(chat.lastText(TUAN)).contains("II.2 Thực hiện chương trình, giờ dạy (tối đa 8): tự chấm 7 · tổ 7 · HĐ 5")
                .contains("↳ Hội đồng: Hai giờ dạy bị nhắc nhở khi dự giờ đột xuất");
    }

    // --- return for revision --------------------------------------------------------------------------------------

    @Test
    void a_returned_submission_reaches_the_teacher_with_the_comment_and_she_fixes_and_resubmits() {
        long id = prepare(HOA, AssessmentStatus.SUBMITTED, true);
        chat.says(SON, "/duyet");
        pressesStartingWith(SON, "Lò Thị Hoa");
        chat.presses(SON, vi("scoring.review.return-button"));
        assertThat(chat.lastText(SON)).contains("Nhận xét gửi Lò Thị Hoa");
        chat.says(SON, "Kết quả học tập II.4 chưa khớp với chỉ tiêu đã đăng ký, cô xem lại");
        assertThat(chat.lastText(SON)).contains("Đã trả lại phiếu cho Lò Thị Hoa");
        assertThat(status(id)).isEqualTo("RETURNED");
        assertThat(chat.lastText(HOA)).contains("được Vì Văn Sơn (Tổ đánh giá) trả lại để chỉnh sửa")
                .contains("Nhận xét: Kết quả học tập II.4 chưa khớp với chỉ tiêu đã đăng ký, cô xem lại")
                .contains("/tucham");

        chat.says(HOA, "/tucham");
        assertThat(all(HOA)).contains("Phiếu của thầy cô được Vì Văn Sơn trả lại lúc 06/05/2024 08:00");
        assertThat(chat.lastText(HOA)).contains("Tổng điểm: 81").contains("Nộp lại");
        chat.says(HOA, "II.4");
        assertThat(chat.lastText(HOA)).contains("II.4 Kết quả học tập của học sinh so với chỉ tiêu").contains("Điểm đã ghi: 9");
        chat.says(HOA, "7,5");
        chat.presses(HOA, vi("scoring.self.done-button"));
        assertThat(chat.lastText(HOA)).as("back to the summary, not through every item").contains("Tổng điểm: 79,5");
        int before = count(SON);
        chat.presses(HOA, vi("scoring.self.resubmit-button"));
        assertThat(status(id)).isEqualTo("SUBMITTED");
        assertThat(count(SON)).isEqualTo(before + 1);
        assertThat(chat.lastText(SON)).contains("79,5 điểm");
        assertThat(queries.history(id)).extracting(HistoryEntry::action).containsExactly(EventAction.START, EventAction.SUBMIT,
                EventAction.RETURN, EventAction.RESUBMIT);
        assertThat(queries.history(id).get(2).reason()).startsWith("Kết quả học tập II.4");

        chat.says(MINH, "/lichsu lo thi hoa");
        assertThat(chat.lastText(MINH)).contains("Lịch sử phiếu tự đánh giá: Lò Thị Hoa — Toán - Tin")
                .contains("Vì Văn Sơn · Trả lại để chỉnh sửa (Đã nộp, chờ thẩm định → Được trả lại để chỉnh sửa)")
                .contains("Lý do, nhận xét: Kết quả học tập II.4")
                .contains("Lò Thị Hoa · Nộp lại sau chỉnh sửa");
    }

    // --- reasons and comments have a cap (FreeText.REASON: 1,000 characters) ------------------------------------------

    private String tooLong(int length) {
        return vi("input.too-long", length, 1000);
    }

    @Test
    void an_adjustment_reason_of_1001_characters_is_refused_naming_the_limit_and_1000_are_kept_with_the_score() {
        prepare(HOA, AssessmentStatus.SUBMITTED, true);
        chat.says(SON, "/duyet");
        pressesStartingWith(SON, "Lò Thị Hoa");
        chat.says(SON, "II.3");
        chat.presses(SON, vi("scoring.review.adjust-button"));
        chat.says(SON, "4");
        chat.says(SON, TypedText.ofLength(1001));
        assertThat(chat.lastText(SON)).isEqualTo(tooLong(1001)).contains("tối đa 1.000 ký tự");
        chat.says(SON, TypedText.ofLength(1000));
        assertThat(all(SON)).as("the score typed before the refusal was kept").contains("Đã điều chỉnh II.3: 5 → 4. Lý do: K");
    }

    @Test
    void a_return_comment_of_1001_characters_is_refused_and_one_of_1000_returns_the_file() {
        long id = prepare(HOA, AssessmentStatus.SUBMITTED, true);
        chat.says(SON, "/duyet");
        pressesStartingWith(SON, "Lò Thị Hoa");
        chat.presses(SON, vi("scoring.review.return-button"));
        chat.says(SON, TypedText.ofLength(1001));
        assertThat(chat.lastText(SON)).isEqualTo(tooLong(1001));
        assertThat(status(id)).isEqualTo("SUBMITTED");
        chat.says(SON, TypedText.ofLength(1000));
        assertThat(chat.lastText(SON)).contains("Đã trả lại phiếu cho Lò Thị Hoa");
        assertThat(FreeText.length(queries.history(id).get(queries.history(id).size() - 1).reason())).isEqualTo(1000);
    }

    @Test
    void the_principals_comment_and_a_reopening_reason_have_the_same_cap() {
        long id = prepare(HOA, AssessmentStatus.REVIEWED, true);
        chat.presses(TUAN, "↩️ Trả lại");
        chat.says(TUAN, TypedText.ofLength(1001));
        assertThat(chat.lastText(TUAN)).isEqualTo(tooLong(1001));
        assertThat(status(id)).isEqualTo("REVIEWED");
        chat.says(TUAN, TypedText.ofLength(1000));
        assertThat(status(id)).isEqualTo("TEAM_REVIEWED");

        long approved = prepare(TAI, AssessmentStatus.REVIEWED, true);
        chat.presses(TUAN, "✅ Phê duyệt");
        chat.says(MINH, "/mocham Sa Văn Tài");
        chat.says(MINH, TypedText.ofLength(1001));
        assertThat(chat.lastText(MINH)).isEqualTo(tooLong(1001));
        assertThat(status(approved)).isEqualTo("APPROVED");
        chat.says(MINH, TypedText.ofLength(1000));
        assertThat(status(approved)).isEqualTo("TEAM_REVIEWED");
    }

    // --- stale and forged buttons ----------------------------------------------------------------------------------

    @Test
    void a_stale_or_forged_approval_button_changes_nothing_and_says_why() {
        long id = prepare(HOA, AssessmentStatus.REVIEWED, true);
        String approve = ChatDriver.token(chat.latestWith(TUAN, "✅ Phê duyệt"), "✅ Phê duyệt");
        String ret = ChatDriver.token(chat.latestWith(TUAN, "↩️ Trả lại"), "↩️ Trả lại");

        assertThat(chat.pressToken(HOA, approve)).as("someone else's button").isEqualTo(vi("error.button-stale"));
        assertThat(chat.pressToken(TUAN, "forged-callback-data")).isEqualTo(vi("error.button-stale"));
        assertThat(status(id)).isEqualTo("REVIEWED");

        chat.pressToken(TUAN, approve);
        assertThat(status(id)).isEqualTo("APPROVED");
        int toPrincipal = count(TUAN);
        int toTeacher = count(HOA);
        String again = chat.pressToken(TUAN, approve);
        assertThat(again).startsWith("Phiếu này đã được Đinh Công Tuấn xử lý (Phê duyệt) lúc 06/05/2024 08:00");
        String late = chat.pressToken(TUAN, ret);
        assertThat(late).startsWith("Phiếu này đã được Đinh Công Tuấn xử lý");
        assertThat(status(id)).isEqualTo("APPROVED");
        assertThat(count(TUAN)).isEqualTo(toPrincipal);
        assertThat(count(HOA)).isEqualTo(toTeacher);
        assertThat(queries.history(id)).filteredOn(h -> h.action() == EventAction.APPROVE).hasSize(1);
    }

    @Test
    void the_principal_returns_a_card_to_the_council_with_a_comment_and_the_card_shows_it() {
        long id = prepare(HOA, AssessmentStatus.REVIEWED, true);
        chat.presses(TUAN, "↩️ Trả lại");
        assertThat(chat.lastText(TUAN)).contains("Trả lại Hội đồng phiếu của Lò Thị Hoa");
        chat.says(TUAN, "Đề nghị Hội đồng xem lại minh chứng tiêu chí II.4");
        assertThat(status(id)).isEqualTo("TEAM_REVIEWED");
        assertThat(chat.sent(TUAN)).anySatisfy(m -> {
            assertThat(m.editOfKey()).isEqualTo("approval:" + id + ":1:" + staffId(TUAN));
            assertThat(m.text()).contains("↩️ Đinh Công Tuấn đã trả lại Hội đồng lúc 06/05/2024 08:00: Đề nghị Hội đồng xem lại");
        });
        assertThat(chat.lastText(MINH)).contains("Hiệu trưởng Đinh Công Tuấn trả lại Hội đồng phiếu của Lò Thị Hoa")
                .contains("Đề nghị Hội đồng xem lại minh chứng tiêu chí II.4");
        assertThat(chat.presses(TUAN, "✅ Phê duyệt")).startsWith("Phiếu này đã được Đinh Công Tuấn xử lý");
        assertThat(status(id)).isEqualTo("TEAM_REVIEWED");
    }

    @Test
    void an_old_self_assessment_button_after_submission_changes_nothing() {
        chat.says(HOA, "/tucham");
        String skip = ChatDriver.token(chat.latestWith(HOA, vi("scoring.self.skip-button")), vi("scoring.self.skip-button"));
        long id = summaryOf(HOA).assessmentId();
        prepareScoresOnly(HOA, id);
        workflow.submit(actor(HOA), id);
        assertThat(chat.pressToken(HOA, skip)).isEqualTo(vi("scoring.self.stale-submitted", vi("scoring.status.submitted")));
        assertThat(summaryOf(HOA).status()).isEqualTo(AssessmentStatus.SUBMITTED);
    }

    private void prepareScoresOnly(long telegram, long id) {
        Actor me = actor(telegram);
        for (Criterion c : sheet().allItems()) {
            BigDecimal score = c.kind() == ScoreSheet.Kind.CRITERION ? c.max().subtract(BigDecimal.ONE) : BigDecimal.ZERO;
            workflow.setSelfScore(me, id, c.code(), score);
            if (c.evidenceRequired() && score.signum() > 0) {
                workflow.addEvidence(me, id, c.code(), "doc-" + c.code(), c.code() + ".pdf", "application/pdf", 90_000,
                        Evidence.Kind.DOCUMENT);
            }
        }
    }

    // --- resuming, the window, evidence rules ------------------------------------------------------------------------

    @Test
    void leaving_with_huy_and_coming_back_resumes_at_the_same_criterion() {
        chat.says(HOA, "/tucham");
        for (String score : List.of("5", "4,5", "5")) {
            chat.says(HOA, score);
            chat.presses(HOA, vi("scoring.self.done-button"));
        }
        assertThat(chat.lastText(HOA)).startsWith("Tiêu chí 4/19 · I.4");
        chat.says(HOA, "/huy");
        chat.says(HOA, "/trogiup");
        chat.says(HOA, "4");
        assertThat(chat.lastText(HOA)).as("the number is not taken as a score outside the flow").isEqualTo(vi("error.not-understood"));
        clock.advance(Duration.ofHours(20));
        chat.says(HOA, "/tucham");
        assertThat(all(HOA)).contains(vi("scoring.self.resume", "20/05/2024"));
        assertThat(chat.lastText(HOA)).startsWith("Tiêu chí 4/19 · I.4 Lối sống lành mạnh");
        chat.presses(HOA, vi("scoring.self.back-button"));
        assertThat(chat.lastText(HOA)).startsWith("Tiêu chí 3/19 · I.3").contains("Điểm đã ghi: 5.");
        chat.presses(HOA, "Giữ nguyên 5");
        chat.presses(HOA, vi("scoring.self.done-button"));
        assertThat(chat.lastText(HOA)).startsWith("Tiêu chí 4/19 · I.4");
        assertThat(queries.items(summaryOf(HOA).assessmentId())).filteredOn(i -> i.code().equals("I.2"))
                .extracting(ItemScore::self).first().satisfies(v -> assertThat((BigDecimal) v).isEqualByComparingTo("4.5"));
    }

    @Test
    void a_wrong_score_gets_a_specific_answer_and_the_same_question_again() {
        chat.says(HOA, "/tucham");
        chat.says(HOA, "6");
        List<OutgoingMessage> replies = chat.sent(HOA);
        assertThat(replies.get(replies.size() - 2).text()).isEqualTo(vi("scoring.score.above-max", "5"));
        assertThat(chat.lastText(HOA)).startsWith("Tiêu chí 1/19 · I.1");
        chat.says(HOA, "4,75");
        assertThat(chat.sent(HOA).get(chat.sent(HOA).size() - 2).text()).isEqualTo(vi("scoring.score.one-decimal", "4,75"));
        chat.says(HOA, "bốn");
        assertThat(chat.sent(HOA).get(chat.sent(HOA).size() - 2).text()).isEqualTo(vi("scoring.score.not-number", "bốn", "5"));
        chat.says(HOA, "4,5");
        assertThat(chat.lastText(HOA)).contains("Đã ghi 4,5 điểm cho I.1");
    }

    @Test
    void a_teacher_who_chose_english_gets_the_questions_in_english_with_decimal_points() {
        tx.executeWithoutResult(t -> staff.findById(staffId(TAI)).orElseThrow().changeLanguage("en", Instant.now()));
        chat.says(TAI, "/selfscore");
        assertThat(chat.lastText(TAI)).startsWith("Criterion 1/19 · I.1").contains("Maximum: 5. Type your score (e.g. 4.5).");
        chat.says(TAI, "4,5");
        assertThat(chat.lastText(TAI)).startsWith("Saved 4.5 points for I.1.");
        chat.says(TAI, "II.4");
        chat.says(TAI, "11");
        assertThat(chat.sent(TAI).get(chat.sent(TAI).size() - 2).text()).isEqualTo("The most this item gives is 10. Please type a number from 0 to 10.");
    }

    @Test
    void outside_the_window_self_assessment_is_refused_with_the_dates() {
        clock.advance(Duration.ofDays(15)); // 21/05/2024
        chat.says(TAI, "/tucham");
        assertThat(chat.lastText(TAI)).contains("(từ 03/05/2024 đến 20/05/2024) đã kết thúc");
        assertThat(queries.forStaff(staffId(TAI), "2023-2024")).isEmpty();
        clock.advance(Duration.ofDays(-19)); // 02/05/2024
        chat.says(TAI, "/tucham");
        assertThat(chat.lastText(TAI)).contains("từ 03/05/2024 đến 20/05/2024").contains("từ ngày 03/05/2024");
    }

    @Test
    void a_file_too_large_or_of_the_wrong_type_is_refused_and_the_flow_goes_on() {
        chat.says(HOA, "/tucham");
        chat.says(HOA, "5");
        sendsFile(HOA, "big", "video-tiet-day.pdf", "application/pdf", 25L * 1024 * 1024);
        assertThat(all(HOA)).contains("Tệp video-tiet-day.pdf nặng 25 MB, quá giới hạn 20 MB mỗi tệp");
        sendsFile(HOA, "exe", "baocao.zip", "application/zip", 10_000);
        assertThat(all(HOA)).contains("Tệp “baocao.zip” không thuộc loại được nhận").contains("PDF, Word (.docx), Excel (.xlsx)");
        assertThat(chat.lastText(HOA)).contains("Thầy cô có thể gửi tệp khác cho I.1");
        sendsFile(HOA, "ok", "giay-khen.pdf", "application/pdf", 400_000);
        assertThat(chat.lastText(HOA)).contains("Đã nhận minh chứng “giay-khen.pdf” cho I.1 (tệp thứ 1)");
        sendsPhoto(HOA, "photo-1");
        assertThat(chat.lastText(HOA)).contains("(tệp thứ 2)");
        chat.presses(HOA, vi("scoring.self.done-button"));
        assertThat(chat.lastText(HOA)).startsWith("Tiêu chí 2/19 · I.2");
        assertThat(queries.items(summaryOf(HOA).assessmentId()).get(0).evidenceCount()).isEqualTo(2);
    }

    @Test
    void a_criterion_that_requires_evidence_blocks_the_submission_until_it_is_sent() {
        long id = prepare(HOA, AssessmentStatus.DRAFT, false);
        chat.says(HOA, "/tucham");
        assertThat(chat.lastText(HOA)).contains("Thiếu minh chứng bắt buộc: II.1, II.3, II.4");
        String answer = chat.presses(HOA, vi("scoring.self.submit-button"));
        assertThat(answer).isEqualTo(vi("scoring.self.not-ready-toast"));
        assertThat(status(id)).isEqualTo("DRAFT");
        chat.presses(HOA, "Minh chứng II.1");
        assertThat(chat.lastText(HOA)).contains("II.1 Kế hoạch bài dạy").contains("bắt buộc có minh chứng");
        chat.presses(HOA, "Giữ nguyên 7");
        sendsFile(HOA, "ke-hoach", "ke-hoach-bai-day.docx", null, 80_000);
        chat.presses(HOA, vi("scoring.self.done-button"));
        assertThat(chat.lastText(HOA)).contains("Thiếu minh chứng bắt buộc: II.3, II.4");
        chat.presses(HOA, vi("scoring.self.submit-button"));
        assertThat(status(id)).isEqualTo("DRAFT");
    }

    // --- review: locking and who may do what -----------------------------------------------------------------------

    @Test
    void a_second_council_member_is_told_who_is_reviewing_and_later_who_handled_it() {
        long id = prepare(HOA, AssessmentStatus.TEAM_REVIEWED, true);
        chat.says(YEN, "/duyet");
        chat.says(MINH, "/duyet");
        pressesStartingWith(MINH, "Lò Thị Hoa");
        chat.says(YEN, "/duyet");
        assertThat(chat.lastText(YEN)).contains("🔒 đang được Hà Văn Minh xem");
        String answer = pressesStartingWith(YEN, "Lò Thị Hoa");
        assertThat(answer).startsWith("Phiếu này đang được Hà Văn Minh thẩm định (mở lúc 06/05/2024 08:00)");
        assertThat(chat.lastText(YEN)).startsWith("Phiếu này đang được Hà Văn Minh thẩm định");
        chat.presses(MINH, vi("scoring.review.pass-button"));
        assertThat(status(id)).isEqualTo("REVIEWED");
        String later = pressesStartingWith(YEN, "Lò Thị Hoa");
        assertThat(later).startsWith("Phiếu này đã được Hà Văn Minh xử lý (Trình Hiệu trưởng) lúc 06/05/2024 08:00");
        assertThat(queries.history(id)).filteredOn(h -> h.action() == EventAction.PASS).hasSize(1);
    }

    @Test
    void a_claim_lapses_after_two_hours_so_a_colleague_can_take_over() {
        prepare(HOA, AssessmentStatus.TEAM_REVIEWED, true);
        chat.says(MINH, "/duyet");
        pressesStartingWith(MINH, "Lò Thị Hoa");
        clock.advance(Duration.ofHours(2).plusMinutes(1));
        chat.says(YEN, "/duyet");
        pressesStartingWith(YEN, "Lò Thị Hoa");
        assertThat(all(YEN)).contains("🔍 Hội đồng thẩm định: Lò Thị Hoa");
        String stale = chat.presses(MINH, vi("scoring.review.pass-button"));
        assertThat(stale).startsWith("Phiếu này đang được Cầm Thị Yến thẩm định");
    }

    @Test
    void reviewers_see_only_what_they_may_review_and_never_their_own() {
        prepare(SON, AssessmentStatus.SUBMITTED, true);
        prepare(HOA, AssessmentStatus.SUBMITTED, true);
        chat.says(SON, "/duyet");
        assertThat(chat.lastText(SON)).contains("Lò Thị Hoa").doesNotContain("Vì Văn Sơn —");
        chat.says(YEN, "/duyet");
        assertThat(chat.lastText(YEN)).as("the team leader's own goes straight to the council")
                .contains("Vì Văn Sơn").doesNotContain("Lò Thị Hoa").contains("Còn 1 phiếu đang chờ tổ trưởng đánh giá trước");
        chat.says(TAI, "/duyet");
        assertThat(chat.lastText(TAI)).isEqualTo(vi("error.forbidden"));
        chat.says(TAI, "/pheduyet");
        assertThat(chat.lastText(TAI)).isEqualTo(vi("error.forbidden"));
    }

    // --- the principal's bulk approval, reopening, history -------------------------------------------------------------

    @Test
    void the_principal_approves_a_whole_team_after_seeing_the_list_and_a_second_confirm_changes_nothing() {
        long hoa = prepare(HOA, AssessmentStatus.REVIEWED, true);
        long tai = prepare(TAI, AssessmentStatus.REVIEWED, true);
        chat.says(TUAN, "/pheduyet");
        assertThat(chat.lastText(TUAN)).contains("• Toán - Tin: 2 phiếu");
        chat.presses(TUAN, "Toán - Tin (2)");
        assertThat(chat.lastText(TUAN)).contains("Toán - Tin: 2 phiếu chờ phê duyệt")
                .contains("• Lò Thị Hoa: tự chấm 81, Hội đồng 81 — B – Tốt; 0 điều chỉnh").contains("• Sa Văn Tài");
        chat.presses(TUAN, "✅ Phê duyệt tất cả 2");
        assertThat(chat.lastText(TUAN)).contains("Xác nhận phê duyệt 2 phiếu?");
        assertThat(status(hoa)).as("nothing before the confirmation").isEqualTo("REVIEWED");
        chat.presses(TUAN, "Xác nhận");
        assertThat(status(hoa)).isEqualTo("APPROVED");
        assertThat(status(tai)).isEqualTo("APPROVED");
        assertThat(chat.lastText(TUAN)).isEqualTo(vi("scoring.approval.bulk-done", "2", "0"));
        assertThat(chat.sent(TUAN)).filteredOn(m -> m.editOfKey() != null).extracting(OutgoingMessage::editOfKey)
                .containsExactlyInAnyOrder("approval:" + hoa + ":1:" + staffId(TUAN), "approval:" + tai + ":1:" + staffId(TUAN));
        assertThat(chat.lastText(HOA)).contains("Điểm chính thức: 81 — xếp loại B – Tốt");
        assertThat(chat.lastText(TAI)).contains("Điểm chính thức: 81");
        assertThat(chat.lastText(MINH)).contains("đã phê duyệt 2 phiếu");
        int before = count(TUAN);
        assertThat(chat.presses(TUAN, "Xác nhận")).isEqualTo(vi("scoring.approval.bulk-nothing"));
        assertThat(count(TUAN)).isEqualTo(before + 1);
        assertThat(queries.countsByStatus("2023-2024")).containsEntry(AssessmentStatus.APPROVED, 2L)
                .containsEntry(AssessmentStatus.REVIEWED, 0L);
    }

    @Test
    void the_secretary_reopens_an_approved_result_with_a_reason_and_it_goes_back_to_the_council() {
        long id = prepare(HOA, AssessmentStatus.REVIEWED, true);
        chat.presses(TUAN, "✅ Phê duyệt");
        chat.says(YEN, "/mocham Hoa");
        assertThat(chat.lastText(YEN)).isEqualTo(vi("error.forbidden"));
        chat.says(MINH, "/mocham lo thi hoa");
        assertThat(chat.lastText(MINH)).contains("Mở lại kết quả đã phê duyệt của Lò Thị Hoa (81 điểm, B – Tốt)");
        chat.says(MINH, "ok");
        assertThat(chat.lastText(MINH)).isEqualTo(vi("scoring.review.reason-too-short"));
        chat.says(MINH, "Nhập nhầm điểm tiêu chí II.4, tổ đã xác nhận lại");
        assertThat(status(id)).isEqualTo("TEAM_REVIEWED");
        assertThat(summaryOf(HOA).finalTotal()).isNull();
        assertThat(chat.lastText(HOA)).contains("được Hà Văn Minh mở lại").contains("Nhập nhầm điểm tiêu chí II.4");
        assertThat(chat.lastText(TUAN)).contains("được Hà Văn Minh mở lại");
        chat.says(TUAN, "/lichsu Lò Thị Hoa");
        assertThat(chat.lastText(TUAN)).contains("Hà Văn Minh · Mở lại sau phê duyệt (Đã phê duyệt → Tổ đã đánh giá, chờ Hội đồng)")
                .contains("Lý do, nhận xét: Nhập nhầm điểm tiêu chí II.4");
        assertThat(queries.history(id)).extracting(HistoryEntry::action).endsWith(EventAction.APPROVE, EventAction.REOPEN);
        chat.says(HOA, "/lichsu Hà Văn Minh");
        assertThat(all(HOA)).as("a teacher sees only her own").contains("Lịch sử phiếu tự đánh giá: Lò Thị Hoa");
    }

    // --- buttons whose payload no longer decodes, events, rollback ----------------------------------------------

    /** Points a button Tuấn holds at another action and payload, for this person (as a forged or out-of-date button would be). */
    private String forged(String token, long user, String action, String payload) {
        jdbc.update("update callback_token set user_id = ?, chat_id = ?, action = ?, payload = ? where token = ?", user, user, action,
                payload, token);
        return token;
    }

    @Test
    void a_scoring_button_forged_or_left_by_an_older_version_is_refused_as_no_longer_valid_and_changes_nothing() {
        long id = prepare(HOA, AssessmentStatus.REVIEWED, true);
        String token = ChatDriver.token(chat.latestWith(TUAN, "✅ Phê duyệt"), "✅ Phê duyệt");
        int steps = queries.history(id).size();
        String card = "{\"assessmentId\":" + id + ",\"round\":1,\"choice\":\"APPROVE\"}";
        Object[][] presses = {
            {HOA, "score-self", "submit:" + id},
            {HOA, "score-self", "Submit{}"},
            {HOA, "score-self", "AtItem{\"assessmentId\":" + id + ",\"item\":-1,\"move\":\"SKIP\"}"},
            {HOA, "score-self", "AtItem{\"assessmentId\":" + id + ",\"item\":0,\"move\":\"JUMP\"}"},
            {YEN, "score-review", "pass:" + id + ":COUNCIL:1.0"},
            {YEN, "score-review", "ReviewPress{\"assessmentId\":" + id + ",\"stage\":\"COUNCIL\",\"version\":\" \",\"does\":\"PASS\",\"item\":0}"},
            {YEN, "score-review", "ReviewPress{\"assessmentId\":" + id + ",\"stage\":\"PRINCIPAL\",\"version\":\"1.0\",\"does\":\"PASS\",\"item\":0}"},
            {TUAN, "score-approve", "ok:" + id + ":1"},
            {TUAN, "score-approve", "Card" + card.replace("}", ",\"by\":\"me\"}")},
            {TUAN, "score-approve", "SubstituteCard" + card},
            {TUAN, "score-approve", "ConfirmAll{\"rounds\":[{\"assessmentId\":" + id + "}]}"},
            {YEN, "score-approve-sub", "Card" + card},
            {TUAN, "score-history", String.valueOf(id)},
            {TUAN, "score-reopen", "PickReopen{\"assessmentId\":\"" + id + "\"x}"},
        };
        for (Object[] p : presses) {
            long user = (Long) p[0];
            int toTeacher = count(HOA);
            int toCouncil = count(MINH);
            String answer = chat.pressToken(user, forged(token, user, (String) p[1], (String) p[2]));
            assertThat(answer).as(p[1] + " " + p[2]).isEqualTo(vi("error.button-stale"));
            assertThat(status(id)).as(p[1] + " " + p[2]).isEqualTo("REVIEWED");
            assertThat(count(HOA) - toTeacher + count(MINH) - toCouncil).as(p[1] + " " + p[2]).isZero();
        }
        assertThat(queries.history(id)).hasSize(steps);

        forged(token, TUAN, "score-approve", "Card" + card);
        assertThat(chat.pressToken(TUAN, token)).as("the same button, as issued").contains("Lò Thị Hoa");
        assertThat(status(id)).isEqualTo("APPROVED");
    }

    @Test
    void a_submission_publishes_one_event_with_the_self_total_and_the_team_review_it_waits_for() {
        long id = prepare(HOA, AssessmentStatus.DRAFT, true);
        events.clear();
        workflow.submit(actor(HOA), id);
        assertThat(events.stream(AssessmentSubmitted.class)).singleElement().satisfies(e -> {
            assertThat(e.assessmentId()).isEqualTo(id);
            assertThat(e.ownerStaffId()).isEqualTo(staffId(HOA));
            assertThat(e.actorStaffId()).isEqualTo(staffId(HOA));
            assertThat(e.actorName()).isEqualTo("Lò Thị Hoa");
            assertThat(e.transition()).isEqualTo(new SelfAssessment.Transition(EventAction.SUBMIT, AssessmentStatus.DRAFT,
                    AssessmentStatus.SUBMITTED));
            assertThat(e.total()).isEqualByComparingTo("81");
            assertThat(e.teamReviewFirst()).isTrue();
            assertThat(e.teamName()).isEqualTo(TOAN);
            assertThat(e.at()).isEqualTo(MONDAY);
        });
        assertThat(events.stream(AssessmentChanged.class)).hasSize(1);
        assertThat(queries.history(id)).extracting(HistoryEntry::action).containsExactly(EventAction.START, EventAction.SUBMIT);
        assertThat(chat.lastText(SON)).contains("Lò Thị Hoa");
    }

    @Test
    void a_return_and_an_approval_publish_their_events_with_the_comment_the_round_and_the_final_score() {
        long id = prepare(HOA, AssessmentStatus.SUBMITTED, true);
        events.clear();
        reviews.open(actor(SON), id, Stage.TEAM);
        reviews.returnForRevision(actor(SON), id, Stage.TEAM, "  Bổ sung minh chứng tiêu chí I.2  ");
        assertThat(events.stream(AssessmentReturned.class)).singleElement().satisfies(e -> {
            assertThat(e.stage()).isEqualTo(Stage.TEAM);
            assertThat(e.reason()).isEqualTo("Bổ sung minh chứng tiêu chí I.2");
            assertThat(e.actorStaffId()).isEqualTo(staffId(SON));
            assertThat(e.transition().to()).isEqualTo(AssessmentStatus.RETURNED);
        });

        workflow.submit(actor(HOA), id);
        assertThat(events.stream(AssessmentSubmitted.class)).singleElement()
                .satisfies(e -> assertThat(e.transition().action()).isEqualTo(EventAction.RESUBMIT));
        reviews.open(actor(SON), id, Stage.TEAM);
        reviews.teamReviewed(actor(SON), id);
        reviews.open(actor(MINH), id, Stage.COUNCIL);
        reviews.pass(actor(MINH), id);
        assertThat(events.stream(AssessmentReviewed.class)).singleElement().satisfies(e -> assertThat(e.round()).isEqualTo(1));
        chat.presses(TUAN, "✅ Phê duyệt");
        assertThat(events.stream(AssessmentApproved.class)).singleElement().satisfies(e -> {
            assertThat(e.assessmentId()).isEqualTo(id);
            assertThat(e.actorName()).isEqualTo("Đinh Công Tuấn");
            assertThat(e.total()).isEqualByComparingTo("81");
            assertThat(e.bandCode() + " – " + e.bandName()).isEqualTo("B – Tốt");
            assertThat(e.round()).isEqualTo(1);
        });
        assertThat(events.stream(AssessmentsApproved.class)).singleElement()
                .satisfies(e -> assertThat(e.assessmentIds()).containsExactly(id));
        assertThat(queries.history(id)).extracting(HistoryEntry::action).containsExactly(EventAction.START, EventAction.SUBMIT,
                EventAction.RETURN, EventAction.RESUBMIT, EventAction.TEAM_REVIEW, EventAction.PASS, EventAction.APPROVE);
    }

    @Test
    void a_submission_whose_transaction_rolls_back_leaves_no_history_and_no_message_queued() {
        long id = prepare(HOA, AssessmentStatus.DRAFT, true);
        int toLeader = count(SON);
        int rows = jdbc.queryForObject("select count(*) from outbox_message", Integer.class);
        tx.executeWithoutResult(t -> {
            workflow.submit(actor(HOA), id);
            t.setRollbackOnly();
        });
        assertThat(status(id)).isEqualTo("DRAFT");
        assertThat(queries.history(id)).extracting(HistoryEntry::action).containsExactly(EventAction.START);
        assertThat(jdbc.queryForObject("select count(*) from outbox_message", Integer.class)).isEqualTo(rows);
        assertThat(count(SON)).isEqualTo(toLeader);

        workflow.submit(actor(HOA), id);
        assertThat(count(SON)).as("the same step, committed").isEqualTo(toLeader + 1);
    }
}
