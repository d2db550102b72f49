package vn.thiduabot.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.people.Role;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.chat.UpdateIntake;
import vn.thiduabot.commendation.chat.BallotCards;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.notification.OutgoingMessage;
import vn.thiduabot.scoring.AssessmentQueries;
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
 * Trust in the council's decisions, 2023-2024, 08:00 on Monday 20/05/2024: the secretary Hà Văn Minh
 * records Sa Thị Mai's paper ballot and Mai sees it on her phone, then votes herself; after the close
 * only who voted and the counts remain. A list that proposes the principal Nguyễn Văn Hùng is decided by
 * the substitute the campaign file names (Bùi Văn Sơn), or not submitted at all while nobody is named.
 */
@BotTest
@TestPropertySource(properties = {BotTest.CAMPAIGNS_2023, "thidua.commendation.close-check-seconds=0"})
@ClockAt("2024-05-20T01:00:00Z")
@RecordApplicationEvents
class SecretBallotTest {

    /** The application's copy of the test campaign folder (BotTest), which this class changes. */
    @Value("${thidua.campaign-dir}")
    Path campaignDir;
    static final Path SOURCE = Path.of("src/test/resources/campaigns/campaign-2023-2024.yml");

    static final Instant START = Instant.parse("2024-05-20T01:00:00Z");

    static final long HUNG = 9201;  // principal, council
    static final long MINH = 9202;  // secretary
    static final long TAM = 9203;   // council
    static final long MAI = 9204;   // council
    static final long SON = 9205;   // council; the substitute when the file names him

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
    @Autowired Campaigns campaigns;
    @MockitoBean AssessmentQueries assessments;
    @Autowired ApplicationEvents events;
    @MockitoSpyBean MinutesDocument minutesDocument;

    long hoa;
    long hung;
    long minh;
    long mai;

    @BeforeEach
    void school() {
        chat = new ChatDriver(intake, outbox);
        clock.advance(Duration.between(clock.instant(), START));
        school.reset(); // every table (SchemaReset)
        substitute(null);
        tx.executeWithoutResult(s -> {
            Instant now = Instant.now();
            Team toan = school.team("Toán - Tin");
            Team office = school.team("Văn phòng");
            minh = person("Hà Văn Minh", "+84912200002", office, Set.of(Role.SECRETARY, Role.ADMIN), MINH, now);
            hung = person("Nguyễn Văn Hùng", "+84912200001", office, Set.of(Role.PRINCIPAL, Role.COUNCIL), HUNG, now);
            hoa = person("Lò Thị Hoa", "+84912200004", toan, Set.of(Role.TEACHER), null, now);
            person("Lò Văn Tâm", "+84912200003", toan, Set.of(Role.TEACHER, Role.COUNCIL), TAM, now);
            mai = person("Sa Thị Mai", "+84912200006", office, Set.of(Role.COUNCIL), MAI, now);
            person("Bùi Văn Sơn", "+84912200005", toan, Set.of(Role.TEAM_LEADER, Role.COUNCIL), SON, now);
        });
    }

