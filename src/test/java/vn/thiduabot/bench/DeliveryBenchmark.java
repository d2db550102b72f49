package vn.thiduabot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
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
import vn.thiduabot.telegram.FakeUser;

/**
 * Throughput of the outbox sender with several sends in flight, against a Bot API that answers after
 * 150 ms (as api.telegram.org does from a school's server) and refuses 5% of sendMessage calls with 429
 * (retry_after 1-2 s): the registration reminder to N linked teachers. Meanwhile a few teachers send
 * /trangthai again and again; how long each waits for the answer is measured. Then the same with one
 * send at a time (thidua.outbox.in-flight=1, fewer teachers) for the ratio. Run with
 * {@code mvn -Pbench test -Dtest=DeliveryBenchmark}; figures in target/bench/delivery.txt.
 */
class DeliveryBenchmark {

    static final int STAFF = Integer.getInteger("bench.staff", 2000);
    static final int STAFF_ONE_AT_A_TIME = Integer.getInteger("bench.staff-one-at-a-time", 200);
    static final Duration LATENCY = Duration.ofMillis(Long.getLong("bench.latency-ms", 150L));
    static final double SHARE_429 = 0.05;
    static final long FIRST_CHAT = 820_000_001L;
    static final int ASKING = 3;
    static final long READING_MILLIS = 3000;

    record Figures(int staff, int inFlight, long delivered, long recipients, long duplicates, long calls, long refused,
                   double firing, double seconds, double sending, List<Long> answerMillis,
                   List<Long> unrefusedAnswerMillis) {
        /** Reminders a second from the first to the last (the firing's own transaction not counted). */
        double rate() {
            return staff / sending;
        }
    }

    @Test
    void reminder_with_sends_in_flight_and_teachers_asking_meanwhile() {
        BenchReport report = new BenchReport("delivery", "The registration reminder to linked teachers through the outbox"
                + " sender, the real TelegramBots client and the fake Bot API answering after " + LATENCY.toMillis()
                + " ms and refusing " + Math.round(SHARE_429 * 100) + "% of sendMessage calls with 429 (retry_after 1-2 s);"
                + " meanwhile " + ASKING + " teachers send /trangthai again and again (each reads the answer for "
                + READING_MILLIS / 1000 + " s before asking again). Limits: 30 messages/s overall, 1/s per chat.");
        Figures many = run(STAFF, 16, true);
        Figures one = run(STAFF_ONE_AT_A_TIME, 1, false);
        describe(report, many);
        describe(report, one);
        report.line(String.format("ratio (in-flight 16 / in-flight 1): %.1fx", many.rate() / one.rate()));
        report.write();
        assertThat(many.recipients()).isEqualTo(STAFF);
        assertThat(many.duplicates()).isZero();
        assertThat(one.duplicates()).isZero();
    }

    private static void describe(BenchReport report, Figures f) {
        report.line("")
                .line(String.format("in-flight %d, %d teachers: delivered %d reminders to %d of them, duplicates %d", f.inFlight(),
                        f.staff(), f.delivered(), f.recipients(), f.duplicates()))
                .line(String.format("firing (one transaction): %.1f s; firing -> last reminder: %.1f s; first -> last: %.1f s",
                        f.firing(), f.seconds(), f.sending()))
                .line(String.format("rate: %.1f reminders/s delivered (%.0f%% of the 30/s ceiling)", f.rate(), 100 * f.rate() / 30))
                .line(String.format("sendMessage calls: %d (reminders, 429s, answers to /trangthai), answered 429: %d; %.1f calls/s"
                        + " from the first reminder to the last (the ceiling, 30/s, counts every call)", f.calls(), f.refused(),
                        f.calls() / f.sending()));
        if (!f.answerMillis().isEmpty()) {
            report.line("/trangthai -> its answer, during the broadcast: " + BenchReport.percentiles(f.answerMillis()));
            report.line("  of which Telegram refused no send to that chat meanwhile (no 429 to wait out): "
                    + BenchReport.percentiles(f.unrefusedAnswerMillis()));
        }
    }

