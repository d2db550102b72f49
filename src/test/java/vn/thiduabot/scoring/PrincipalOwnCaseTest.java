package vn.thiduabot.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.campaign.ScoreSheet;
import vn.thiduabot.campaign.ScoreSheet.Criterion;
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
import vn.thiduabot.support.MutableClock;
import vn.thiduabot.support.BotTest;
import vn.thiduabot.support.ClockAt;
import vn.thiduabot.support.SchoolFixture;

/**
 * Nobody decides their own self-assessment, 2023-2024: the principal Đinh Công Tuấn scores himself too;
 * the council (Hà Văn Minh, secretary, and Cầm Thị Yến) passes it. The campaign file may name Yến to
 * decide the principal's own case; she then gets the card and decides only that one. Old cards and
 * broken buttons change nothing. Driven through the intake; the campaign file is a copy the test edits.
 */
@BotTest
@TestPropertySource(properties = BotTest.CAMPAIGNS_2023)
@ClockAt("2024-05-06T01:00:00Z")
class PrincipalOwnCaseTest {

    /** The application's copy of the test campaign folder (BotTest), which this class changes. */
    @Value("${thidua.campaign-dir}")
    Path campaignDir;
    static final Path SOURCE = Path.of("src/test/resources/campaigns/campaign-2023-2024.yml");

    static final Instant MONDAY = Instant.parse("2024-05-06T01:00:00Z");

    static final long HOA = 8201;   // teacher
    static final long MINH = 8203;  // council member and secretary
    static final long YEN = 8204;   // council member; the substitute when the file names her
    static final long TUAN = 8205;  // principal

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
    @Autowired SelfAssessmentRepository assessments;

    final Map<Long, Long> staffIds = new HashMap<>();