    private long person(String name, String phone, Team team, Set<Role> roles, Long telegram, Instant now) {
        return school.person(name, phone, team, roles, telegram).getId();
    }

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
    }

    private String vi(String key, Object... args) {
        return texts.get(Texts.VIETNAMESE, key, args);
    }

    private void opensVote() {
        chat.says(MINH, "/bieuquyet");
        chat.says(MINH, "Phòng họp Hội đồng");
        chat.says(MINH, "-");
        chat.says(MINH, "-");
        chat.presses(MINH, vi("commendation.button.open-vote"));
    }

    private int sensitive(String key) {
        return jdbc.queryForObject("select sensitive from outbox_message where idempotency_key = ?", Integer.class, key);
    }

    @Test
    void a_paper_ballot_is_shown_to_the_member_her_own_vote_replaces_it_and_after_the_close_only_counts_remain() {
        Campaign c = campaigns.current();
        proposals.proposePerson(c, hoa, "CSTDCS", minh);
        opensVote();
        String one = "1. Lò Thị Hoa — Chiến sĩ thi đua cơ sở: ";

        chat.says(MINH, "/bieuquyet");
        chat.presses(MINH, vi("commendation.button.written"));
        chat.presses(MINH, "Sa Thị Mai");
        chat.says(MINH, "K; phiếu viết tay, vắng vì đi tập huấn");

        OutgoingMessage told = chat.sent(MAI).stream().filter(m -> m.text().startsWith("Thư ký")).findFirst().orElseThrow();
        assertThat(told.text()).isEqualTo(vi("decision.written.recorded", "Hà Văn Minh", "08:00 20/05/2024",
                one + vi("commendation.ballot.no")));
        assertThat(chat.last(MAI).text()).as("her ballot now shows the recorded choice").contains(one + vi("commendation.ballot.no"));
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where chat_id = ? and sensitive = 0 and payload like ?",
                Integer.class, MAI, "%" + vi("commendation.ballot.no") + "%")).as("every message with her choice is secret").isZero();

        clock.advance(Duration.ofMinutes(30));
        assertThat(chat.presses(MAI, "1. Đồng ý")).isEqualTo(vi("decision.written.replaced"));
        assertThat(chat.last(MAI).text()).contains(one + vi("commendation.ballot.yes"));
        List<Map<String, Object>> events = jdbc.queryForList("select * from commendation_ballot_event order by id");
        assertThat(events).extracting(e -> e.get("action")).containsExactly("WRITTEN_RECORDED", "WRITTEN_REPLACED");
        assertThat(events).extracting(e -> ((Number) e.get("actor_staff_id")).longValue()).containsExactly(minh, mai);
        assertThat(events.get(0).keySet()).as("who and when, never the choice").doesNotContain("choice");

        chat.presses(HUNG, "1. Đồng ý");
        chat.says(MINH, "/bieuquyet");
        chat.presses(MINH, vi("commendation.button.close-vote"));
        chat.presses(MINH, vi("commendation.button.close-yes"));
        List<OutgoingMessage> toMinh = chat.sent(MINH);
        assertThat(toMinh.get(toMinh.size() - 2).text())
                .contains(vi("decision.written.history", vi("decision.written.history-line", "Sa Thị Mai", "Hà Văn Minh", "08:30 20/05/2024")));

        // The tally stays; who chose what does not, nor the ballot buttons.
        assertThat(jdbc.queryForObject("select yes_count || '/' || no_count from commendation_vote_item", String.class)).isEqualTo("2/0");
        assertThat(jdbc.queryForObject("select count(*) from commendation_ballot", Integer.class)).isZero();
        assertThat(jdbc.queryForList("select staff_id from commendation_vote_participant", Long.class))
                .containsExactlyInAnyOrder(hung, mai);
        assertThat(jdbc.queryForObject("select count(*) from callback_token where action = ?", Integer.class, "com.ballot"))
                .isZero();
        long vote = jdbc.queryForObject("select max(id) from commendation_vote", Long.class);
        assertThat(sensitive(BallotCards.ballotKey(vote, mai, 0))).isEqualTo(1);
    }

    @Test
    void a_broken_ballot_button_is_no_longer_valid() {
        proposals.proposePerson(campaigns.current(), hoa, "CSTDCS", minh);
        opensVote();
        String token = ChatDriver.token(chat.last(MAI), "1. Đồng ý");
        for (String broken : new String[] {"x|1|Y|0", "1", "", "1|2|maybe|0"}) {
            jdbc.update("update callback_token set payload = ? where token = ?", broken, token);
            // A payload that no longer decodes to the ballot's record is refused by the router as stale.
            assertThat(chat.pressToken(MAI, token)).as(broken).isEqualTo(vi("error.button-stale"));
        }
        assertThat(jdbc.queryForObject("select count(*) from commendation_ballot", Integer.class)).isZero();
    }

    @Test
    void a_list_proposing_the_principal_is_not_submitted_while_nobody_is_named_to_decide_it() {
        Campaign c = campaigns.current();
        proposals.proposePerson(c, hung, "LDTT", minh);
        chat.says(MINH, "/dexuat");
        chat.presses(MINH, vi("commendation.button.submit"));
        assertThat(chat.lastText(MINH)).isEqualTo(vi("decision.substitute.missing"));
        assertThat(service.state(c.schoolYear()).status()).isEqualTo(CommendationStore.ListStatus.DRAFT);
        assertThat(chat.sent(HUNG)).isEmpty();
    }

    @Test
    void the_named_substitute_decides_a_list_that_proposes_the_principal_and_the_principal_cannot() {
        substitute("0912 200 005");
        Campaign c = campaigns.current();
        proposals.proposePerson(c, hung, "LDTT", minh);
        chat.says(MINH, "/dexuat");
        chat.presses(MINH, vi("commendation.button.submit"));
        assertThat(chat.lastText(HUNG)).isEqualTo(vi("decision.list.own-info", "Bùi Văn Sơn"));
        assertThat(ChatDriver.labels(chat.last(HUNG))).isEmpty();

        String approve = ChatDriver.token(chat.latestWith(SON, vi("commendation.decide.approve-button")),
                vi("commendation.decide.approve-button"));
        jdbc.update("update callback_token set user_id = ?, chat_id = ? where token = ?", HUNG, HUNG, approve);
        assertThat(chat.pressToken(HUNG, approve)).isEqualTo(vi("decision.list.own"));
        assertThat(service.state(c.schoolYear()).status()).isEqualTo(CommendationStore.ListStatus.SUBMITTED);

        jdbc.update("update callback_token set user_id = ?, chat_id = ? where token = ?", SON, SON, approve);
        chat.presses(SON, vi("commendation.decide.approve-button"));
        chat.presses(SON, vi("commendation.decide.override-button"));
        assertThat(service.state(c.schoolYear()).status()).isEqualTo(CommendationStore.ListStatus.APPROVED);
        assertThat(jdbc.queryForObject("select actor_staff_id from commendation_decision where action like 'APPROVED%'", Long.class))
                .isEqualTo(jdbc.queryForObject("select id from staff_member where full_name = 'Bùi Văn Sơn'", Long.class));
    }
    @Test
    void the_named_substitute_records_the_level_of_the_principals_own_team_and_nobody_else_can() {
        Campaign c = campaigns.current();
        proposals.proposeTeam(c, "Văn phòng", "TTLDTT", minh);
        chat.says(HUNG, "/hoanthanhto");
        assertThat(chat.presses(HUNG, "Văn phòng")).isEqualTo(vi("decision.substitute.missing"));

        substitute("0912 200 005");
        chat.says(HUNG, "/hoanthanhto");
        assertThat(chat.presses(HUNG, "Văn phòng")).isEqualTo(vi("decision.substitute.named", "Bùi Văn Sơn"));
        assertThat(chat.lastText(SON)).isEqualTo(vi("commendation.team-level.substitute-choose", "Văn phòng"));

        // Mai, another council member, cannot use Sơn's button even with its token.
        String good = ChatDriver.token(chat.latestWith(SON, vi("commendation.rating.httnv")), vi("commendation.rating.httnv"));
        jdbc.update("update callback_token set user_id = ?, chat_id = ? where token = ?", MAI, MAI, good);
        assertThat(chat.pressToken(MAI, good)).isEqualTo(vi("decision.substitute.only"));
        assertThat(jdbc.queryForObject("select count(*) from commendation_team", Integer.class)).isZero();

        jdbc.update("update callback_token set user_id = ?, chat_id = ? where token = ?", SON, SON, good);
        chat.presses(SON, vi("commendation.rating.httnv"));
        assertThat(chat.lastText(SON)).isEqualTo(vi("commendation.team-level.saved", "Văn phòng", vi("commendation.rating.httnv")));
        assertThat(jdbc.queryForObject("select completion from commendation_team where team_name = ?", String.class, "Văn phòng"))
                .isEqualTo("HTTNV");
    }

    @Test
    void the_secretary_does_not_set_the_rating_on_a_proposal_about_himself() {
        proposals.proposePerson(campaigns.current(), minh, "LDTT", minh);
        chat.says(MINH, "/dexuat Ha Van Minh");
        chat.presses(MINH, vi("commendation.button.rating"));
        assertThat(chat.presses(MINH, vi("commendation.rating.htxsnv"))).isEqualTo(vi("decision.proposal.own"));
        assertThat(jdbc.queryForList("select rating from commendation_person where staff_id = ?", String.class, minh))
                .allMatch(r -> r == null);
    }

    // --- a member's ballot buttons can be trusted: forged, stale or repeated presses change no count ---------

    private int ballots() {
        return jdbc.queryForObject("select count(*) from commendation_ballot", Integer.class);
    }

    private String forged(String payload) {
        String token = ChatDriver.token(chat.last(MAI), "1. Đồng ý");
        jdbc.update("update callback_token set payload = ? where token = ?", payload, token);
        return chat.pressToken(MAI, token);
    }

    @Test
    void a_forged_ballot_button_for_another_vote_or_item_is_refused_politely_and_counts_nothing() {
        proposals.proposePerson(campaigns.current(), hoa, "CSTDCS", minh);
        opensVote();
        long vote = jdbc.queryForObject("select max(id) from commendation_vote", Long.class);
        long item = jdbc.queryForObject("select id from commendation_vote_item", Long.class);

        assertThat(forged("BallotPress{\"voteId\":" + (vote + 7) + ",\"itemId\":" + item + ",\"choice\":\"YES\"}"))
                .as("a vote that does not exist").isEqualTo(vi("decision.button.invalid"));
        assertThat(forged("BallotPress{\"voteId\":" + vote + ",\"itemId\":" + (item + 7) + ",\"choice\":\"YES\"}"))
                .as("an item not on this vote").isEqualTo(vi("decision.button.invalid"));
        assertThat(forged("BallotPress{\"voteId\":" + vote + ",\"itemId\":" + item + ",\"choice\":\"MAYBE\"}"))
                .as("a choice that is neither").isEqualTo(vi("error.button-stale"));
        assertThat(ballots()).isZero();

        // Mai cannot use Sơn's button: it was issued to him.
        String sons = ChatDriver.token(chat.last(SON), "1. Đồng ý");
        assertThat(chat.pressToken(MAI, sons)).isEqualTo(vi("error.button-stale"));
        // Sơn, no longer among the vote's members (as if he had joined the council after it opened), counts nothing.
        jdbc.update("delete from commendation_vote_member where staff_id = (select id from staff_member where full_name = 'Bùi Văn Sơn')");
        assertThat(chat.pressToken(SON, sons)).isEqualTo(vi("commendation.ballot.not-member"));
        assertThat(ballots()).isZero();
    }

    @Test
    void pressing_agree_twice_keeps_one_ballot_and_a_button_pressed_after_the_close_is_stale_and_changes_no_count() {
        proposals.proposePerson(campaigns.current(), hoa, "CSTDCS", minh);
        opensVote();
        String agree = ChatDriver.token(chat.last(MAI), "1. Đồng ý");
        assertThat(chat.pressToken(MAI, agree)).isEqualTo(vi("commendation.ballot.saved-yes"));
        assertThat(chat.pressToken(MAI, agree)).as("the same press again").isEqualTo(vi("commendation.ballot.saved-yes"));
        assertThat(ballots()).as("one member, one ballot").isEqualTo(1);

        chat.says(MINH, "/bieuquyet");
        chat.presses(MINH, vi("commendation.button.close-vote"));
        String closeYes = ChatDriver.token(chat.last(MINH), vi("commendation.button.close-yes"));
        chat.pressToken(MINH, closeYes);
        chat.pressToken(MINH, closeYes);
        assertThat(chat.lastText(MINH)).as("closing twice").isEqualTo(vi("commendation.ballot.closed"));

        assertThat(chat.pressToken(MAI, agree)).isEqualTo(vi("error.button-stale"));
        assertThat(chat.pressToken(HUNG, ChatDriver.token(chat.sent(HUNG).get(0), "1. Không đồng ý"))).isEqualTo(vi("error.button-stale"));
        assertThat(jdbc.queryForObject("select yes_count || '/' || no_count from commendation_vote_item", String.class)).isEqualTo("1/0");
    }

    @Test
    void closing_publishes_vote_closed_once_with_the_counts_and_never_who_chose_what() {
        Campaign c = campaigns.current();
        proposals.proposePerson(c, hoa, "CSTDCS", minh);   // needs 75% of the 4 members: 3
        opensVote();
        chat.presses(MAI, "1. Đồng ý");
        chat.presses(HUNG, "1. Đồng ý");
        chat.presses(TAM, "1. Không đồng ý");
        assertThat(events.stream(VoteClosed.class)).isEmpty();

        chat.says(MINH, "/bieuquyet");
        chat.presses(MINH, vi("commendation.button.close-vote"));
        String closeYes = ChatDriver.token(chat.last(MINH), vi("commendation.button.close-yes"));
        chat.pressToken(MINH, closeYes);
        chat.pressToken(MINH, closeYes);

        long vote = jdbc.queryForObject("select max(id) from commendation_vote", Long.class);
        long item = jdbc.queryForObject("select id from commendation_vote_item", Long.class);
        assertThat(events.stream(VoteClosed.class)).containsExactly(new VoteClosed(vote, "2023-2024", minh, 3, 4,
                List.of(new VoteClosed.Tally(item, 1, 2, 1, 4, false))));
        assertThat(VoteClosed.class.getRecordComponents()).extracting(java.lang.reflect.RecordComponent::getName)
                .containsExactly("voteId", "schoolYear", "closedBy", "present", "councilSize", "tallies");
    }

    @Test
    void when_the_minutes_cannot_be_written_the_close_is_undone_and_no_result_is_queued() {
        proposals.proposePerson(campaigns.current(), hoa, "CSTDCS", minh);
        opensVote();
        chat.presses(MAI, "1. Đồng ý");
        chat.says(MINH, "/bieuquyet");
        chat.presses(MINH, vi("commendation.button.close-vote"));
        String closeYes = ChatDriver.token(chat.last(MINH), vi("commendation.button.close-yes"));
        org.mockito.Mockito.doThrow(new IllegalStateException("disk full")).when(minutesDocument).write(org.mockito.ArgumentMatchers.any());

        assertThat(chat.pressToken(MINH, closeYes)).isEqualTo(vi("error.internal"));
        assertThat(jdbc.queryForObject("select status from commendation_vote", String.class)).isEqualTo("OPEN");
        assertThat(ballots()).as("Mai's ballot stays until a close that holds").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where idempotency_key like 'com-vote-%' "
                + "or idempotency_key like '%-closed'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from callback_token where action = 'com.ballot'", Integer.class)).isPositive();

        org.mockito.Mockito.reset(minutesDocument);
        chat.pressToken(MINH, closeYes);
        assertThat(jdbc.queryForObject("select status from commendation_vote", String.class)).isEqualTo("CLOSED");
        assertThat(chat.last(MINH).file().fileName()).endsWith(".docx");
    }

    @Test
    void submitting_and_approving_over_the_violations_publish_one_event_each_with_the_round_and_the_decider() {
        Campaign c = campaigns.current();
        proposals.proposePerson(c, hoa, "LDTT", minh);   // no rating and no vote yet: two violations
        chat.says(MINH, "/dexuat");
        chat.presses(MINH, vi("commendation.button.submit"));
        assertThat(events.stream(ListSubmitted.class)).singleElement()
                .satisfies(e -> assertThat(List.of(e.schoolYear(), e.round(), e.submittedBy(), e.proposals(), e.violations()))
                        .containsExactly("2023-2024", 1, minh, 1, 2));

        chat.presses(HUNG, vi("commendation.decide.approve-button"));
        assertThat(events.stream(ListApproved.class)).as("the first press only asks to confirm").isEmpty();
        chat.presses(HUNG, vi("commendation.decide.override-button"));
        assertThat(events.stream(ListApproved.class)).singleElement()
                .satisfies(e -> assertThat(List.of(e.round(), e.decidedBy(), e.overridden(), e.violations()))
                        .containsExactly(1, hung, true, 2));
        assertThat(jdbc.queryForList("select action from commendation_decision order by id", String.class))
                .containsExactly("SUBMITTED", "APPROVED_OVERRIDE");
        assertThat(events.stream(ListReturned.class)).isEmpty();
    }
}
