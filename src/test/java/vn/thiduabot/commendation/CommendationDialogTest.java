package vn.thiduabot.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.campaign.StaffRating;
import vn.thiduabot.chat.FreeText;
import vn.thiduabot.people.Role;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.chat.UpdateIntake;
import vn.thiduabot.commendation.chat.BallotCards;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.scoring.AssessmentQueries;
import vn.thiduabot.scoring.AssessmentStatus;
import vn.thiduabot.scoring.AssessmentSummary;
import vn.thiduabot.notification.OutgoingMessage;
import vn.thiduabot.staff.StaffMember;
import vn.thiduabot.staff.StaffRepository;
import vn.thiduabot.staff.Team;
import vn.thiduabot.staff.TeamRepository;
import vn.thiduabot.support.ChatDriver;
import vn.thiduabot.support.MutableClock;
import vn.thiduabot.support.TypedText;
import vn.thiduabot.support.BotTest;
import vn.thiduabot.support.ClockAt;
import org.springframework.test.context.TestPropertySource;
import vn.thiduabot.support.SchoolFixture;

/**
 * Commendation for the 2023-2024 school year of the demo school, driven through the real intake on a
 * temporary SQLite database; what each person sees is read from the outbox.
 * Hà Văn Minh is the secretary; Nguyễn Văn Hùng the principal (and chair, a council member).
 * Council: Hùng, Lò Văn Tâm, Sa Thị Mai, Bùi Văn Sơn and Đinh Thị Lan (not on Telegram).
 * Tổ Toán - Tin: Lò Thị Hoa, Lò Văn Tâm, Bùi Văn Sơn, Vì Văn Dũng.
 */
@BotTest
@TestPropertySource(properties = {BotTest.CAMPAIGNS_2023, "thidua.commendation.close-check-seconds=0"})
@ClockAt("2024-05-20T01:00:00Z")
class CommendationDialogTest {

    /** 08:00 on Monday 20/05/2024 in Vietnam: the council meets. */
    static final Instant START = Instant.parse("2024-05-20T01:00:00Z");
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");


    static final long MINH = 9102;  // secretary
    static final long HUNG = 9101;  // principal, council
    static final long TAM = 9103;   // council, Toán - Tin
    static final long MAI = 9104;   // council
    static final long SON = 9105;   // council, Toán - Tin

    @Autowired SchoolFixture school;
    @Autowired UpdateIntake intake;
    @Autowired Outbox outbox;
    ChatDriver chat;
    @Autowired StaffRepository staff;
    @Autowired TeamRepository teams;
    @Autowired Texts texts;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired MutableClock clock;
    @Autowired Commendations service;
    @Autowired ProposalService proposals;
    @Autowired PersonFactsService facts;
    @Autowired Campaigns campaigns;
    @Autowired MinutesDocument minutes;
    /** The approved scores; empty unless a test says otherwise. */
    @MockitoBean AssessmentQueries assessments;

    long hoa;
    long tam;
    long dung;
    long lan;
    long minh;

    @BeforeEach
    void school() {
        chat = new ChatDriver(intake, outbox);
        clock.advance(Duration.between(clock.instant(), START));
        school.reset(); // every table (SchemaReset)
        tx.executeWithoutResult(s -> {
            Instant now = Instant.now();
            Team toan = school.team("Toán - Tin");
            Team office = school.team("Văn phòng");
            minh = person("Hà Văn Minh", "+84912100002", office, Set.of(Role.SECRETARY, Role.ADMIN), MINH, now);
            person("Nguyễn Văn Hùng", "+84912100001", office, Set.of(Role.PRINCIPAL, Role.COUNCIL), HUNG, now);
            hoa = person("Lò Thị Hoa", "+84912100004", toan, Set.of(Role.TEACHER), null, now);
            tam = person("Lò Văn Tâm", "+84912100003", toan, Set.of(Role.TEACHER, Role.COUNCIL), TAM, now);
            person("Sa Thị Mai", "+84912100006", office, Set.of(Role.COUNCIL), MAI, now);
            person("Bùi Văn Sơn", "+84912100005", toan, Set.of(Role.TEAM_LEADER, Role.COUNCIL), SON, now);
            dung = person("Vì Văn Dũng", "+84912100007", toan, Set.of(Role.TEACHER), null, now);
            lan = person("Đinh Thị Lan", "+84912100008", office, Set.of(Role.COUNCIL), null, now);
        });
    }

    private long person(String name, String phone, Team team, Set<Role> roles, Long telegram, Instant now) {
        return school.person(name, phone, team, roles, telegram).getId();
    }

    // --- the secretary builds a proposal with buttons and typed answers ----------------------------------

