package vn.thiduabot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thiduabot.support.EmbeddedPostgresDatabase;
import vn.thiduabot.support.SendRate;
import vn.thiduabot.telegram.Await;
import vn.thiduabot.telegram.FakeBotApi;
import vn.thiduabot.telegram.FakeBotApi.RecordedMessage;
import vn.thiduabot.telegram.FakeUser;

/**
 * A Department's deployment, whole: two bot instances, each its own operating-system process, on one
 * PostgreSQL, in webhook mode behind one URL whose proxy spreads Telegram's posts over them
 * ({@link RoundRobinProxy}), one fake Telegram. 300 teachers are linked already and get the "self-assessment
 * is open" notice, fired by Quartz's cluster on one of the instances; 250 more link their accounts by
 * sharing their phone number and ask /trangthai (500 updates). Halfway through, one instance is killed
 * (SIGKILL). The one left finishes: every update answered, every notice delivered, never more than the
 * bot's 30 a second (plus the bucket's burst) in any second.
 *
 * <p>What a kill can cost, and the test allows no more: a message that reached Telegram but whose "sent"
 * mark the killed instance had not committed goes again once its claim's lease (5 s here) runs out, since
 * Telegram has no idempotency key; such messages are among those the instance had claimed when it died.
 * An update is never handled twice: the database's key on update_id turns away the proxy's second try.
 */
