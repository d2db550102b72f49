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
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.people.Role;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.chat.UpdateIntake;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.scoring.AssessmentQueries;
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
 * Which day's base salary the money uses, said on screen: today while the list is a draft (a preview), the
 * day the principal approved it afterwards, also when read days later (Nghị định 98/2023/NĐ-CP: the base
 * salary in force on the date of the decision).
 */
@BotTest
@TestPropertySource(properties = {BotTest.CAMPAIGNS_2023, "thidua.commendation.close-check-seconds=0"})
@ClockAt("2024-05-20T01:00:00Z")
class AwardMoneyDecisionDateTest {

    /** 08:00 on Monday 20/05/2024 in Vietnam. */
    static final Instant START = Instant.parse("2024-05-20T01:00:00Z");
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");


    static final long MINH = 9202;
    static final long HUNG = 9201;

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
    @MockitoBean AssessmentQueries assessments;

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
            hoa = person("Lò Thị Hoa", "+84912200004", toan, Set.of(Role.TEACHER), null, now);
        });
    }

    private long person(String name, String phone, Team team, Set<Role> roles, Long telegram, Instant now) {
        return school.person(name, phone, team, roles, telegram).getId();
    }

    @Test
    void a_draft_shows_todays_base_salary_as_a_preview_and_an_approved_list_keeps_the_approval_day() {
        Campaign c = campaigns.current();
        proposals.proposePerson(c, hoa, "LDTT", minh);

        chat.says(MINH, "/kiemtra");
        assertThat(chat.lastText(MINH)).contains(vi("commendation.money.basis-preview", "20/05/2024"))
                .contains(vi("commendation.money.total", "710.000 đ"));

        chat.says(MINH, "/dexuat");
        chat.presses(MINH, vi("commendation.button.submit"));
        assertThat(chat.lastText(HUNG)).contains(vi("commendation.money.basis-preview", "20/05/2024")).contains("710.000 đ");

        clock.advance(Duration.ofDays(1));   // the principal approves on Tuesday 21/05/2024
        chat.presses(HUNG, vi("commendation.decide.approve-button"));
        chat.presses(HUNG, vi("commendation.decide.override-button"));

        clock.advance(Duration.ofDays(7));   // read a week later: still the approval day's base salary
        chat.says(MINH, "/kiemtra");
        assertThat(chat.lastText(MINH)).contains(vi("commendation.money.basis-decided", "21/05/2024"))
                .doesNotContain(vi("commendation.money.basis-preview", "28/05/2024"));
    }

    private String vi(String key, Object... args) {
        return texts.get(Texts.VIETNAMESE, key, args);
    }
}