    @Test
    void the_secretary_proposes_a_teacher_edits_her_facts_in_place_and_sees_the_rules_she_breaks() {
        chat.says(MINH, "/dexuat");
        assertThat(chat.lastText(MINH)).contains("2023-2024").contains(vi("commendation.status.draft"));
        chat.presses(MINH, vi("commendation.button.add-person"));
        chat.says(MINH, "lo thi hoa");
        assertThat(chat.lastText(MINH)).isEqualTo(vi("commendation.add.choose-title", "Lò Thị Hoa", "Toán - Tin"));
        chat.presses(MINH, "Chiến sĩ thi đua cơ sở");
        OutgoingMessage card = chat.last(MINH);
        assertThat(card.editOfKey()).as("the title choice becomes the card, edited in place").isNotNull();
        assertThat(card.text()).contains("Lò Thị Hoa").contains("Chiến sĩ thi đua cơ sở")
                .contains(vi("commendation.rule.no-rating", "Lò Thị Hoa", "Chiến sĩ thi đua cơ sở"));

        chat.presses(MINH, vi("commendation.button.rating"));
        chat.presses(MINH, vi("commendation.rating.httnv"));
        assertThat(chat.lastText(MINH)).contains(vi("commendation.rating.httnv"))
                .contains(vi("commendation.rule.soldier-no-achievement", "Lò Thị Hoa", "Chiến sĩ thi đua cơ sở"));

        chat.presses(MINH, vi("commendation.button.initiative"));
        chat.says(MINH, "Dạy học STEM ở lớp 7");
        assertThat(chat.previousText(MINH)).isEqualTo(vi("commendation.saved.initiative-no-decision", "Lò Thị Hoa"));
        assertThat(chat.lastText(MINH)).contains(vi("commendation.rule.initiative-unrecognised", "Lò Thị Hoa", "Dạy học STEM ở lớp 7"));

        chat.presses(MINH, vi("commendation.button.initiative"));
        chat.says(MINH, "x".repeat(301));
        assertThat(chat.lastText(MINH)).isEqualTo(vi("input.too-long", 301, 300));
        chat.says(MINH, "Dạy học STEM ở lớp 7; 45/QĐ-PTDTNT");
        assertThat(chat.lastText(MINH)).contains("45/QĐ-PTDTNT")
                .doesNotContain(vi("commendation.rule.initiative-unrecognised", "Lò Thị Hoa", "Dạy học STEM ở lớp 7"));

        // Quota: one CSTĐCS among one person reaching LĐTT (15% of 1 = 0); the vote is still to come.
        chat.says(MINH, "/kiemtra");
        String report = chat.lastText(MINH);
        assertThat(report).contains(vi("commendation.rule.quota", "1", "15", "1", "0", "Chiến sĩ thi đua cơ sở", "Lao động tiên tiến"))
                .contains(vi("commendation.rule.vote-missing", "Lò Thị Hoa", "Chiến sĩ thi đua cơ sở"))
                .contains("2.340.000 đ");

        assertThat(jdbc.queryForMap("select rating, rating_source, initiative_name, initiative_decision from commendation_person where staff_id = ?", hoa))
                .containsEntry("rating", "HTTNV").containsEntry("rating_source", "SECRETARY")
                .containsEntry("initiative_decision", "45/QĐ-PTDTNT");
    }

    @Test
    void a_team_of_four_with_two_advanced_workers_is_not_more_than_half() {
        Campaign c = campaigns.current();
        proposals.proposePerson(c, hoa, "LDTT", minh);
        proposals.proposePerson(c, dung, "LDTT", minh);
        facts.updatePerson(c.schoolYear(), hoa, r -> r.withRating(StaffRating.HTTNV, PersonFacts.RatingSource.SECRETARY), minh);
        facts.updatePerson(c.schoolYear(), dung, r -> r.withRating(StaffRating.HTTNV, PersonFacts.RatingSource.SECRETARY), minh);
        chat.says(MINH, "/dexuat");
        chat.presses(MINH, vi("commendation.button.add-team"));
        chat.presses(MINH, "Toán - Tin");
        chat.presses(MINH, "Tập thể lao động tiên tiến");
        assertThat(chat.lastText(MINH)).contains(vi("commendation.rule.collective-more-than", "Toán - Tin", "2", "4", "50%", "50"));
    }

    /** Found by fuzz.IntakeFuzzTest: the second press used to end in "error.internal" (a rollback-only transaction). */
    @Test
    void pressing_delete_twice_says_the_proposal_is_gone() {
        proposals.proposePerson(campaigns.current(), hoa, "LDTT", minh);
        chat.says(MINH, "/dexuat Lo Thi Hoa");
        chat.presses(MINH, vi("commendation.button.delete"));
        String yes = ChatDriver.token(chat.latestWith(MINH, vi("commendation.button.delete-yes")), vi("commendation.button.delete-yes"));
        chat.pressToken(MINH, yes);
        assertThat(chat.lastText(MINH)).isEqualTo(vi("commendation.delete.done", "Lò Thị Hoa"));

        chat.pressToken(MINH, yes);
        assertThat(chat.lastText(MINH)).isEqualTo(vi("commendation.list.gone"));
    }

