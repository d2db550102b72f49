package vn.thiduabot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.StaffMember;
import vn.thiduabot.telegram.FakeBotApi.RecordedMessage;
import vn.thiduabot.telegram.FakeUser;

/**
 * An exemplar nomination the whole way through Telegram, in the school's 2026-2027 year on Monday
 * 23 November 2026 (the week of Teachers' Day): Bùi Thị Hương nominates her colleague Đinh Công
 * Minh; her team leader Vì Văn Sơn confirms on the card the bot pushed him (the card then shows the
 * decision); Sa Văn Tâm passes it on for the council from /xetdecu; the principal Hà Văn Hùng sees it
 * in /tonghop and introduces it with one tap; both the nominator and the nominee hear the news.
 * Its own application: the calendar is pinned, and the cards go to this school's people only.
 */
@EndToEndTest.OwnApp
class NominationE2eTest extends EndToEndTest {

    static final String TEAM = "Tổ Toán - Tin";
    static final String ACHIEVEMENT = "Bồi dưỡng đội tuyển Toán 9 đạt 2 giải Nhì cấp tỉnh; tự nguyện dạy phụ đạo buổi tối "
            + "cho học sinh nội trú suốt học kỳ I.";

    private BotApp own;
    private FakeUser hung;
    private FakeUser son;
    private FakeUser huong;
    private FakeUser minh;
    private FakeUser tam;

    @BeforeEach
    void school() {
        own = BotApp.startWithOwnFake("--thidua.today=2026-11-23");
        useApp(own);
        hung = newUser("Hùng");
        son = newUser("Sơn");
        huong = newUser("Hương");
        minh = newUser("Minh");
        tam = newUser("Tâm");
        link(seedStaff("Hà Văn Hùng", null, Role.PRINCIPAL), hung);
        link(seedStaff("Vì Văn Sơn", TEAM, Role.TEAM_LEADER, Role.TEACHER), son);
        link(seedStaff("Bùi Thị Hương", TEAM, Role.TEACHER), huong);
        link(seedStaff("Đinh Công Minh", TEAM, Role.TEACHER), minh);
        link(seedStaff("Sa Văn Tâm", "Tổ Văn phòng", Role.COUNCIL, Role.TEACHER), tam);
    }

    @AfterEach
    void closeOwnApp() {
        if (own != null) {
            own.close();
        }
    }

    private RecordedMessage press(FakeUser user, RecordedMessage on, String label) {
        fake.userPresses(user, on, label);
        return on;
    }