    private static Figures run(int staff, int inFlight, boolean ask) {
        try (BotApp app = BotApp.startWithOwnFake("--thidua.today=2026-09-14", "--thidua.outbox.in-flight=" + inFlight,
                "--thidua.reminders.quiet-start=00:00", "--thidua.reminders.quiet-end=00:00")) {
            FakeBotApi fake = app.fake();
            link(app, staff);
            fake.latency(LATENCY);
            fake.answerSendMessagesWith429Randomly(SHARE_429, 1, 2, 20260914L);

            List<Asked> answers = new CopyOnWriteArrayList<>();
            AtomicBoolean broadcasting = new AtomicBoolean(true);
            List<Thread> askers = new ArrayList<>();
            for (int t = 0; ask && t < ASKING; t++) {
                FakeUser teacher = new FakeUser(FIRST_CHAT + (t + 1) * staff / (ASKING + 1), "Giáo viên", null, null, "vi");
                Thread asker = new Thread(() -> askAgainAndAgain(fake, teacher, broadcasting, answers), "asker-" + t);
                askers.add(asker);
            }
            Instant start = Instant.now();
            ReminderTestAccess.fire(app.context(), "2026-2027:registration:D-1");
            Instant fired = Instant.now();
            askers.forEach(Thread::start);
            Instant giveUp = Instant.now().plus(Duration.ofMinutes(20));
            while (reminded(fake, staff).size() < staff && Instant.now().isBefore(giveUp)) {
                Await.sleep(250);
            }
            broadcasting.set(false);
            for (Thread asker : askers) {
                try {
                    asker.join(30_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Await.sleep(3000); // anything still queued or retried would show up as a duplicate now

            List<FakeBotApi.RecordedMessage> reminders = reminded(fake, staff);
            Map<Long, Integer> perChat = new HashMap<>();
            reminders.forEach(m -> perChat.merge(m.chatId(), 1, Integer::sum));
            Instant last = reminders.stream().map(FakeBotApi.RecordedMessage::at).max(Instant::compareTo).orElse(start);
            Instant first = reminders.stream().map(FakeBotApi.RecordedMessage::at).min(Instant::compareTo).orElse(start);
            List<FakeBotApi.Attempt> calls = fake.attempts("sendmessage");
            Outbox.Health health = app.bean(Outbox.class).health();
            assertThat(health.failed()).isZero();
            return new Figures(staff, inFlight, reminders.size(), perChat.size(), reminders.size() - perChat.size(), calls.size(),
                    calls.stream().filter(a -> a.status() == 429).count(), Duration.between(start, fired).toMillis() / 1000.0,
                    Duration.between(start, last).toMillis() / 1000.0, Duration.between(first, last).toMillis() / 1000.0,
                    answers.stream().map(Asked::millis).toList(),
                    answers.stream().filter(a -> calls.stream().noneMatch(c -> c.status() == 429 && c.chatId() != null && c.chatId() == a.chatId()
                            && !c.at().isBefore(a.sent()) && !c.at().isAfter(a.answered()))).map(Asked::millis).toList());
        }
    }

    /**
     * Sends /trangthai, waits for the answer, reads it for 3 s, asks again, while the broadcast lasts. A
     * person who asked again half a second after each answer would run into Telegram's own limit of about
     * one message a second per chat (measured so: p95 2.5 s, the answers queued behind each other in the
     * chat's bucket), which is Telegram's wait, not the sender's.
     */
    /** One question and its answer, and the chat, to tell the answers that waited out a 429 from the others. */
    record Asked(long chatId, Instant sent, Instant answered) {
        long millis() {
            return Duration.between(sent, answered).toMillis();
        }
    }

    private static void askAgainAndAgain(FakeBotApi fake, FakeUser teacher, AtomicBoolean broadcasting, List<Asked> answers) {
        while (broadcasting.get()) {
            Instant sent = Instant.now();
            fake.userSends(teacher, "/trangthai");
            FakeBotApi.RecordedMessage answer = fake.awaitMessageTo(teacher.chatId(),
                    m -> m.text().startsWith("📋") && !m.at().isBefore(sent), Duration.ofSeconds(60));
            answers.add(new Asked(teacher.chatId(), sent, answer.at()));
            Await.sleep(READING_MILLIS);
        }
    }

    private static void link(BotApp app, int staff) {
        TeamRepository teams = app.bean(TeamRepository.class);
        List<Team> saved = new ArrayList<>();
        for (String t : new String[] {"Tổ Toán - Tin", "Tổ Ngữ văn", "Tổ Ngoại ngữ", "Tổ Văn phòng"}) {
            saved.add(teams.save(new Team(t)));
        }
        List<StaffMember> rows = new ArrayList<>();
        for (int i = 0; i < staff; i++) {
            StaffMember m = new StaffMember(String.format("Giáo viên %04d", i), String.format("+8497%07d", i),
                    saved.get(i % saved.size()), null, EnumSet.of(Role.TEACHER), Instant.now());
            m.linkTelegram(FIRST_CHAT + i, FIRST_CHAT + i, null, Instant.now());
            rows.add(m);
        }
        app.bean(StaffRepository.class).saveAll(rows);
    }

    private static List<FakeBotApi.RecordedMessage> reminded(FakeBotApi fake, int staff) {
        return fake.allMessages().stream()
                .filter(m -> m.chatId() >= FIRST_CHAT && m.chatId() < FIRST_CHAT + staff && m.text().startsWith("⏰")).toList();
    }
}