    @Test
    void the_list_is_filled_from_sent_registrations_and_a_draft_is_left_out() {
        java.sql.Timestamp now = java.sql.Timestamp.from(START); // stored as SQLite and PostgreSQL each store an Instant
        jdbc.update("insert into registration (staff_id, school_year, title_code, form_answered, form_code, has_initiative, "
                + "initiative_title, initiative_subject, status, submitted_at, created_at, updated_at) values (?, '2023-2024', 'CSTDCS', true, "
                + "'GK_HT', true, 'Sổ tay quản lý học sinh nội trú', 'Công tác nội trú', 'SUBMITTED', ?, ?, ?)", dung, now, now, now);
        jdbc.update("insert into registration (staff_id, school_year, title_code, status, created_at, updated_at) "
                + "values (?, '2023-2024', 'LDTT', 'DRAFT', ?, ?)", hoa, now, now);
        jdbc.update("insert into collective_registration (team_name, school_year, title_code, form_answered, registered_by_staff_id, "
                + "status, submitted_at, created_at, updated_at) values ('Toán - Tin', '2023-2024', 'TTLDXS', true, ?, 'SUBMITTED', ?, ?, ?)",
                staffId("Bùi Văn Sơn"), now, now, now);
        chat.says(MINH, "/dexuat");
        chat.presses(MINH, vi("commendation.button.prefill"));
        assertThat(chat.previousText(MINH)).isEqualTo(vi("commendation.prefill.done", "1", "1", "1", "0"));
        assertThat(chat.lastText(MINH)).contains("Chiến sĩ thi đua cơ sở: 1").contains("Tập thể lao động xuất sắc: 1");
        assertThat(jdbc.queryForList("select title_code || ':' || coalesce(form_code, '-') || ':' || source from commendation_proposal "
                + "order by id", String.class)).containsExactly("CSTDCS:GK_HT:REGISTRATION", "TTLDXS:-:REGISTRATION");
        chat.says(MINH, "/dexuat Dung");
        assertThat(chat.lastText(MINH)).contains(vi("commendation.card.initiative-unrecognised", "Sổ tay quản lý học sinh nội trú", "null"));
        // Filling again adds nothing twice.
        chat.says(MINH, "/dexuat");
        chat.presses(MINH, vi("commendation.button.prefill"));
        assertThat(chat.previousText(MINH)).isEqualTo(vi("commendation.prefill.done", "0", "0", "0", "0"));
    }

    @Test
    void the_rating_is_suggested_from_the_approved_score_and_the_secretary_can_override_it() {
        Campaign c = campaigns.current();
        proposals.proposePerson(c, hoa, "CSTDCS", minh);
        java.math.BigDecimal total = new java.math.BigDecimal("92.5");
        AssessmentSummary approved = new AssessmentSummary(1, hoa, "Lò Thị Hoa", "Toán - Tin", "2023-2024", AssessmentStatus.APPROVED,
                total, total, total, total, "A", "Xuất sắc", 0, START, START, START);
        AssessmentSummary pending = new AssessmentSummary(2, dung, "Vì Văn Dũng", "Toán - Tin", "2023-2024", AssessmentStatus.REVIEWED,
                total, total, total, null, "A", "Xuất sắc", 0, START, null, START);
        org.mockito.Mockito.when(assessments.forYear("2023-2024")).thenReturn(List.of(approved, pending));
        org.mockito.Mockito.when(assessments.forStaff(hoa, "2023-2024")).thenReturn(java.util.Optional.of(approved));

        chat.says(MINH, "/dexuat");
        chat.presses(MINH, vi("commendation.button.prefill"));
        assertThat(chat.previousText(MINH)).isEqualTo(vi("commendation.prefill.done", "0", "0", "0", "1"));
        chat.says(MINH, "/dexuat Hoa");
        assertThat(chat.lastText(MINH)).contains(vi("commendation.rating.htxsnv") + " " + vi("commendation.card.from-score", "92,5", "Xuất sắc"))
                .doesNotContain("soldier");

        chat.presses(MINH, vi("commendation.button.rating"));
        chat.presses(MINH, vi("commendation.rating.httnv"));
        chat.says(MINH, "/dexuat");
        chat.presses(MINH, vi("commendation.button.prefill"));
        assertThat(chat.previousText(MINH)).as("a rating set by hand stays").isEqualTo(vi("commendation.prefill.done", "0", "0", "0", "0"));
        assertThat(service.person("2023-2024", hoa).rating()).isEqualTo(StaffRating.HTTNV);
        assertThat(service.person("2023-2024", dung).rating()).as("not approved yet: no suggestion").isNull();
    }

    // --- the principal's decision ------------------------------------------------------------------------