class TwoInstancesE2eTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String SECRET = "e2e-cluster-secret-0123456789abcdef";
    private static final int LINKED = 300;
    private static final int NEWCOMERS = 250;
    private static final int IN_FLIGHT = 16;
    private static final Duration WAIT = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    @Test
    void two_instances_share_the_work_and_the_one_left_finishes_it_when_the_other_is_killed() throws Exception {
        String db = EmbeddedPostgresDatabase.newDatabase();
        Flyway.configure().dataSource(db, "postgres", "").locations("classpath:db/migration/postgresql").load().migrate();
        List<String> newcomerPhones = seedStaff(db);
        Path campaigns = writeCampaign();
        int port1 = freePort();
        int port2 = freePort();
        try (FakeBotApi fake = FakeBotApi.start();
             RoundRobinProxy proxy = RoundRobinProxy.start(List.of(local(port1), local(port2)))) {
            fake.latency(Duration.ofMillis(30)); // a round trip to Telegram's servers
            BotInstanceProcess one = launch("bot1", port1, db, campaigns, fake, proxy);
            BotInstanceProcess two = launch("bot2", port2, db, campaigns, fake, proxy);
            try (one; two) {
                one.awaitListening(WAIT);
                two.awaitListening(WAIT);
                Await.until(WAIT, "both instances to set the webhook", () -> fake.webhookRegistrations().size() >= 2);
                // the notice was late when the cluster started: one of the instances fires it at once
                Await.until(WAIT, "the notice to be queued for the 300 linked teachers", () -> noticeRows(db) >= LINKED);

                List<FakeUser> newcomers = new ArrayList<>();
                for (int i = 0; i < NEWCOMERS; i++) {
                    FakeUser user = FakeUser.named("Newcomer" + i);
                    newcomers.add(user);
                    fake.userSharesContact(user, newcomerPhones.get(i).substring(1), user.id());
                    fake.userSends(user, "/trangthai");
                }
                int updates = 2 * NEWCOMERS;
                Await.until(WAIT, "half of the updates to be taken", () -> accepted(fake) >= updates / 2);
                one.kill();
                Instant killedAt = Instant.now();
                int orphaned = claimsOf(db, "bot1");

                Text text = Text.load();
                Await.until(WAIT, () -> "every update answered and every notice delivered; so far " + fake.allMessages().size()
                        + " messages", () -> accepted(fake) >= updates && pending(db) == 0
                        && newcomers.stream().allMatch(u -> text.linkAnswers(fake, u) >= 1 && text.statusAnswers(fake, u) >= 1));
                Instant finished = fake.allMessages().stream().map(RecordedMessage::at).max(Instant::compareTo).orElseThrow();

                List<RecordedMessage> all = fake.allMessages();
                Map<String, Long> copies = all.stream().collect(Collectors.groupingBy(m -> m.chatId() + "|" + m.text(), Collectors.counting()));
                long duplicates = copies.values().stream().mapToLong(n -> n - 1).sum();
                SendRate rate = SendRate.ofInstants(fake.attempts("sendmessage").stream().map(FakeBotApi.Attempt::at).toList());
                long byTheSurvivorAlone = all.stream().filter(m -> m.at().isAfter(killedAt)).count();
                long sentBeforeKill = all.size() - byTheSurvivorAlone;
                System.out.printf("two instances, one killed: %d updates, %d messages (%d before the kill, %d after), %s;"
                                + " claims the killed instance left: %d, messages sent twice: %d, proxy fail-overs: %d;"
                                + " the survivor finished %.1f s after the kill%n",
                        updates, all.size(), sentBeforeKill, byTheSurvivorAlone, rate, orphaned, duplicates, proxy.failedOver(),
                        Duration.between(killedAt, finished).toMillis() / 1000.0);
                System.out.println("ERROR lines of the survivor: " + two.errorLines());

                for (FakeUser u : newcomers) {
                    assertThat(text.linkAnswers(fake, u)).as("%s linked once", u.firstName()).isBetween(1, 2);
                    assertThat(text.statusAnswers(fake, u)).as("%s got the status", u.firstName()).isBetween(1, 2);
                }
                for (long chat = 1; chat <= LINKED; chat++) {
                    long c = chat;
                    assertThat(all.stream().filter(m -> m.chatId() == linkedChat(c) && m.text().startsWith(text.notice)).count())
                            .as("the notice reached teacher %d", chat).isBetween(1L, 2L);
                }
                assertThat(noticeRows(db)).as("the notice was queued once for each linked teacher, and for nobody else").isEqualTo(LINKED);
                assertThat(count(db, "select count(*) from processed_update")).as("every update saved").isEqualTo(updates);
                assertThat(count(db, "select count(*) from outbox_message where status = 'SENT'"))
                        .as("one answer queued per update, none twice: an update is handled once").isEqualTo(LINKED + updates);
                assertThat(duplicates).as("sent twice: only messages the killed instance had claimed").isLessThanOrEqualTo(orphaned)
                        .isLessThanOrEqualTo(IN_FLIGHT);
                assertThat(rate.perSecond()).as("30 a second for the whole bot, not 30 for each instance").isLessThan(33);
                // A message's token is taken when it is claimed; if its process stalls before the send leaves (a busy
                // machine, a GC pause), up to its in-flight messages leave together afterwards. So any one second
                // holds at most the second's 30, the bucket's burst of 10, and what each instance had in flight.
                assertThat(rate.maxInAnySecond()).as("in any one second").isLessThanOrEqualTo(30 + 10 + 2 * IN_FLIGHT);
                assertThat(two.isAlive()).isTrue();
            }
        }
    }

    /** The texts the bot answers with, by their fixed beginning in messages_vi.properties. */
    private record Text(String linked, String status, String notice) {
        static Text load() throws IOException {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(Path.of("messages/messages_vi.properties"), StandardCharsets.UTF_8)) {
                p.load(r);
            }
            Function<String, String> head = key -> p.getProperty(key).substring(0, p.getProperty(key).indexOf('{'));
            return new Text(head.apply("link.linked"), head.apply("status.header"), head.apply("reminder.self-assessment-open"));
        }

        int linkAnswers(FakeBotApi fake, FakeUser u) {
            return (int) fake.messagesTo(u.id()).stream().filter(m -> m.text().startsWith(linked)).count();
        }

        int statusAnswers(FakeBotApi fake, FakeUser u) {
            return (int) fake.messagesTo(u.id()).stream().filter(m -> m.text().startsWith(status)).count();
        }
    }

    private BotInstanceProcess launch(String name, int port, String db, Path campaigns, FakeBotApi fake, RoundRobinProxy proxy)
            throws IOException {
        Path work = Files.createDirectories(dir.resolve(name));
        return BotInstanceProcess.launch(name, work, port,
                Map.of("TELEGRAM_BOT_TOKEN", fake.token(), "TELEGRAM_API_URL", fake.baseUrl(), "TELEGRAM_WEBHOOK_SECRET", SECRET),
                List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + db,
                        "--spring.datasource.username=postgres", "--spring.datasource.password=",
                        "--spring.datasource.hikari.maximum-pool-size=8",
                        "--thidua.data-dir=" + dir.resolve("shared-data"), "--thidua.campaign-dir=" + campaigns,
                        "--thidua.telegram.mode=webhook", "--thidua.telegram.webhook.public-url=" + proxy.url("/telegram/webhook"),
                        "--thidua.telegram.webhook.listen-port=" + port,
                        "--thidua.outbox.instance-id=" + name, "--thidua.outbox.claim-lease=5s", "--thidua.outbox.poll-millis=200",
                        "--thidua.reminders.enabled=true", "--thidua.reminders.quiet-start=00:00", "--thidua.reminders.quiet-end=00:00",
                        "--spring.quartz.properties.org.quartz.scheduler.idleWaitTime=1000",
                        "--spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval=2000"));
    }

    /** This school year's campaign with self-assessment opened yesterday: its notice is late, so due at once. */
    private Path writeCampaign() throws IOException {
        LocalDate today = LocalDate.now(VN);
        int year = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        String schoolYear = year + "-" + (year + 1);
        String text = Files.readString(Path.of("src/test/resources/campaigns/campaign-2023-2024.yml"))
                .replace("school-year: 2023-2024", "school-year: " + schoolYear)
                .replace("self-assessment-opens: 2024-05-03", "self-assessment-opens: " + today.minusDays(1))
                .replace("self-assessment-closes: 2024-05-20", "self-assessment-closes: " + today.plusDays(10))
                .replaceAll("(?s)  timeline:.*", "  timeline:\n    - date: " + today.plusDays(30) + "\n      title: Review\n");
        Path campaigns = Files.createDirectories(dir.resolve("campaigns"));
        Files.writeString(campaigns.resolve("campaign-" + schoolYear + ".yml"), text);
        return campaigns;
    }

    private static long linkedChat(long n) {
        return 500_000_000L + n;
    }

    /** 300 teachers linked already (chats 500000001...), 250 on the staff list who have not linked yet; their phones. */
    private static List<String> seedStaff(String db) throws SQLException {
        List<String> newcomers = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = DriverManager.getConnection(db, "postgres", "");
             PreparedStatement st = c.prepareStatement("insert into staff_member (full_name, phone, roles, active, telegram_user_id,"
                     + " telegram_chat_id, language, linked_at, created_at, updated_at) values (?, ?, 'TEACHER', true, ?, ?, 'vi', ?, ?, ?)")) {
            for (int i = 1; i <= LINKED + NEWCOMERS; i++) {
                boolean linked = i <= LINKED;
                String phone = "+8491" + String.format("%07d", i);
                st.setString(1, "Teacher " + i);
                st.setString(2, phone);
                st.setObject(3, linked ? linkedChat(i) : null);
                st.setObject(4, linked ? linkedChat(i) : null);
                st.setTimestamp(5, linked ? now : null);
                st.setTimestamp(6, now);
                st.setTimestamp(7, now);
                st.addBatch();
                if (!linked) {
                    newcomers.add(phone);
                }
            }
            st.executeBatch();
        }
        return newcomers;
    }

    private static int noticeRows(String db) {
        return count(db, "select count(*) from outbox_message where idempotency_key like 'reminder:%'");
    }

    private static int pending(String db) {
        return count(db, "select count(*) from outbox_message where status = 'PENDING'");
    }

    private static int claimsOf(String db, String instance) {
        return count(db, "select count(*) from outbox_message where status = 'PENDING' and claimed_by = '" + instance + "'");
    }

    private static int count(String db, String sql) {
        try (Connection c = DriverManager.getConnection(db, "postgres", ""); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Updates the bot took (answered 2xx through the proxy). */
    private static int accepted(FakeBotApi fake) {
        return (int) fake.webhookDeliveries().stream().filter(d -> d.status() >= 200 && d.status() < 300)
                .mapToInt(FakeBotApi.WebhookDelivery::updateId).distinct().count();
    }

    private static URI local(int port) {
        return URI.create("http://127.0.0.1:" + port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
