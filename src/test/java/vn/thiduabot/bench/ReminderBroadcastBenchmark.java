package vn.thiduabot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thiduabot.people.Role;
import vn.thiduabot.e2e.BotApp;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.reminder.ReminderTestAccess;
import vn.thiduabot.staff.StaffMember;
import vn.thiduabot.staff.StaffRepository;
import vn.thiduabot.staff.Team;
import vn.thiduabot.staff.TeamRepository;
import vn.thiduabot.telegram.Await;
import vn.thiduabot.telegram.FakeBotApi;

/**
 * One reminder to the whole staff of a big school: the registration D-1 reminder (with its button)
 * to N linked teachers who have not registered, through the outbox sender, the real TelegramBots
 * client and the fake Bot API, which answers 5% of sendMessage calls with 429 (retry_after 1-2 s).
 * Measures how long until every teacher has it exactly once, the rate achieved against Telegram's
 * 30 messages/s, the 429s and duplicates. Not a test: run with {@code mvn -Pbench verify}.
 */
class ReminderBroadcastBenchmark {

    static final int STAFF = Integer.getInteger("bench.staff", 2000);
    static final double SHARE_429 = 0.05;
    static final long FIRST_CHAT = 810_000_001L;
    static final String[] TEAMS = {"Tổ Toán - Tin", "Tổ Ngữ văn - Sử - Địa", "Tổ Ngoại ngữ", "Tổ Khoa học tự nhiên",
            "Tổ Thể dục - Quốc phòng", "Tổ Nghệ thuật - Công nghệ", "Tổ Văn phòng", "Tổ Quản lý nội trú"};

    @Test
    void broadcast() {
        BenchReport report = new BenchReport("reminder-broadcast", "The registration reminder (D-1, with its button) to " + STAFF
                + " linked teachers who have not registered; the fake Bot API answers " + Math.round(SHARE_429 * 100)
                + "% of sendMessage calls with 429 (retry_after 1-2 s). Outbox limits: 30 messages/s overall, 1/s per chat.");
        try (BotApp app = BotApp.startWithOwnFake("--thidua.today=2026-09-14",
                "--thidua.reminders.quiet-start=00:00", "--thidua.reminders.quiet-end=00:00")) {
            FakeBotApi fake = app.fake();
            TeamRepository teams = app.bean(TeamRepository.class);
            List<Team> saved = new ArrayList<>();
            for (String t : TEAMS) {
                saved.add(teams.save(new Team(t)));
            }
            List<StaffMember> rows = new ArrayList<>();
            for (int i = 0; i < STAFF; i++) {
                StaffMember m = new StaffMember(String.format("Giáo viên %04d", i), String.format("+8496%07d", i),
                        saved.get(i % saved.size()), null, EnumSet.of(Role.TEACHER), Instant.now());
                m.linkTelegram(FIRST_CHAT + i, FIRST_CHAT + i, null, Instant.now());
                rows.add(m);
            }
            app.bean(StaffRepository.class).saveAll(rows);
            fake.answerSendMessagesWith429Randomly(SHARE_429, 1, 2, 20260914L);

            Instant start = Instant.now();
            String outcome = ReminderTestAccess.fire(app.context(), "2026-2027:registration:D-1");
            Instant fired = Instant.now();
            Instant giveUp = Instant.now().plus(Duration.ofMinutes(15));
            while (distinctChats(fake) < STAFF && Instant.now().isBefore(giveUp)) {
                Await.sleep(250);
            }
            Await.sleep(3000); // anything still queued or retried would show up as a duplicate now
            Instant end = Instant.now();

            List<FakeBotApi.RecordedMessage> delivered = fake.allMessages().stream()
                    .filter(m -> m.chatId() >= FIRST_CHAT && m.chatId() < FIRST_CHAT + STAFF).toList();
            Map<Long, Integer> perChat = new HashMap<>();
            delivered.forEach(m -> perChat.merge(m.chatId(), 1, Integer::sum));
            long duplicates = delivered.size() - perChat.size();
            List<FakeBotApi.Attempt> attempts = fake.attempts("sendmessage");
            long throttled = attempts.stream().filter(a -> a.status() == 429).count();
            Instant first = delivered.stream().map(FakeBotApi.RecordedMessage::at).min(Instant::compareTo).orElseThrow();
            Instant last = delivered.stream().map(FakeBotApi.RecordedMessage::at).max(Instant::compareTo).orElseThrow();
            double sendSeconds = Duration.between(first, last).toMillis() / 1000.0;
            double totalSeconds = Duration.between(start, last).toMillis() / 1000.0;
            Outbox.Health health = app.bean(Outbox.class).health();

            report.line("")
                    .line("firing (one transaction: " + STAFF + " delivery rows, outbox rows and button tokens): "
                            + Duration.between(start, fired).toMillis() + " ms, " + outcome)
                    .line(String.format("delivered: %d messages to %d of %d teachers; duplicates: %d", delivered.size(), perChat.size(),
                            STAFF, duplicates))
                    .line(String.format("sendMessage calls: %d, of which answered 429: %d (%.1f%%)", attempts.size(), throttled,
                            100.0 * throttled / attempts.size()))
                    .line(String.format("firing -> last delivery: %.1f s; first -> last delivery: %.1f s", totalSeconds, sendSeconds))
                    .line(String.format("achieved rate: %.1f messages/s delivered (%.0f%% of the 30/s ceiling); %.1f sendMessage calls/s",
                            STAFF / sendSeconds, 100 * STAFF / sendSeconds / 30, attempts.size() / sendSeconds))
                    .line("busiest second: " + peakPerSecond(attempts) + " sendMessage calls (429s included)")
                    .line("firing -> a teacher has it: " + BenchReport.percentiles(delivered.stream()
                            .map(m -> Duration.between(start, m.at()).toMillis()).toList()))
                    .line("outbox afterwards: pending " + health.pending() + ", sent " + health.sent() + ", failed " + health.failed())
                    .line("wall time including the quiet check: " + Duration.between(start, end).toSeconds() + " s");
            report.write();
            assertThat(perChat).hasSize(STAFF);
            assertThat(duplicates).isZero();
            assertThat(health.failed()).isZero();
        }
    }

    private static long distinctChats(FakeBotApi fake) {
        return fake.allMessages().stream().map(FakeBotApi.RecordedMessage::chatId)
                .filter(c -> c >= FIRST_CHAT && c < FIRST_CHAT + STAFF).distinct().count();
    }

    /** The most sendMessage calls in any one-second window. */
    private static int peakPerSecond(List<FakeBotApi.Attempt> attempts) {
        List<Instant> at = attempts.stream().map(FakeBotApi.Attempt::at).sorted().toList();
        int best = 0;
        int from = 0;
        for (int to = 0; to < at.size(); to++) {
            while (Duration.between(at.get(from), at.get(to)).toMillis() >= 1000) {
                from++;
            }
            best = Math.max(best, to - from + 1);
        }
        return best;
    }
}