    @Test
    void from_the_teacher_through_team_leader_council_and_principal_to_the_announcement() {
        // Hương writes the nomination
        fake.userSends(huong, "/decu");
        RecordedMessage start = awaitReply(huong, vi("nomination.start", "quý 4/2026", "15/12/2026"));
        press(huong, start, vi("nomination.kind.staff"));
        awaitReply(huong, vi("nomination.ask-colleague"));
        fake.userSends(huong, "dinh cong");
        RecordedMessage found = fake.awaitMessageTo(huong.chatId(), m -> m.buttonLabels().contains("Đinh Công Minh — " + TEAM), TIMEOUT);
        press(huong, found, "Đinh Công Minh — " + TEAM);
        RecordedMessage category = fake.awaitMessageTo(huong.chatId(),
                m -> m.buttonLabels().contains(vi("nomination.category.exemplar")), TIMEOUT);
        press(huong, category, vi("nomination.category.exemplar"));
        awaitReply(huong, vi("nomination.ask-achievement", "10", "2000"));
        fake.userSends(huong, ACHIEVEMENT);
        RecordedMessage evidence = fake.awaitMessageTo(huong.chatId(),
                m -> m.buttonLabels().contains(vi("nomination.evidence.skip-button")), TIMEOUT);
        fake.userSendsDocument(huong, "giay-khen-hsg.pdf", "application/pdf", "%PDF-1.4 giấy khen".getBytes(), null);
        RecordedMessage received = awaitReply(huong, vi("nomination.evidence.received", "giay-khen-hsg.pdf", "1"));
        press(huong, received, vi("nomination.evidence.done-button"));
        RecordedMessage summary = fake.awaitMessageTo(huong.chatId(), m -> m.buttonLabels().contains(vi("nomination.send-button")), TIMEOUT);
        assertThat(summary.text()).contains("Đinh Công Minh (" + TEAM + ")", ACHIEVEMENT, "1 tệp", "15/12/2026");
        assertThat(evidence.messageId()).isLessThan(summary.messageId());
        press(huong, summary, vi("nomination.send-button"));
        awaitReply(huong, vi("nomination.sent.team", "Đinh Công Minh (" + TEAM + ")", "Vì Văn Sơn", "15/12/2026"));

        // the team leader confirms on the card he was sent; the card is edited to show his decision
        RecordedMessage teamCard = fake.awaitMessageTo(son.chatId(), m -> m.text().startsWith(vi("nomination.team.intro")), TIMEOUT);
        assertThat(teamCard.text()).contains(ACHIEVEMENT, "Bùi Thị Hương");
        assertThat(teamCard.buttonLabels()).contains(vi("nomination.team.confirm-button"));
        press(son, teamCard, vi("nomination.team.confirm-button"));
        RecordedMessage confirmed = fake.awaitEdit(teamCard.messageId(), m -> !m.buttonLabels().contains(vi("nomination.team.confirm-button")),
                TIMEOUT);
        assertThat(confirmed.text()).contains("Vì Văn Sơn", "23/11/2026");
        awaitReply(huong, vi("nomination.told.team-confirmed", "Đinh Công Minh (" + TEAM + ")", "Vì Văn Sơn"));

        // a council member passes it on to the principal from /xetdecu
        fake.userSends(tam, "/xetdecu");
        awaitReply(tam, vi("nomination.review.council-header", "1", "quý 4/2026"));
        RecordedMessage councilCard = fake.awaitMessageTo(tam.chatId(),
                m -> m.buttonLabels().contains(vi("nomination.council.pass-button")), TIMEOUT);
        press(tam, councilCard, vi("nomination.council.pass-button"));
        fake.awaitEdit(councilCard.messageId(), m -> !m.buttonLabels().contains(vi("nomination.council.pass-button")), TIMEOUT);

        // the principal's card arrives; /tonghop shows it among what waits for his decision
        RecordedMessage principalCard = fake.awaitMessageTo(hung.chatId(),
                m -> m.text().startsWith(vi("nomination.principal.intro")), TIMEOUT);
        assertThat(principalCard.text()).contains("Sa Văn Tâm", ACHIEVEMENT);
        fake.userSends(hung, "/tonghop");
        RecordedMessage waiting = awaitReply(hung);
        assertThat(waiting.text()).startsWith(vi("reminder.digest.principal.header", "2026-2027", "23/11/2026"))
                .contains(vi("reminder.digest.principal.nominations", "1"),
                        vi("reminder.digest.principal.nomination", "Đinh Công Minh (" + TEAM + ")", vi("nomination.category.exemplar"),
                                "quý 4/2026"));

        // one tap: the card is edited in place to show the decision; the decision buttons are gone
        press(hung, principalCard, vi("nomination.principal.introduce-button"));
        RecordedMessage decided = fake.awaitEdit(principalCard.messageId(),
                m -> !m.buttonLabels().contains(vi("nomination.principal.introduce-button")), TIMEOUT);
        assertThat(decided.text()).contains(vi("nomination.history.introduced", "Hà Văn Hùng", "23/11/2026", ""));
        assertThat(decided.buttonLabels()).as("only the evidence is left to look at").containsExactly("Xem minh chứng (1)");

        // the announcement: the nominator and the nominee hear it
        awaitReply(huong, vi("nomination.told.introduced", "Đinh Công Minh (" + TEAM + ")", vi("nomination.category.exemplar"),
                "quý 4/2026"));
        awaitReply(minh, vi("nomination.nominee.introduced", vi("nomination.category.exemplar"), "quý 4/2026", "Bùi Thị Hương"));

        fake.userSends(hung, "/tonghop");
        assertThat(awaitReply(hung).text()).endsWith(vi("reminder.digest.principal.none"));
        assertNoMoreReplies(huong);
    }
}
