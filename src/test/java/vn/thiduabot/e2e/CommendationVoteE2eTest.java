package vn.thiduabot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thiduabot.people.Role;
import vn.thiduabot.support.SchemaReset;
import vn.thiduabot.staff.StaffMember;
import vn.thiduabot.telegram.FakeBotApi.RecordedMessage;
import vn.thiduabot.telegram.FakeBotApi.SentDocument;
import vn.thiduabot.telegram.FakeUser;

/**
 * The council's vote through the fake Bot API, school year 2026-2027 of the demo school: the secretary
 * Hà Văn Minh proposes Lò Thị Hoa for Lao động tiên tiến and opens the vote; the five council members
 * (the principal Nguyễn Văn Hùng, Lò Văn Tâm, Sa Thị Mai, Bùi Văn Sơn, Đinh Thị Lan) vote on their
 * phones, Mai changes her mind; the secretary closes the vote and the minutes arrive with the tally.
 * Its own application: the council's size must not depend on what other test classes seeded. One application
 * serves the class; before each test every table is emptied ({@link SchemaReset}, ids from 1 again), so each test
 * finds the database as a fresh application would, without paying for another start.
 */
@EndToEndTest.OwnApp
class CommendationVoteE2eTest extends EndToEndTest {

    private static BotApp classApp;
    private BotApp own;

    /** The application of the class (a PostgreSQL variant starts it on PostgreSQL). */
    BotApp ownApp() {
        return BotApp.startWithOwnFake();
    }

    @BeforeEach
    void freshDatabase() {
        if (classApp == null) {
            classApp = ownApp();
        } else {
            new SchemaReset(classApp.bean(DataSource.class)).all();
        }
        own = classApp;
        useApp(own);
    }

    @AfterAll
    static void closeClassApp() {
        if (classApp != null) {
            classApp.close();
            classApp = null;
        }
    }

