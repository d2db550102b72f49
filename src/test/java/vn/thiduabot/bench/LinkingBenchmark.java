package vn.thiduabot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import vn.thiduabot.people.Role;
import vn.thiduabot.e2e.BotApp;
import vn.thiduabot.staff.StaffMember;
import vn.thiduabot.staff.StaffRepository;
import vn.thiduabot.telegram.Await;
import vn.thiduabot.telegram.FakeBotApi;
import vn.thiduabot.telegram.FakeUser;

/**
 * N simulated teachers link their accounts at once (/start, then share their phone) through the
 * real TelegramBots client and the fake Bot API. Measures how long each waits for the greeting
 * and how many are linked per second: once with Telegram's limits (30 messages/s), once without
 * (what the bot itself can process). Not a test: run with {@code mvn -Pbench verify}.
 */
class LinkingBenchmark {

    static final int USERS = Integer.getInteger("bench.users", 300);

    @Test
    void linking() {
        BenchReport report = new BenchReport("linking",
                USERS + " teachers send /start and share their phone at the same moment; latency = contact sent -> greeting received.");
        run(report, "with Telegram's limits (30 msg/s overall, 1/s per chat)", 30);
        run(report, "without rate limits (the bot's own capacity)", 100_000);
        report.write();
    }

    private void run(BenchReport report, String label, int globalPerSecond) {
        try (BotApp app = BotApp.startWithOwnFake("--thidua.outbox.global-per-second=" + globalPerSecond)) {
            FakeBotApi fake = app.fake();
            StaffRepository staff = app.bean(StaffRepository.class);
            List<FakeUser> users = new ArrayList<>();
            List<StaffMember> rows = new ArrayList<>();
            for (int i = 0; i < USERS; i++) {
                users.add(FakeUser.named("Giáo viên " + i));
                rows.add(new StaffMember("Giáo viên " + i, String.format("+8497%07d", i), null, null, EnumSet.of(Role.TEACHER), Instant.now()));
            }
            staff.saveAll(rows);

            Map<Long, Instant> sentAt = new ConcurrentHashMap<>();
            Instant start = Instant.now();
            for (int i = 0; i < USERS; i++) {
                FakeUser u = users.get(i);
                fake.userSends(u, "/start");
                sentAt.put(u.id(), Instant.now());
                fake.userSharesContact(u, String.format("+8497%07d", i), u.id());
            }
            Await.until(Duration.ofMinutes(10), "every teacher greeted", () ->
                    users.stream().allMatch(u -> fake.messagesTo(u.chatId()).size() >= 2));
            Instant end = Instant.now();

            List<Long> latencies = new ArrayList<>();
            Instant lastGreeting = start;
            for (FakeUser u : users) {
                var greeting = fake.messagesTo(u.chatId()).get(1);
                assertThat(greeting.text()).contains("Giáo viên");
                latencies.add(Duration.between(sentAt.get(u.id()), greeting.at()).toMillis());
                if (greeting.at().isAfter(lastGreeting)) {
                    lastGreeting = greeting.at();
                }
            }
            double seconds = Duration.between(start, lastGreeting).toMillis() / 1000.0;
            int messages = fake.allMessages().size();
            report.line("")
                    .line("## " + label)
                    .line(String.format("linked %d teachers in %.1f s: %.1f teachers/s, %.1f messages/s delivered",
                            USERS, seconds, USERS / seconds, messages / seconds))
                    .line("greeting latency: " + BenchReport.percentiles(latencies))
                    .line("duplicates: " + (messages - 2 * USERS) + " (each teacher gets exactly a welcome and a greeting)")
                    .line("wall time including start-up and seeding: " + Duration.between(start, end).toSeconds() + " s");
            assertThat(messages).isEqualTo(2 * USERS);
        }
    }
}