    @Test
    void approving_a_list_that_breaks_rules_needs_a_second_confirmation_and_is_recorded() {
        Campaign c = campaigns.current();
        proposals.proposePerson(c, hoa, "LDTT", minh);   // no rating: breaks a rule, and LĐTT needs a vote
        chat.says(MINH, "/dexuat");
        chat.presses(MINH, vi("commendation.button.submit"));
        assertThat(chat.lastText(MINH)).isEqualTo(vi("commendation.submit.done", "1", "2", "Nguyễn Văn Hùng"));

        OutgoingMessage card = chat.last(HUNG);
        assertThat(card.text()).contains("Lò Thị Hoa").contains(vi("commendation.rule.no-rating", "Lò Thị Hoa", "Lao động tiên tiến"))
                .contains("710.000 đ");
        // While the principal decides, the card shows no edit buttons.
        chat.says(MINH, "/dexuat Lo Thi Hoa");
        assertThat(ChatDriver.labels(chat.last(MINH))).isEmpty();

        chat.presses(HUNG, vi("commendation.decide.approve-button"));
        OutgoingMessage confirm = chat.last(HUNG);
        assertThat(confirm.editOfKey()).isEqualTo(ListCards.cardKey(c, 1, staffId("Nguyễn Văn Hùng")));
        assertThat(confirm.text()).contains(vi("commendation.decide.confirm-override", "2"));
        assertThat(service.state(c.schoolYear()).status()).isEqualTo(CommendationStore.ListStatus.SUBMITTED);

        chat.presses(HUNG, vi("commendation.decide.override-button"));
        assertThat(chat.last(HUNG).editOfKey()).isEqualTo(ListCards.cardKey(c, 1, staffId("Nguyễn Văn Hùng")));
        assertThat(chat.lastText(HUNG)).contains(vi("commendation.decide.approved-override", "Nguyễn Văn Hùng", "20/05/2024", "2"));
        assertThat(service.state(c.schoolYear()).status()).isEqualTo(CommendationStore.ListStatus.APPROVED);
        Map<String, Object> d = jdbc.queryForMap("select * from commendation_decision where action = 'APPROVED_OVERRIDE'");
        assertThat(((Number) d.get("actor_staff_id")).longValue()).isEqualTo(staffId("Nguyễn Văn Hùng"));
        assertThat((String) d.get("violations")).contains("Lò Thị Hoa: chưa có xếp loại").contains("chưa biểu quyết");
        assertThat(d.get("happened_at")).isEqualTo(START.toString());
        assertThat(chat.lastText(MINH)).contains(vi("commendation.notice.approved-override", "Nguyễn Văn Hùng", "2023-2024", "2", "null", "710.000 đ"));
    }

    @Test
    void the_principal_returns_the_list_with_a_reason_and_the_secretary_can_edit_again() {
        Campaign c = campaigns.current();
        proposals.proposePerson(c, hoa, "LDTT", minh);
        chat.says(MINH, "/dexuat");
        chat.presses(MINH, vi("commendation.button.submit"));
        chat.presses(HUNG, vi("commendation.decide.return-button"));
        chat.says(HUNG, "Thiếu xếp loại của cô Hoa");
        assertThat(chat.lastText(HUNG)).contains(vi("commendation.decide.returned", "Nguyễn Văn Hùng", "20/05/2024", "Thiếu xếp loại của cô Hoa"));
        assertThat(chat.lastText(MINH)).contains("Thiếu xếp loại của cô Hoa");
        assertThat(service.state(c.schoolYear()).status()).isEqualTo(CommendationStore.ListStatus.RETURNED);
        chat.says(MINH, "/dexuat Lo Thi Hoa");
        chat.presses(MINH, vi("commendation.button.rating"));
        chat.presses(MINH, vi("commendation.rating.htxsnv"));
        assertThat(chat.lastText(MINH)).contains(vi("commendation.rating.htxsnv"));
    }

    // --- typed texts at their caps (chat.FreeText) -----------------------------------------------------------

    @Test
    void an_initiative_a_research_title_and_the_principals_reason_are_kept_up_to_their_limit_and_refused_one_over() {
        Campaign c = campaigns.current();
        proposals.proposePerson(c, hoa, "LDTT", minh);
        chat.says(MINH, "/dexuat Lo Thi Hoa");
        chat.presses(MINH, vi("commendation.button.initiative"));
        chat.says(MINH, TypedText.ofLength(301) + "; 45/QĐ-PTDTNT");
        assertThat(chat.lastText(MINH)).isEqualTo(vi("input.too-long", 301, 300)).contains("tối đa 300 ký tự");
        chat.says(MINH, TypedText.ofLength(300) + "; 45/QĐ-PTDTNT");
        chat.presses(MINH, vi("commendation.button.research"));
        chat.says(MINH, TypedText.ofLength(301));
        assertThat(chat.lastText(MINH)).isEqualTo(vi("input.too-long", 301, 300));
        chat.says(MINH, TypedText.ofLength(300));
        Map<String, Object> row = jdbc.queryForMap("select initiative_name, initiative_decision, research_name from commendation_person where staff_id = ?", hoa);
        assertThat(FreeText.length((String) row.get("initiative_name"))).isEqualTo(300);
        assertThat(row.get("initiative_decision")).isEqualTo("45/QĐ-PTDTNT");
        assertThat(FreeText.length((String) row.get("research_name"))).isEqualTo(300);

        chat.says(MINH, "/dexuat");
        chat.presses(MINH, vi("commendation.button.submit"));
        chat.presses(HUNG, vi("commendation.decide.return-button"));
        chat.says(HUNG, TypedText.ofLength(1001));
        assertThat(chat.lastText(HUNG)).isEqualTo(vi("input.too-long", 1001, 1000)).contains("tối đa 1.000 ký tự");
        assertThat(service.state(c.schoolYear()).status()).isEqualTo(CommendationStore.ListStatus.SUBMITTED);
        chat.says(HUNG, TypedText.ofLength(1000));
        assertThat(service.state(c.schoolYear()).status()).isEqualTo(CommendationStore.ListStatus.RETURNED);
    }

