package vn.thiduabot.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import vn.thiduabot.telegram.Await;
import vn.thiduabot.telegram.FakeBotApi;
import vn.thiduabot.telegram.FakeUser;

/**
 * Load on a bot through a {@link FakeBotApi}: users send a text, and each message the bot sends to a
 * chat is taken as the answer to that chat's oldest unanswered text (latency = text offered to the
 * fake -> answer arrived at the fake). One thread follows every answer as it arrives.
 *
 * <ul>
 *   <li>{@link #closedLoop}: every user sends again as soon as answered (the most the bot can take);
 *   <li>{@link #paced}: texts offered at a steady rate, round-robin over the users, whatever the answers do.
 * </ul>
 */
final class AnswerLoad implements AutoCloseable {

    record Figures(int answers, double seconds, List<Long> latencies, int unexpected) {
        double perSecond() {
            return answers / seconds;
        }
    }

    private record Answer(Instant at, long millis) { }

    private final FakeBotApi fake;
    private final List<FakeUser> users;
    private final String text;
    private final Map<Long, FakeUser> byChat = new ConcurrentHashMap<>();
    private final Map<Long, Queue<Instant>> offered = new ConcurrentHashMap<>();
    private final List<Answer> answers = new ArrayList<>();
    private final AtomicInteger outstanding = new AtomicInteger();
    private final AtomicInteger unexpected = new AtomicInteger();
    private final Thread follower;
    private volatile boolean closedLoop;
    private volatile boolean running = true;

    AnswerLoad(FakeBotApi fake, List<FakeUser> users, String text) {
        this.fake = fake;
        this.users = List.copyOf(users);
        this.text = text;
        for (FakeUser u : users) {
            byChat.put(u.chatId(), u);
            offered.put(u.chatId(), new ConcurrentLinkedQueue<>());
        }
        int start = fake.allMessages().size();
        follower = new Thread(() -> follow(start), "answer-follower");
        follower.setDaemon(true);
        follower.start();
    }

    /** Each user sends, and sends again when answered; counts the answers arriving in the measured window. */
    Figures closedLoop(Duration warmUp, Duration measured) {
        closedLoop = true;
        users.forEach(this::offer);
        Await.sleep(warmUp.toMillis());
        int from = answerCount();
        Instant t0 = Instant.now();
        Await.sleep(measured.toMillis());
        Instant t1 = Instant.now();
        int to = answerCount();
        closedLoop = false;
        drain();
        return figures(from, to, Duration.between(t0, t1));
    }

    /** {@code perSecond} texts a second for the given time, each on its schedule; waits for every answer. */
    Figures paced(int perSecond, Duration duration) {
        int from = answerCount();
        long count = perSecond * duration.toSeconds();
        long periodNanos = 1_000_000_000L / perSecond;
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long wait = start + i * periodNanos - System.nanoTime();
            if (wait > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
            offer(users.get(i % users.size()));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        drain();
        return figures(from, answerCount(), took);
    }

    /**
     * {@code count} texts offered at once (round-robin over the users); how long until Telegram's offset
     * confirmed the last of them (the intake saved them all), and until the last was answered.
     */
    Burst burst(int count) {
        long start = System.nanoTime();
        int last = 0;
        for (int i = 0; i < count; i++) {
            last = offer(users.get(i % users.size()));
        }
        int lastId = last;
        Await.until(Duration.ofMinutes(5), "every text confirmed", () -> fake.lastOffset() > lastId);
        double confirmed = (System.nanoTime() - start) / 1e9;
        drain();
        return new Burst(count, confirmed, (System.nanoTime() - start) / 1e9);
    }

    record Burst(int texts, double confirmedSeconds, double answeredSeconds) {
        String describe() {
            return String.format("%d texts at once: all confirmed in %.2f s (%.0f updates/s), all answered in %.2f s (%.0f answers/s)",
                    texts, confirmedSeconds, texts / confirmedSeconds, answeredSeconds, texts / answeredSeconds);
        }
    }

    private int offer(FakeUser user) {
        outstanding.incrementAndGet();
        offered.get(user.chatId()).add(Instant.now());
        return fake.userSends(user, text);
    }

    private void drain() {
        Await.until(Duration.ofMinutes(2), "every text answered", () -> outstanding.get() == 0);
    }

    private void follow(int position) {
        while (running) {
            for (FakeBotApi.RecordedMessage m : fake.awaitMessagesFrom(position, Duration.ofMillis(200))) {
                position++;
                Queue<Instant> waiting = offered.get(m.chatId());
                Instant sent = waiting == null ? null : waiting.poll();
                if (sent == null) {
                    unexpected.incrementAndGet();
                    continue;
                }
                synchronized (answers) {
                    answers.add(new Answer(m.at(), Duration.between(sent, m.at()).toMillis()));
                }
                outstanding.decrementAndGet();
                if (closedLoop) {
                    offer(byChat.get(m.chatId()));
                }
            }
        }
    }

    private int answerCount() {
        synchronized (answers) {
            return answers.size();
        }
    }

    private Figures figures(int from, int to, Duration window) {
        List<Long> latencies;
        synchronized (answers) {
            latencies = answers.subList(from, to).stream().map(Answer::millis).toList();
        }
        return new Figures(to - from, window.toMillis() / 1000.0, latencies, unexpected.get());
    }

    @Override
    public void close() {
        running = false;
        try {
            follower.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
