package vn.thiduabot.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.people.Role;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.chat.UpdateIntake;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.notification.OutgoingMessage;
import vn.thiduabot.staff.StaffMember;
import vn.thiduabot.staff.StaffRepository;
import vn.thiduabot.staff.Team;
import vn.thiduabot.staff.TeamRepository;
import vn.thiduabot.support.ChatDriver;
import vn.thiduabot.support.MutableClock;
import vn.thiduabot.support.BotTest;
import vn.thiduabot.support.ClockAt;
import org.springframework.test.context.TestPropertySource;
import vn.thiduabot.support.SchoolFixture;

/**
 * A polite refusal from inside a commendation service call reaches the secretary as that refusal, and
 * what she saved before stays: the service's transaction must not be marked rollback-only by the
 * refusal the dialog catches (which used to end the whole update as "an error occurred").
 * Hà Văn Minh and Lò Văn Hải are secretaries, Nguyễn Văn Hùng the principal; Lò Thị Hoa a teacher of Tổ Toán - Tin.
 */
@BotTest
@TestPropertySource(properties = {BotTest.CAMPAIGNS_2023, "thidua.commendation.close-check-seconds=0"})
@ClockAt("2024-05-20T01:00:00Z")
class CommendationRefusalTest {

    /** 08:00 on Monday 20/05/2024 in Vietnam. */
    static final Instant START = Instant.parse("2024-05-20T01:00:00Z");


    static final long MINH = 9202;
    static final long HUNG = 9201;
    static final long MAI = 9204;
    static final long HAI = 9203; // a second admin, at another phone

    @Autowired SchoolFixture school;
    @Autowired UpdateIntake intake;
    @Autowired Outbox outbox;
    @Autowired StaffRepository staff;
    @Autowired TeamRepository teams;
    @Autowired Texts texts;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired MutableClock clock;
    @Autowired Commendations service;
    @Autowired ProposalService proposals;
    @Autowired Campaigns campaigns;
    ChatDriver chat;
    long hoa;
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
            minh = person("Hà Văn Minh", "+84912200002", office, Set.of(Role.SECRETARY, Role.ADMIN), MINH, now);
            person("Nguyễn Văn Hùng", "+84912200001", office, Set.of(Role.PRINCIPAL, Role.COUNCIL), HUNG, now);
            person("Sa Thị Mai", "+84912200006", office, Set.of(Role.COUNCIL), MAI, now);
            person("Lò Văn Hải", "+84912200003", office, Set.of(Role.SECRETARY), HAI, now);
            hoa = person("Lò Thị Hoa", "+84912200004", toan, Set.of(Role.TEACHER), null, now);
        });
    }

    private long person(String name, String phone, Team team, Set<Role> roles, Long telegram, Instant now) {
        return school.person(name, phone, team, roles, telegram).getId();
    }

    @Test
    void deleting_a_proposal_after_the_list_went_to_the_principal_is_refused_politely_and_the_proposal_stays() {
        Campaign c = campaigns.current();
        proposals.proposePerson(c, hoa, "LDTT", minh);
        chat.says(MINH, "/dexuat Lo Thi Hoa");
        chat.presses(MINH, vi("commendation.button.delete"));
        String yes = ChatDriver.token(chat.latestWith(MINH, vi("commendation.button.delete-yes")), vi("commendation.button.delete-yes"));

        chat.says(MINH, "/dexuat");
        chat.presses(MINH, vi("commendation.button.submit")); // the list goes to the principal
        chat.pressToken(MINH, yes);                             // then the old "delete" confirmation is pressed

        assertThat(texts(MINH)).contains(vi("commendation.list.locked-submitted")).doesNotContain(vi("error.internal"));
        assertThat(jdbc.queryForObject("select count(*) from commendation_proposal", Integer.class)).isEqualTo(1);
        assertThat(service.state(c.schoolYear()).status()).isEqualTo(CommendationStore.ListStatus.SUBMITTED);
    }

    @Test
    void opening_a_vote_after_the_list_went_to_the_principal_is_refused_politely_and_the_list_stays_with_the_principal() {
        Campaign c = campaigns.current();
        proposals.proposePerson(c, hoa, "CSTDCS", minh);
        chat.says(MINH, "/bieuquyet");
        chat.says(MINH, "Phòng họp Hội đồng");
        chat.says(MINH, "-");
        chat.says(MINH, "-");

        chat.says(HAI, "/dexuat");                               // meanwhile the other secretary sends the list up
        chat.presses(HAI, vi("commendation.button.submit"));
        chat.presses(MINH, vi("commendation.button.open-vote"));

        assertThat(texts(MINH)).contains(vi("commendation.list.locked-submitted")).doesNotContain(vi("error.internal"));
        assertThat(jdbc.queryForObject("select count(*) from commendation_vote", Integer.class)).isZero();
        assertThat(service.state(c.schoolYear()).status()).isEqualTo(CommendationStore.ListStatus.SUBMITTED);
    }

    private List<String> texts(long chatId) {
        return chat.sent(chatId).stream().map(OutgoingMessage::text).toList();
    }

    private String vi(String key, Object... args) {
        return texts.get(Texts.VIETNAMESE, key, args);
    }
}