    @Test
    void a_meeting_place_and_a_written_ballots_note_are_kept_up_to_their_limit_and_refused_one_over() {
        proposals.proposePerson(campaigns.current(), hoa, "LDTT", minh);
        chat.says(MINH, "/bieuquyet");
        chat.says(MINH, TypedText.ofLength(121));
        assertThat(chat.lastText(MINH)).isEqualTo(vi("input.too-long", 121, 120));
        chat.says(MINH, TypedText.ofLength(120));
        chat.says(MINH, "-");
        chat.says(MINH, "-");
        chat.presses(MINH, vi("commendation.button.open-vote"));
        chat.says(MINH, "/bieuquyet");
        chat.presses(MINH, vi("commendation.button.written"));
        chat.presses(MINH, "Đinh Thị Lan");
        chat.says(MINH, "Đ; " + TypedText.ofLength(201));
        assertThat(chat.lastText(MINH)).isEqualTo(vi("input.too-long", 201, 200));
        chat.says(MINH, "Đ; " + TypedText.ofLength(200));
        assertThat(chat.lastText(MINH)).startsWith("Đã ghi phiếu bằng văn bản của Đinh Thị Lan: 1 đồng ý, 0 không đồng ý.");
    }

    // --- the council's vote --------------------------------------------------------------------------------

