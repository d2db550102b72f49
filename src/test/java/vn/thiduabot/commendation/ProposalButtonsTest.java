package vn.thiduabot.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.campaign.StaffRating;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.chat.UpdateIntake;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.notification.OutgoingMessage;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.StaffMember;
import vn.thiduabot.staff.StaffRepository;
import vn.thiduabot.staff.Team;
import vn.thiduabot.staff.TeamRepository;
import vn.thiduabot.support.ChatDriver;
import vn.thiduabot.support.BotTest;
import vn.thiduabot.support.ClockAt;
import vn.thiduabot.support.MutableClock;
import vn.thiduabot.support.SchoolFixture;

/**
 * The secretary's proposals buttons carry typed data: a button whose data was changed by hand, written
 * by the old version of the bot, or meant for another screen is answered "no longer valid" and changes
 * nothing. Each change to the list is published as an event with its data; the message a recorded team
 * level causes is queued only if the change commits.
 * Hà Văn Minh is the secretary, Nguyễn Văn Hùng the principal; Lò Thị Hoa a teacher of Tổ Toán - Tin.
 */
@BotTest
@TestPropertySource(properties = {BotTest.CAMPAIGNS_2023, "thidua.commendation.close-check-seconds=0"})
@ClockAt("2024-05-20T01:00:00Z")
@RecordApplicationEvents
class ProposalButtonsTest {


    /** 08:00 on Monday 20/05/2024 in Vietnam. */
    static final Instant START = Instant.parse("2024-05-20T01:00:00Z");


    static final long MINH = 9302;
    static final long HUNG = 9301;

    @Autowired SchoolFixture school;
    @Autowired UpdateIntake intake;
    @Autowired Outbox outbox;
    @Autowired StaffRepository staff;
    @Autowired TeamRepository teams;
    @Autowired Texts texts;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired MutableClock clock;
    @Autowired Campaigns campaigns;
    @Autowired ProposalService proposals;
    @Autowired TeamCompletionService levels;
    @Autowired PersonFactsService facts;
    @Autowired ApplicationEvents events;
    ChatDriver chat;
    long hoa;
    long minh;
    long hung;

    @BeforeEach
    void school() {
        chat = new ChatDriver(intake, outbox);
        clock.advance(Duration.between(clock.instant(), START));
        school.reset(); // every table (SchemaReset)
        tx.executeWithoutResult(s -> {
            Instant now = Instant.now();
            Team toan = school.team("Toán - Tin");
            Team office = school.team("Văn phòng");
            minh = person("Hà Văn Minh", "+84912300002", office, Set.of(Role.SECRETARY, Role.ADMIN), MINH, now);
            hung = person("Nguyễn Văn Hùng", "+84912300001", office, Set.of(Role.PRINCIPAL, Role.COUNCIL), HUNG, now);
            hoa = person("Lò Thị Hoa", "+84912300004", toan, Set.of(Role.TEACHER), null, now);
        });
        events.clear();
    }

    private long person(String name, String phone, Team team, Set<Role> roles, Long telegram, Instant now) {
        return school.person(name, phone, team, roles, telegram).getId();
    }

    @Test
    void a_delete_confirmation_whose_data_was_changed_by_hand_is_refused_as_no_longer_valid_and_the_proposal_stays() {
        Campaign c = campaigns.current();
        long id = proposals.proposePerson(c, hoa, "LDTT", minh);
        chat.says(MINH, "/dexuat Lo Thi Hoa");
        chat.presses(MINH, vi("commendation.button.delete"));
        String yes = ChatDriver.token(chat.latestWith(MINH, vi("commendation.button.delete-yes")), vi("commendation.button.delete-yes"));
        String action = jdbc.queryForObject("select action from callback_token where token = ?", String.class, yes);
        String payload = jdbc.queryForObject("select payload from callback_token where token = ?", String.class, yes);
        events.clear();

        for (String forged : List.of(
                "DeleteConfirmed{\"card\":\"com-1-1\",\"proposalId\":\"abc\"}",      // not a number
                "DeleteConfirmed{\"card\":\"com-1-1\"}",                             // a field missing
                "DeleteConfirmed{\"card\":\"com-1-1\",\"proposalId\":" + id + ",\"all\":true}", // a field too many
                "Submit{}",                                                          // another screen's button
                "delok|" + id + "|com-1-1")) {                                       // the old text payload
            jdbc.update("update callback_token set payload = ? where token = ?", forged, yes);
            assertThat(chat.pressToken(MINH, yes)).as(forged).isEqualTo(vi("error.button-stale"));
        }
        // A button of the version before: its action name no longer exists.
        jdbc.update("update callback_token set action = 'com.list', payload = ? where token = ?", "delok|" + id + "|com-1-1", yes);
        assertThat(chat.pressToken(MINH, yes)).isEqualTo(vi("error.button-stale"));

        assertThat(jdbc.queryForObject("select count(*) from commendation_proposal", Integer.class)).isEqualTo(1);
        assertThat(events.stream(ProposalWithdrawn.class)).isEmpty();
        assertThat(texts(MINH)).doesNotContain(vi("error.internal"));

        // The real confirmation still works.
        jdbc.update("update callback_token set action = ?, payload = ? where token = ?", action, payload, yes);
        chat.pressToken(MINH, yes);
        assertThat(jdbc.queryForObject("select count(*) from commendation_proposal", Integer.class)).isZero();
    }