    @Test
    void five_council_members_vote_the_secretary_closes_and_the_minutes_list_the_tally() throws Exception {
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
        assertThat(outcome.text()).contains(vi("commendation.outcome.passed", "4", "5", "80%", vi("commendation.vote.need-more-than", "50"))).contains("5/5");
        SentDocument minutes = fake.awaitDocumentTo(minh.chatId(), d -> d.fileName().endsWith(".docx"), TIMEOUT);
        fake.awaitDocumentTo(hung.chatId(), d -> d.fileName().endsWith(".docx"), TIMEOUT);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(minutes.bytes()))) {
            String body = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(body).contains("có mặt 5/5")
                    .contains("Lò Thị Hoa — Lao động tiên tiến: nhất trí 4/5 thành viên = 80% (cần trên 50%), không đồng ý 1 — đạt")
                    .contains("Chủ tọa: Nguyễn Văn Hùng").contains("Thư ký: Hà Văn Minh")
                    .contains("Mai Châu, ngày ")   // the place from the campaign file, not the meeting room
                    .contains("Cuộc họp kết thúc vào lúc ")
                    .contains("Biên bản đã được đọc lại cho các thành viên dự họp nghe và nhất trí thông qua.");
            String signatures = doc.getTables().get(doc.getTables().size() - 1).getRow(0).getTableCells().stream()
                    .map(cell -> cell.getText()).collect(Collectors.joining("|"));
            assertThat(signatures).contains("THƯ KÝ").contains("CHỦ TỌA").contains("Hà Văn Minh").contains("Nguyễn Văn Hùng");
            assertThat(doc.getTables().get(1).getRow(1).getCell(5).getText()).isEqualTo("4/5 (80%)");
        }
    }
    /**
     * The same vote, then the database as a file: after the close no table links a member to a choice,
     * and neither the database file nor its write-ahead log holds the text of anyone's marked ballot.
     */
    @Test
    void after_the_close_the_database_file_keeps_who_voted_and_the_tally_but_not_who_chose_what() throws Exception {
        FakeUser minh = newUser("Minh");
        seedLinked(minh, "Hà Văn Minh", Role.SECRETARY, Role.ADMIN);
        seedStaff("Lò Thị Hoa", "Tổ Toán - Tin", Role.TEACHER);
        List<FakeUser> council = List.of(newUser("Hùng"), newUser("Tâm"), newUser("Mai"));
        List<String> names = List.of("Nguyễn Văn Hùng", "Lò Văn Tâm", "Sa Thị Mai");
        List<Long> memberIds = new java.util.ArrayList<>();
        for (int i = 0; i < council.size(); i++) {
            memberIds.add(seedLinked(council.get(i), names.get(i), Role.TEACHER, Role.COUNCIL).getId());
        }

        fake.userSends(minh, "/dexuat");
        RecordedMessage overview = awaitReply(minh);
        fake.userPresses(minh, overview, vi("commendation.button.add-person"));
        awaitReply(minh, vi("commendation.add.ask-name"));
        fake.userSends(minh, "Lò Thị Hoa");
        RecordedMessage titles = awaitReply(minh);
        fake.userPresses(minh, titles, "Lao động tiên tiến");
        fake.awaitEdit(titles.messageId(), m -> m.text().contains("Lao động tiên tiến"), TIMEOUT);
        fake.userSends(minh, "/bieuquyet");
        awaitReply(minh, vi("commendation.vote.ask-place", "1", "3"));
        fake.userSends(minh, "Phòng họp Hội đồng");
        awaitReply(minh);
        fake.userSends(minh, "-");
        awaitReply(minh, vi("commendation.vote.ask-close"));
        fake.userSends(minh, "-");
        RecordedMessage confirm = awaitReply(minh);
        fake.userPresses(minh, confirm, vi("commendation.button.open-vote"));
        awaitReply(minh, vi("commendation.vote.opened", "1", "3", "3"));

        String yesLine = "Lò Thị Hoa — Lao động tiên tiến: " + vi("commendation.ballot.yes");
        String noLine = "Lò Thị Hoa — Lao động tiên tiến: " + vi("commendation.ballot.no");
        for (int i = 0; i < council.size(); i++) {
            FakeUser member = council.get(i);
            RecordedMessage ballot = awaitReply(member);
            String label = i == 2 ? "1. Không đồng ý" : "1. Đồng ý";
            String marked = i == 2 ? noLine : yesLine;
            fake.userPresses(member, ballot, label);
            fake.awaitEdit(ballot.messageId(), m -> m.text().contains(marked), TIMEOUT);
        }
        vn.thiduabot.notification.Outbox outbox = own.bean(vn.thiduabot.notification.Outbox.class);
        for (FakeUser member : council) {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (outbox.hasPendingFor(member.chatId()) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(outbox.hasPendingFor(member.chatId())).isFalse();
        }

        fake.userSends(minh, "/bieuquyet");
        RecordedMessage status = awaitReply(minh);
        fake.userPresses(minh, status, vi("commendation.button.close-vote"));
        RecordedMessage sure = awaitReply(minh);
        fake.userPresses(minh, sure, vi("commendation.button.close-yes"));
        RecordedMessage outcome = awaitReply(minh);
        assertThat(outcome.text()).contains(vi("commendation.outcome.passed", "2", "3", "67%", vi("commendation.vote.need-more-than", "50"))).contains("3/3");
        fake.awaitDocumentTo(minh.chatId(), d -> d.fileName().endsWith(".docx"), TIMEOUT);

        // Every table, row by row: no row holds a member (staff id or chat) together with a choice.
        org.springframework.jdbc.core.JdbcTemplate jdbc = own.bean(org.springframework.jdbc.core.JdbcTemplate.class);
        java.util.Set<String> members = new java.util.HashSet<>();
        memberIds.forEach(id -> members.add(String.valueOf(id)));
        council.forEach(u -> members.add(String.valueOf(u.chatId())));
        List<String> tables = jdbc.queryForList("select name from sqlite_master where type = 'table'", String.class);
        assertThat(tables).contains("commendation_ballot", "commendation_vote_participant", "outbox_message", "callback_token");
        List<String> links = new java.util.ArrayList<>();
        for (String table : tables) {
            for (java.util.Map<String, Object> row : jdbc.queryForList("select * from \"" + table + "\"")) {
                boolean member = row.values().stream().anyMatch(v -> v != null && members.contains(String.valueOf(v)));
                boolean choice = row.values().stream().anyMatch(v -> v != null && (v.equals("YES") || v.equals("NO")
                        || String.valueOf(v).contains(yesLine) || String.valueOf(v).contains(noLine)
                        || String.valueOf(v).contains("|Y|") || String.valueOf(v).contains("|N|")));
                if (member && choice) {
                    links.add(table + ": " + row);
                }
            }
        }
        assertThat(links).as("rows linking a member to a choice").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from commendation_ballot", Integer.class)).isZero();
        assertThat(jdbc.queryForList("select staff_id from commendation_vote_participant", Long.class))
                .containsExactlyInAnyOrderElementsOf(memberIds);
        assertThat(jdbc.queryForObject("select yes_count || '/' || no_count from commendation_vote_item", String.class)).isEqualTo("2/1");

        // The raw bytes: neither the database file nor the write-ahead log holds a marked ballot. Deleted and
        // rewritten rows are zeroed (secure_delete, set in the JDBC URL) and the log is truncated at the close.
        assertThat(jdbc.queryForObject("pragma secure_delete", Integer.class)).isEqualTo(1);
        for (String file : List.of("thidua.db", "thidua.db-wal")) {
            java.nio.file.Path path = own.dataDir().resolve(file);
            byte[] bytes = java.nio.file.Files.exists(path) ? java.nio.file.Files.readAllBytes(path) : new byte[0];
            String raw = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
            for (String ballotText : List.of(yesLine, noLine)) {
                String needle = new String(ballotText.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        java.nio.charset.StandardCharsets.ISO_8859_1);
                assertThat(raw.contains(needle)).as(file + " holds \"" + ballotText + "\"").isFalse();
            }
        }
    }
}