    @Test
    void ballots_change_until_close_the_candidate_does_not_vote_an_absent_member_votes_in_writing_and_the_minutes_list_the_tally() throws Exception {
        Campaign c = campaigns.current();
        proposals.proposePerson(c, hoa, "CSTDCS", minh);   // 1: threshold 75% of 5
        proposals.proposePerson(c, tam, "LDTT", minh);     // 2: Tâm is on the council and does not vote; 50% of all 5 members

        chat.says(MINH, "/bieuquyet");
        assertThat(chat.lastText(MINH)).isEqualTo(vi("commendation.vote.ask-place", "2", "5"));
        chat.says(MINH, "Phòng họp Hội đồng");
        chat.says(MINH, "32/05/2024");
        assertThat(chat.lastText(MINH)).isEqualTo(vi("commendation.vote.bad-date"));
        chat.says(MINH, "-");
        chat.says(MINH, "19/05/2024 10:00");
        assertThat(chat.lastText(MINH)).isEqualTo(vi("commendation.vote.close-past"));
        chat.says(MINH, "-");
        chat.presses(MINH, vi("commendation.button.open-vote"));
        assertThat(chat.previousText(MINH)).isEqualTo(vi("commendation.vote.opened", "2", "4", "5"));
        assertThat(chat.lastText(MINH)).isEqualTo(vi("commendation.vote.unlinked", "Đinh Thị Lan"));

        // Tâm gets no buttons for his own proposal.
        assertThat(ChatDriver.labels(chat.last(TAM))).containsExactly("1. Đồng ý", "1. Không đồng ý");
        assertThat(chat.last(TAM).text()).contains(vi("commendation.ballot.own"));
        assertThat(ChatDriver.labels(chat.last(MAI))).containsExactly("1. Đồng ý", "1. Không đồng ý", "2. Đồng ý", "2. Không đồng ý");

        assertThat(chat.presses(HUNG, "1. Đồng ý")).isEqualTo(vi("commendation.ballot.saved-yes"));
        chat.presses(HUNG, "2. Đồng ý");
        chat.presses(TAM, "1. Đồng ý");
        chat.presses(MAI, "1. Đồng ý");
        assertThat(chat.presses(MAI, "1. Không đồng ý")).as("changed before the close").isEqualTo(vi("commendation.ballot.saved-no"));
        chat.presses(MAI, "2. Đồng ý");
        OutgoingMessage maiBallot = chat.last(MAI);
        assertThat(maiBallot.editOfKey()).isEqualTo(BallotCards.ballotKey(voteId(), staffId("Sa Thị Mai"), 0));
        assertThat(maiBallot.text()).contains("1. Lò Thị Hoa — Chiến sĩ thi đua cơ sở: " + vi("commendation.ballot.no"));

        // The secretary sees how many voted, never who chose what.
        chat.says(MINH, "/bieuquyet");
        String status = chat.lastText(MINH);
        assertThat(status).contains("3/5");
        assertThat(status).doesNotContain("Đồng ý").doesNotContain("Sa Thị Mai");

        // Lan, absent and not on Telegram, votes in writing.
        chat.presses(MINH, vi("commendation.button.written"));
        chat.presses(MINH, "Đinh Thị Lan");
        chat.says(MINH, "Đ Đ");
        assertThat(chat.lastText(MINH)).isEqualTo(vi("commendation.written.need-note", "200"));
        chat.says(MINH, "Đ; phiếu viết tay");
        assertThat(chat.lastText(MINH)).isEqualTo(vi("commendation.written.bad-choices", "2"));
        chat.says(MINH, "Đ Đ; phiếu viết tay gửi văn thư, vắng vì đi tập huấn");
        assertThat(chat.lastText(MINH)).isEqualTo(vi("commendation.written.saved", "Đinh Thị Lan", "2", "0", "phiếu viết tay gửi văn thư, vắng vì đi tập huấn"));

        chat.says(MINH, "/bieuquyet");
        chat.presses(MINH, vi("commendation.button.close-vote"));
        chat.presses(MINH, vi("commendation.button.close-yes"));

        // 1. Hoa: Hùng, Tâm, Lan = 3/5 = 60% < 75%. 2. Tâm: Hùng, Mai, Lan = 3/5 = 60% ≥ 50% (the share is over ALL
        // members by default; "members-except-candidate" in the campaign file would count 3/4).
        List<OutgoingMessage> toMinh = chat.sent(MINH);
        String outcome = toMinh.get(toMinh.size() - 2).text();
        assertThat(outcome).contains(vi("commendation.outcome.failed", "3", "5", "60%", vi("commendation.vote.need-at-least", "75")))
                .contains(vi("commendation.outcome.passed", "3", "5", "60%", vi("commendation.vote.need-at-least", "50")))
                .contains("3/5");
        OutgoingMessage doc = chat.last(MINH);
        assertThat(doc.file().fileName()).isEqualTo("bien-ban-hoi-dong-2024-05-20.docx");
        assertThat(chat.last(HUNG).file()).isNotNull();
        assertThat(chat.last(MAI).text()).isEqualTo(vi("commendation.ballot.closed-card", "2023-2024", "Phòng họp Hội đồng", "20/05/2024"));
        assertThat(chat.last(MAI).inlineButtons()).isEmpty();

        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(Base64.getDecoder().decode(doc.file().base64Content())))) {
            String body = d.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(body).contains("BIÊN BẢN HỌP HỘI ĐỒNG THI ĐUA, KHEN THƯỞNG")
                    .contains("có mặt 3/5")
                    .contains("Chủ tọa: Nguyễn Văn Hùng")
                    .contains("Thư ký: Hà Văn Minh")
                    .contains("Mai Châu, ngày 20 tháng 5 năm 2024")
                    .contains("Lò Thị Hoa — Chiến sĩ thi đua cơ sở: nhất trí 3/5 thành viên = 60% (cần từ 75% trở lên), không đồng ý 1 — không đạt")
                    .contains("Đinh Thị Lan: phiếu viết tay gửi văn thư, vắng vì đi tập huấn");
            XWPFTable table = d.getTables().get(1);
            assertThat(table.getRows()).hasSize(3);
            assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("Lò Thị Hoa");
            assertThat(table.getRow(2).getCell(5).getText()).isEqualTo("3/5 (60%)");
            assertThat(table.getRow(2).getCell(6).getText()).isEqualTo("Đạt");
        }

        // After the close nobody can change a ballot (its buttons are gone from the server); the results feed the rule check.
        assertThat(chat.pressToken(SON, ChatDriver.token(chat.sent(SON).get(0), "1. Đồng ý"))).isEqualTo(vi("error.button-stale"));
        Commendations.ListView v = service.view(c);
        assertThat(v.violations()).extracting(Violation::key).contains("commendation.rule.vote-failed")
                .doesNotContain("commendation.rule.vote-missing");
    }

    @Test
    void a_vote_closes_at_its_time_and_a_late_ballot_is_refused() {
        Campaign c = campaigns.current();
        proposals.proposePerson(c, hoa, "LDTT", minh);
        chat.says(MINH, "/bieuquyet");
        chat.says(MINH, "Phòng họp");
        chat.says(MINH, "20/05/2024");
        chat.says(MINH, "20/05/2024 16:30");
        chat.presses(MINH, vi("commendation.button.open-vote"));
        assertThat(chat.last(MAI).text()).contains(vi("commendation.ballot.closes-at", "16:30 20/05/2024"));
        chat.presses(MAI, "1. Đồng ý");
        clock.advance(Duration.ofHours(9));   // 17:00
        assertThat(chat.presses(HUNG, "1. Đồng ý")).isEqualTo(vi("commendation.ballot.closed"));
        List<OutgoingMessage> toMinh = chat.sent(MINH);
        assertThat(toMinh.get(toMinh.size() - 2).text()).startsWith(vi("commendation.outcome.header-auto", "2023-2024", "20/05/2024",
                "Phòng họp", "1", "5").substring(0, 40)).contains(vi("commendation.outcome.failed", "1", "5", "20%", vi("commendation.vote.need-at-least", "50")));
        assertThat(jdbc.queryForObject("select closed_by from commendation_vote", Long.class)).isNull();
    }

    @Test
    void the_minutes_keep_vietnamese_text_and_show_attendance_like_nine_of_eleven() throws Exception {
        byte[] bytes = minutes.write(new MinutesDocument.Data("Trường PT DTNT THCS&THPT Bản Mường", "2023-2024", LocalDate.of(2024, 5, 20),
                "Phòng họp Hội đồng", "Nguyễn Văn Hùng", "Hà Văn Minh", 9, 11,
                List.of(new MinutesDocument.Row("Tổ Toán - Tin", false, "Tập thể lao động xuất sắc", "Giấy khen của Giám đốc Sở GD&ĐT",
                        10, 1, 11, new java.math.BigDecimal("90"), true),
                        new MinutesDocument.Row("Vì Văn Dũng", true, "Chiến sĩ thi đua cơ sở", null, 8, 2, 10, new java.math.BigDecimal("90"), false),
                        new MinutesDocument.Row("Lê Văn Nam", true, "Lao động tiên tiến", null, 5, 5, 10, new java.math.BigDecimal("50"), false,
                                true)),
                List.of(), 3_510_000L, "Mai Châu", LocalDateTime.of(2024, 5, 20, 16, 5), null));
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            String body = d.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(body).contains("Thành viên Hội đồng: có mặt 9/11, vắng mặt 2.")
                    .contains("Mai Châu, ngày 20 tháng 5 năm 2024")
                    .contains("Thời gian: ngày 20/05/2024. Địa điểm: Phòng họp Hội đồng.")
                    .contains("Cuộc họp kết thúc vào lúc 16 giờ 05 phút cùng ngày. Biên bản đã được đọc lại cho các thành viên dự họp nghe"
                            + " và nhất trí thông qua.")
                    .contains("Tổ Toán - Tin — Tập thể lao động xuất sắc: nhất trí 10/11 thành viên = 91% (cần từ 90% trở lên)")
                    .contains("Vì Văn Dũng — Chiến sĩ thi đua cơ sở: nhất trí 8/10 thành viên = 80% (cần từ 90% trở lên), không đồng ý 2 — không đạt")
                    .as("quá bán is more than half: exactly half does not pass")
                    .contains("Lê Văn Nam — Lao động tiên tiến: nhất trí 5/10 thành viên = 50% (cần trên 50%), không đồng ý 5 — không đạt")
                    .contains("3.510.000 đ");
            XWPFTable table = d.getTables().get(1);
            assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("STT");
            assertThat(table.getRow(1).getCell(2).getText()).isEqualTo("Tập thể");
            assertThat(table.getRow(1).getCell(4).getText()).isEqualTo("Giấy khen của Giám đốc Sở GD&ĐT");
            assertThat(table.getRow(2).getCell(2).getText()).isEqualTo("Cá nhân");
            String signatures = d.getTables().get(2).getRow(0).getTableCells().stream().map(cell -> cell.getText()).collect(Collectors.joining("|"));
            assertThat(signatures).contains("THƯ KÝ").contains("CHỦ TỌA").contains("Nguyễn Văn Hùng").contains("Hà Văn Minh");
            String motto = d.getTables().get(0).getRow(0).getCell(1).getText();
            assertThat(motto).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("Độc lập - Tự do - Hạnh phúc");
            assertThat(d.getTables().get(0).getRow(0).getCell(0).getText()).contains("TRƯỜNG PT DTNT THCS&THPT BẢN MƯỜNG")
                    .contains("HỘI ĐỒNG THI ĐUA, KHEN THƯỞNG").contains("/BB-HĐTĐKT");
        }
    }

    @Test
    void the_minutes_are_dated_like_an_administrative_paper_a_day_under_ten_and_february_take_a_zero() throws Exception {
        byte[] bytes = minutes.write(new MinutesDocument.Data("Trường PT DTNT THCS&THPT Bản Mường", "2026-2027", LocalDate.of(2027, 2, 5),
                "Phòng họp Hội đồng", "Nguyễn Văn Hùng", "Hà Văn Minh", 5, 5, List.of(), List.of(), 0L, "Mai Châu",
                LocalDateTime.of(2027, 2, 8, 9, 0), null));
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            String body = d.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(body).contains("Mai Châu, ngày 05 tháng 02 năm 2027")
                    .contains("Cuộc họp kết thúc vào lúc 9 giờ 00 phút ngày 08/02/2027.");
        }
        byte[] unplaced = minutes.write(new MinutesDocument.Data("Trường mẫu", "2026-2027", LocalDate.of(2027, 5, 12),
                "Phòng họp", "Nguyễn Văn Hùng", "Hà Văn Minh", 5, 5, List.of(), List.of(), 0L));
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(unplaced))) {
            String body = d.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(body).contains("Ngày 12 tháng 5 năm 2027").doesNotContain("Phòng họp, ngày");
        }
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private long voteId() {
        return jdbc.queryForObject("select max(id) from commendation_vote", Long.class);
    }

    private long staffId(String name) {
        return jdbc.queryForObject("select id from staff_member where full_name = ?", Long.class, name);
    }

    // --- the facts the 2022 law's rules read ---------------------------------------------------------

    @Test
    void research_counts_only_with_its_acceptance_decision_and_a_newcomer_needs_ten_months_of_the_year() {
        Campaign c = campaigns.current();
        proposals.proposePerson(c, hoa, "CSTDCS", minh);
        facts.updatePerson(c.schoolYear(), hoa, r -> r.withRating(StaffRating.HTTNV, PersonFacts.RatingSource.SECRETARY), minh);
        chat.says(MINH, "/dexuat Lo Thi Hoa");
        chat.presses(MINH, vi("commendation.button.research"));
        chat.says(MINH, "Dạy tiếng Việt cho học sinh dân tộc Thái");
        assertThat(chat.lastText(MINH)).contains(vi("commendation.rule.research-unaccepted", "Lò Thị Hoa",
                "Dạy tiếng Việt cho học sinh dân tộc Thái"));

        // A date that does not exist is refused politely; the teacher types it again in the same step.
        chat.presses(MINH, vi("commendation.button.research"));
        chat.says(MINH, "Dạy tiếng Việt cho học sinh dân tộc Thái; 12/QĐ-SGDĐT; 31/02/2024");
        assertThat(chat.lastText(MINH)).isEqualTo(vi("commendation.input.research-format", "60"));
        chat.says(MINH, "Dạy tiếng Việt cho học sinh dân tộc Thái; 12/QĐ-SGDĐT; 02/04/2024");
        assertThat(jdbc.queryForMap("select research_name, research_decision, research_decision_date from commendation_person where staff_id = ?", hoa))
                .containsEntry("research_name", "Dạy tiếng Việt cho học sinh dân tộc Thái")
                .containsEntry("research_decision", "12/QĐ-SGDĐT").containsEntry("research_decision_date", "2024-04-02");
        assertThat(chat.lastText(MINH)).contains(vi("commendation.card.research-decision", "12/QĐ-SGDĐT", "02/04/2024"))
                .doesNotContain("nghiệm thu, nên chưa được tính");

        // Hoa moved to the school on 02/11/2023: 9 whole months of the year, one short of the school's 10.
        chat.presses(MINH, vi("commendation.button.start-date"));
        chat.says(MINH, "02/11/2023");
        assertThat(chat.lastText(MINH)).contains(vi("commendation.rule.service-too-short", "Lò Thị Hoa", "Chiến sĩ thi đua cơ sở",
                "02/11/2023", "9", "10"));
        chat.presses(MINH, vi("commendation.button.start-date"));
        chat.says(MINH, "1/11/2023");
        assertThat(chat.lastText(MINH)).contains("01/11/2023").doesNotContain("chưa đủ 10 tháng");
    }

    @Test
    void a_rating_suggested_from_the_score_is_listed_by_kiemtra_until_the_secretary_confirms_it() {
        Campaign c = campaigns.current();
        proposals.proposePerson(c, hoa, "LDTT", minh);
        facts.updatePerson(c.schoolYear(), hoa, r -> r.withRating(StaffRating.HTTNV, PersonFacts.RatingSource.SCORE), minh);
        String unconfirmed = vi("commendation.rule.rating-unconfirmed", "Lò Thị Hoa", "Lao động tiên tiến", "Hoàn thành tốt nhiệm vụ");
        chat.says(MINH, "/kiemtra");
        assertThat(chat.lastText(MINH)).contains(unconfirmed);
        chat.says(MINH, "/dexuat Lo Thi Hoa");
        chat.presses(MINH, vi("commendation.button.rating"));
        chat.presses(MINH, "Hoàn thành tốt nhiệm vụ");
        chat.says(MINH, "/kiemtra");
        assertThat(chat.lastText(MINH)).doesNotContain(unconfirmed);
    }

    @Test
    void the_principal_records_a_teams_completion_level_but_not_for_his_own_team_without_a_substitute() {
        Campaign c = campaigns.current();
        proposals.proposeTeam(c, "Toán - Tin", "TTLDXS", minh);
        proposals.proposeTeam(c, "Văn phòng", "TTLDTT", minh);
        chat.says(MINH, "/kiemtra");
        assertThat(chat.lastText(MINH)).contains(vi("commendation.rule.team-completion-missing", "Toán - Tin", "Hoàn thành xuất sắc nhiệm vụ"));

        chat.says(HUNG, "/hoanthanhto");
        assertThat(chat.lastText(HUNG)).contains(vi("commendation.team-level.line", "Toán - Tin", "Tập thể lao động xuất sắc",
                vi("commendation.team-level.unknown")));
        chat.presses(HUNG, "Toán - Tin");
        chat.presses(HUNG, "Hoàn thành tốt nhiệm vụ");
        assertThat(jdbc.queryForObject("select completion from commendation_team where team_name = ?", String.class, "Toán - Tin"))
                .isEqualTo("HTTNV");
        chat.says(MINH, "/kiemtra");
        assertThat(chat.lastText(MINH)).contains(vi("commendation.rule.team-completion-low", "Toán - Tin", "Hoàn thành tốt nhiệm vụ",
                "Hoàn thành xuất sắc nhiệm vụ"));

        // Hùng works in the office team: he does not record its level himself, and this file names no substitute
        // (SecretBallotTest has the substitute record it).
        chat.says(HUNG, "/hoanthanhto");
        assertThat(chat.presses(HUNG, "Văn phòng")).isEqualTo(vi("decision.substitute.missing"));
        assertThat(jdbc.queryForObject("select count(*) from commendation_team where team_name = ?", Integer.class, "Văn phòng")).isZero();
    }

    private String vi(String key, Object... args) {
        return texts.get(Texts.VIETNAMESE, key, args);
    }
}