    @Test
    void a_rating_button_naming_a_rating_that_does_not_exist_changes_nothing() {
        Campaign c = campaigns.current();
        proposals.proposePerson(c, hoa, "LDTT", minh);
        chat.says(MINH, "/dexuat Lo Thi Hoa");
        chat.presses(MINH, vi("commendation.button.rating"));
        String label = vi(StaffRating.HTTNV.messageKey());
        String token = ChatDriver.token(chat.latestWith(MINH, label), label);
        String payload = jdbc.queryForObject("select payload from callback_token where token = ?", String.class, token);
        jdbc.update("update callback_token set payload = ? where token = ?", payload.replace("HTTNV", "PERFECT"), token);

        assertThat(chat.pressToken(MINH, token)).isEqualTo(vi("error.button-stale"));
        assertThat(jdbc.queryForObject("select count(*) from commendation_person", Integer.class)).isZero();
    }

    @Test
    void proposing_changing_and_withdrawing_publish_what_happened_and_a_refused_change_publishes_nothing() {
        Campaign c = campaigns.current();
        String year = c.schoolYear();
        long id = proposals.proposePerson(c, hoa, "LDTT", minh);
        proposals.proposePerson(c, hoa, "CSTDCS", minh);
        long team = proposals.proposeTeam(c, "Toán - Tin", "TTLDXS", minh);
        proposals.delete(id, minh);

        assertThat(events.stream(ProposalAdded.class)).containsExactly(
                new ProposalAdded(id, year, Proposal.Kind.INDIVIDUAL, hoa, null, "LDTT", null, "SECRETARY", minh),
                new ProposalAdded(team, year, Proposal.Kind.COLLECTIVE, null, "Toán - Tin", "TTLDXS", null, "SECRETARY", minh));
        assertThat(events.stream(ProposalChanged.class)).containsExactly(new ProposalChanged(id, year, "CSTDCS", null, minh));
        assertThat(events.stream(ProposalWithdrawn.class)).containsExactly(
                new ProposalWithdrawn(id, year, Proposal.Kind.INDIVIDUAL, hoa, null, "CSTDCS", minh));

        chat.says(MINH, "/dexuat");
        chat.presses(MINH, vi("commendation.button.submit")); // the list goes to the principal
        events.clear();
        assertThatThrownBy(() -> proposals.delete(team, minh)).isInstanceOf(Commendations.Refused.class)
                .hasMessage("commendation.list.locked-submitted");
        assertThat(events.stream(ProposalWithdrawn.class)).isEmpty();
    }

    @Test
    void the_principal_recording_a_team_level_publishes_it_and_reads_what_was_saved() {
        Campaign c = campaigns.current();
        long team = proposals.proposeTeam(c, "Toán - Tin", "TTLDXS", minh);
        chat.says(HUNG, "/hoanthanhto");
        chat.presses(HUNG, "Toán - Tin");
        chat.presses(HUNG, vi(StaffRating.HTTNV.messageKey()));

        assertThat(events.stream(TeamCompletionRecorded.class)).containsExactly(
                new TeamCompletionRecorded(team, c.schoolYear(), "Toán - Tin", StaffRating.HTTNV, hung));
        assertThat(texts(HUNG)).contains(vi("commendation.team-level.saved", "Toán - Tin", vi(StaffRating.HTTNV.messageKey())));
    }

    @Test
    void a_team_level_recorded_in_a_transaction_that_rolls_back_leaves_no_message_queued() {
        Campaign c = campaigns.current();
        long team = proposals.proposeTeam(c, "Toán - Tin", "TTLDXS", minh);
        tx.executeWithoutResult(s -> {
            levels.record(team, StaffRating.HTXSNV, hung);
            s.setRollbackOnly();
        });

        assertThat(events.stream(TeamCompletionRecorded.class)).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from commendation_team", Integer.class)).isZero();
        assertThat(texts(HUNG)).isEmpty();
    }

    @Test
    void the_secretary_does_not_record_her_own_rating_even_bypassing_the_card() {
        Campaign c = campaigns.current();
        proposals.proposePerson(c, minh, "LDTT", minh);
        assertThatThrownBy(() -> facts.setRating(c.schoolYear(), minh, StaffRating.HTXSNV, minh)).isInstanceOf(Commendations.Refused.class)
                .hasMessage("decision.proposal.own");
        assertThat(jdbc.queryForObject("select count(*) from commendation_person", Integer.class)).isZero();
    }

    private List<String> texts(long chatId) {
        return chat.sent(chatId).stream().map(OutgoingMessage::text).toList();
    }

    private String vi(String key, Object... args) {
        return texts.get(Texts.VIETNAMESE, key, args);
    }
}
