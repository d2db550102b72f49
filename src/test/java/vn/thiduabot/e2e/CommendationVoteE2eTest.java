package vn.thiduabot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.thiduabot.chat.Role;
import vn.thiduabot.staff.StaffMember;
import vn.thiduabot.telegram.FakeBotApi.RecordedMessage;
import vn.thiduabot.telegram.FakeBotApi.SentDocument;
import vn.thiduabot.telegram.FakeUser;

/**
 * The council's vote through the fake Bot API, school year 2026-2027 of the demo school: the secretary
 * Hà Văn Minh proposes Lò Thị Hoa for Lao động tiên tiến and opens the vote; the five council members
 * (the principal Nguyễn Văn Hùng, Lò Văn Tâm, Sa Thị Mai, Bùi Văn Sơn, Đinh Thị Lan) vote on their
 * phones, Mai changes her mind; the secretary closes the vote and the minutes arrive with the tally.
 * Its own application: the council's size must not depend on what other test classes seeded.
 */
@EndToEndTest.OwnApp
class CommendationVoteE2eTest extends EndToEndTest {

    private BotApp own;

    @AfterEach
    void closeOwnApp() {
        if (own != null) {
            own.close();
        }
    }

    @Test
    void five_council_members_vote_the_secretary_closes_and_the_minutes_list_the_tally() throws Exception {
        own = BotApp.startWithOwnFake();
        useApp(own);
        FakeUser minh = newUser("Minh");
        seedLinked(minh, "Hà Văn Minh", Role.SECRETARY, Role.ADMIN);
        StaffMember hoa = seedStaff("Lò Thị Hoa", "Tổ Toán - Tin", Role.TEACHER);
        FakeUser hung = newUser("Hùng");
        seedLinked(hung, "Nguyễn Văn Hùng", Role.PRINCIPAL, Role.COUNCIL);
        List<FakeUser> council = List.of(hung, newUser("Tâm"), newUser("Mai"), newUser("Sơn"), newUser("Lan"));
        List<String> names = List.of("Nguyễn Văn Hùng", "Lò Văn Tâm", "Sa Thị Mai", "Bùi Văn Sơn", "Đinh Thị Lan");
        for (int i = 1; i < council.size(); i++) {
            seedLinked(council.get(i), names.get(i), Role.TEACHER, Role.COUNCIL);
        }
        assertThat(hoa.getId()).isNotNull();

        // The secretary proposes Hoa.
        fake.userSends(minh, "/dexuat");
        RecordedMessage overview = awaitReply(minh);
        assertThat(overview.text()).contains("2026-2027");
        fake.userPresses(minh, overview, vi("commendation.button.add-person"));
        awaitReply(minh, vi("commendation.add.ask-name"));
        fake.userSends(minh, "Lò Thị Hoa");
        RecordedMessage titles = awaitReply(minh);
        fake.userPresses(minh, titles, "Lao động tiên tiến");
        RecordedMessage card = fake.awaitEdit(titles.messageId(), m -> m.text().contains("Lao động tiên tiến"), TIMEOUT);
        assertThat(card.text()).contains("Lò Thị Hoa");

        // ... and opens the vote.
        fake.userSends(minh, "/bieuquyet");
        awaitReply(minh, vi("commendation.vote.ask-place", "1", "5"));
        fake.userSends(minh, "Phòng họp Hội đồng");
        awaitReply(minh);
        fake.userSends(minh, "-");
        awaitReply(minh, vi("commendation.vote.ask-close"));
        fake.userSends(minh, "-");
        RecordedMessage confirm = awaitReply(minh);
        fake.userPresses(minh, confirm, vi("commendation.button.open-vote"));
        awaitReply(minh, vi("commendation.vote.opened", "1", "5", "5"));

        // Every member votes on their own phone; Mai agrees, then changes her mind.
        for (FakeUser member : council) {
            RecordedMessage ballot = awaitReply(member);
            assertThat(ballot.text()).contains("Lò Thị Hoa — Lao động tiên tiến");
            fake.userPresses(member, ballot, "1. Đồng ý");
            RecordedMessage after = fake.awaitEdit(ballot.messageId(), m -> m.text().contains(vi("commendation.ballot.yes")), TIMEOUT);
            if (member == council.get(2)) {
                fake.userPresses(member, after, "1. Không đồng ý");
                fake.awaitEdit(ballot.messageId(), m -> m.text().contains(vi("commendation.ballot.no")), TIMEOUT);
            }
        }

        // The secretary sees 5/5 have voted, not how, and closes.
        fake.userSends(minh, "/bieuquyet");
        RecordedMessage status = awaitReply(minh);
        assertThat(status.text()).contains("5/5").doesNotContain("Sa Thị Mai");
        fake.userPresses(minh, status, vi("commendation.button.close-vote"));
        RecordedMessage sure = awaitReply(minh);
        fake.userPresses(minh, sure, vi("commendation.button.close-yes"));

        RecordedMessage outcome = awaitReply(minh);
        assertThat(outcome.text()).contains(vi("commendation.outcome.passed", "4", "5", "80%", "50")).contains("5/5");
        SentDocument minutes = fake.awaitDocumentTo(minh.chatId(), d -> d.fileName().endsWith(".docx"), TIMEOUT);
        fake.awaitDocumentTo(hung.chatId(), d -> d.fileName().endsWith(".docx"), TIMEOUT);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(minutes.bytes()))) {
            String body = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(body).contains("có mặt 5/5")
                    .contains("Lò Thị Hoa — Lao động tiên tiến: nhất trí 4/5 thành viên = 80% (cần 50%), không đồng ý 1 — đạt")
                    .contains("Chủ trì: Nguyễn Văn Hùng").contains("Thư ký: Hà Văn Minh");
            assertThat(doc.getTables().get(1).getRow(1).getCell(5).getText()).isEqualTo("4/5 (80%)");
        }
    }
}