    @BeforeEach
    void school() {
        chat = new ChatDriver(intake, outbox);
        school.reset(); // every table (SchemaReset)
        clock.advance(Duration.between(clock.instant(), MONDAY));
        tx.executeWithoutResult(s -> {
            Instant now = Instant.now();
            Team vp = school.team("Văn phòng");
            Team van = school.team("Ngữ văn");
            person(HOA, "Lò Thị Hoa", "+84912000201", van, Set.of(Role.TEACHER), now);
            person(MINH, "Hà Văn Minh", "+84912000203", vp, Set.of(Role.COUNCIL, Role.SECRETARY), now);
            person(YEN, "Cầm Thị Yến", "+84912000204", van, Set.of(Role.TEACHER, Role.COUNCIL), now);
            person(TUAN, "Đinh Công Tuấn", "+84912000205", vp, Set.of(Role.PRINCIPAL, Role.TEACHER), now);
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

    /** The campaign file names (or no longer names) who decides the principal's own case. */
    private void substitute(String phone) {
        try {
            String yml = Files.readString(SOURCE, StandardCharsets.UTF_8);
            if (phone != null) {
                yml = yml.replace("  commendation:\n", "  commendation:\n    substitute-decider: " + phone + "\n");
            }
            Files.writeString(campaignDir.resolve("campaign-2023-2024.yml"), yml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        campaigns.reload();
        assertThat(campaigns.current().commendation().substitute().isPresent()).isEqualTo(phone != null);
    }

    private String vi(String key, Object... args) {
        return texts.get(Texts.VIETNAMESE, key, args);
    }

    private Actor actor(long telegram) {
        return Actor.of(directory.byId(staffIds.get(telegram)).orElseThrow().linkedPerson().orElseThrow());
    }

    /** Scores every criterion one under its maximum, submits, and the council member Minh passes it. */
    private long passedByCouncil(long telegram) {
        Actor me = actor(telegram);
        ScoreSheet sheet = campaigns.current().scoreSheet();
        long id = workflow.openOwn(me, campaigns.current()).getId();
        for (Criterion c : sheet.allItems()) {
            BigDecimal score = c.kind() == ScoreSheet.Kind.CRITERION ? c.max().subtract(BigDecimal.ONE) : BigDecimal.ZERO;
            workflow.setSelfScore(me, id, c.code(), score);
            if (c.evidenceRequired() && score.signum() > 0) {
                workflow.addEvidence(me, id, c.code(), "doc-" + c.code(), c.code() + ".pdf", "application/pdf", 90_000,
                        Evidence.Kind.DOCUMENT);
            }
        }
        workflow.moveTo(me, id, sheet.allItems().size());
        workflow.submit(me, id);
        reviews.open(actor(MINH), id, Stage.COUNCIL);
        reviews.pass(actor(MINH), id);
        return id;
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from self_assessment where id = ?", String.class, id);
    }

    private int round(long id) {
        return jdbc.queryForObject("select approval_round from self_assessment where id = ?", Integer.class, id);
    }

    /** The stored payload of a principal's approval button on this card. */
    private static String card(long id, int round) {
        return "Card{\"assessmentId\":" + id + ",\"round\":" + round + ",\"choice\":\"APPROVE\"}";
    }

    /** A button someone holds, pointed at another case (as a forged or mis-sent button would be). */
    private String buttonPointedAt(long user, String label, String payload) {
        String token = ChatDriver.token(chat.latestWith(user, label), label);
        jdbc.update("update callback_token set payload = ? where token = ?", payload, token);
        return token;
    }

    @Test
    void without_a_substitute_the_principal_cannot_approve_his_own_and_is_told_what_to_configure() {
        substitute(null);
        long hoa = passedByCouncil(HOA);
        long tuan = passedByCouncil(TUAN);
        assertThat(status(tuan)).isEqualTo("REVIEWED");
        assertThat(chat.sent(TUAN).stream().map(OutgoingMessage::text)).as("no card for his own")
                .noneMatch(t -> t.contains("Đinh Công Tuấn"));
        assertThat(chat.sent(MINH).stream().map(OutgoingMessage::text))
                .contains(vi("decision.substitute.waiting", "Đinh Công Tuấn"));

        String forged = buttonPointedAt(TUAN, vi("scoring.approval.approve-button"), card(tuan, round(tuan)));
        assertThat(chat.pressToken(TUAN, forged)).isEqualTo(vi("decision.own.configure"));
        assertThat(status(tuan)).isEqualTo("REVIEWED");

        chat.says(TUAN, "/pheduyet");
        assertThat(chat.lastText(TUAN)).as("the bulk list holds Hoa's, not his own").contains("Ngữ văn").doesNotContain("Văn phòng");
        assertThat(status(hoa)).isEqualTo("REVIEWED");
    }

    @Test
    void the_named_substitute_gets_the_card_of_the_principals_own_case_and_decides_only_that() {
        substitute("0912 000 204");
        long hoa = passedByCouncil(HOA);
        long tuan = passedByCouncil(TUAN);

        OutgoingMessage card = chat.latestWith(YEN, vi("scoring.approval.approve-button"));
        assertThat(card.text()).startsWith(vi("decision.substitute.card-intro")).contains("Đinh Công Tuấn");
        assertThat(chat.sent(TUAN).stream().map(OutgoingMessage::text)).noneMatch(t -> t.contains("Đinh Công Tuấn"));

        // The principal presses a button pointed at his own case: refused, naming who decides.
        String forged = buttonPointedAt(TUAN, vi("scoring.approval.approve-button"), card(tuan, round(tuan)));
        assertThat(chat.pressToken(TUAN, forged)).isEqualTo(vi("decision.own.substitute", "Cầm Thị Yến"));

        // Yến's button pointed at Hoa's case: she decides only the principal's own.
        String hers = ChatDriver.token(card, vi("scoring.approval.approve-button"));
        String toHoa = jdbc.queryForObject("select payload from callback_token where token = ?", String.class, hers);
        jdbc.update("update callback_token set payload = ? where token = ?",
                "SubstituteCard{\"assessmentId\":" + hoa + ",\"round\":" + round(hoa) + ",\"choice\":\"APPROVE\"}", hers);
        assertThat(chat.pressToken(YEN, hers)).isEqualTo(vi("decision.substitute.only"));
        assertThat(status(hoa)).isEqualTo("REVIEWED");

        jdbc.update("update callback_token set payload = ? where token = ?", toHoa, hers);
        chat.pressToken(YEN, hers);
        assertThat(status(tuan)).isEqualTo("APPROVED");
        assertThat(jdbc.queryForObject("select decided_by from self_assessment where id = ?", Long.class, tuan))
                .isEqualTo(staffIds.get(YEN));
    }

    @Test
    void a_substitute_named_after_the_council_passed_gets_the_card_once_when_the_principal_asks() {
        substitute(null);
        passedByCouncil(TUAN);
        chat.says(TUAN, "/pheduyet");
        assertThat(chat.sent(TUAN).stream().map(OutgoingMessage::text)).contains(vi("decision.own.configure"));

        substitute("0912 000 204");
        chat.says(TUAN, "/pheduyet");
        assertThat(chat.sent(TUAN).stream().map(OutgoingMessage::text)).contains(vi("decision.own.substitute", "Cầm Thị Yến"));
        assertThat(chat.latestWith(YEN, vi("scoring.approval.approve-button")).text()).contains("Đinh Công Tuấn");
        chat.says(TUAN, "/pheduyet");
        assertThat(chat.sent(YEN).stream().filter(m -> m.text().startsWith(vi("decision.substitute.card-intro")))).hasSize(1);
    }

    @Test
    void an_approval_card_of_an_earlier_round_and_a_broken_button_change_nothing() {
        substitute(null);
        long hoa = passedByCouncil(HOA);
        String approve = ChatDriver.token(chat.latestWith(TUAN, vi("scoring.approval.approve-button")),
                vi("scoring.approval.approve-button"));
        // The principal returns it (through the workflow), the council passes it again: a new round and a new card.
        decisions.principalReturn(actor(TUAN), hoa, round(hoa), "Xem lại tiêu chí 1");
        reviews.open(actor(MINH), hoa, Stage.COUNCIL);
        reviews.pass(actor(MINH), hoa);
        assertThat(round(hoa)).isEqualTo(2);
        assertThat(chat.pressToken(TUAN, approve)).isEqualTo(vi("decision.card.stale"));
        assertThat(status(hoa)).isEqualTo("REVIEWED");

        for (String broken : new String[] {"ok:abc", "ok", "", "whatever:1:2", "Card{\"assessmentId\":" + hoa + "}",
                "Card{\"assessmentId\":-1,\"round\":1,\"choice\":\"APPROVE\"}",
                "Card{\"assessmentId\":" + hoa + ",\"round\":2,\"choice\":\"MAYBE\"}"}) {
            jdbc.update("update callback_token set payload = ? where token = ?", broken, approve);
            assertThat(chat.pressToken(TUAN, approve)).as(broken).isEqualTo(vi("error.button-stale"));
            assertThat(status(hoa)).as(broken).isEqualTo("REVIEWED");
        }
    }

    @Test
    void a_review_card_made_before_a_return_and_resubmission_is_out_of_date() {
        substitute(null);
        Actor hoa = actor(HOA);
        long id = workflow.openOwn(hoa, campaigns.current()).getId();
        ScoreSheet sheet = campaigns.current().scoreSheet();
        for (Criterion c : sheet.allItems()) {
            BigDecimal score = c.kind() == ScoreSheet.Kind.CRITERION ? c.max().subtract(BigDecimal.ONE) : BigDecimal.ZERO;
            workflow.setSelfScore(hoa, id, c.code(), score);
            if (c.evidenceRequired() && score.signum() > 0) {
                workflow.addEvidence(hoa, id, c.code(), "doc-" + c.code(), c.code() + ".pdf", "application/pdf", 90_000,
                        Evidence.Kind.DOCUMENT);
            }
        }
        workflow.moveTo(hoa, id, sheet.allItems().size());
        workflow.submit(hoa, id);
        chat.says(YEN, "/duyet");
        chat.pressesFirst(YEN, b -> b.label().startsWith("Lò Thị Hoa"), "Hoa's button");
        OutgoingMessage overview = chat.latestWith(YEN, vi("scoring.review.pass-button"));
        String pass = ChatDriver.token(overview, vi("scoring.review.pass-button"));

        reviews.returnForRevision(actor(YEN), id, Stage.COUNCIL, "Bổ sung minh chứng");
        clock.advance(Duration.ofHours(1));
        workflow.submit(hoa, id);
        assertThat(chat.pressToken(YEN, pass)).isEqualTo(vi("decision.card.stale"));
        assertThat(status(id)).isEqualTo("SUBMITTED");

        jdbc.update("update callback_token set payload = ? where token = ?",
                "ReviewPress{\"assessmentId\":" + id + ",\"stage\":\"COUNCIL\",\"does\":\"PASS\",\"item\":0}", pass);
        assertThat(chat.pressToken(YEN, pass)).isEqualTo(vi("error.button-stale"));
        assertThat(status(id)).isEqualTo("SUBMITTED");
    }
    @Test
    void a_council_member_never_reviews_her_own_self_assessment_even_with_a_button() {
        substitute(null);
        long hoa = submitted(HOA);
        long yen = submitted(YEN);
        chat.says(YEN, "/duyet");
        assertThat(ChatDriver.labels(chat.last(YEN))).anyMatch(l -> l.startsWith("Lò Thị Hoa")).noneMatch(l -> l.startsWith("Cầm Thị Yến"));

        String open = ChatDriver.token(chat.last(YEN), ChatDriver.labels(chat.last(YEN)).get(0));
        jdbc.update("update callback_token set payload = ? where token = ?",
                "ReviewPress{\"assessmentId\":" + yen + ",\"stage\":\"COUNCIL\",\"version\":\""
                        + assessments.findById(yen).orElseThrow().reviewVersion() + "\",\"does\":\"OPEN\",\"item\":0}", open);
        assertThat(chat.pressToken(YEN, open)).isEqualTo(vi("scoring.refused.own"));
        assertThat(status(yen)).isEqualTo("SUBMITTED");
        assertThat(jdbc.queryForObject("select claimed_by from self_assessment where id = ?", Long.class, yen)).isNull();
        assertThat(status(hoa)).isEqualTo("SUBMITTED");
    }

    /** Scores every criterion one under its maximum and submits (nobody leads these teams: the council reviews first). */
    private long submitted(long telegram) {
        Actor me = actor(telegram);
        ScoreSheet sheet = campaigns.current().scoreSheet();
        long id = workflow.openOwn(me, campaigns.current()).getId();
        for (Criterion c : sheet.allItems()) {
            BigDecimal score = c.kind() == ScoreSheet.Kind.CRITERION ? c.max().subtract(BigDecimal.ONE) : BigDecimal.ZERO;
            workflow.setSelfScore(me, id, c.code(), score);
            if (c.evidenceRequired() && score.signum() > 0) {
                workflow.addEvidence(me, id, c.code(), "doc-" + c.code(), c.code() + ".pdf", "application/pdf", 90_000,
                        Evidence.Kind.DOCUMENT);
            }
        }
        workflow.moveTo(me, id, sheet.allItems().size());
        workflow.submit(me, id);
        return id;
    }
}
