package vn.thiduabot.notification;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thiduabot.support.MutableClock;
import vn.thiduabot.telegram.Await;
import vn.thiduabot.support.BotTest;
import vn.thiduabot.support.ClockAt;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The sender's thread never dies of what is thrown in it, an Error included: the failure is logged
 * once per episode, the loop goes on, the other chats still get their messages, and admins are told
 * at most once an hour.
 */
@BotTest
@TestPropertySource(properties = "thidua.test.clock-start=2026-10-05T01:00:00Z")
// an application of its own, started on this class's day and closed after the class: the sender's rate limits live
// in memory and are measured on the clock, which must never go back from where they started
@DirtiesContext
@ClockAt("2026-10-05T01:00:00Z")
class SenderLoopTest {


    @Autowired Outbox outbox;
    @Autowired OutboxRepository rows;
    @Autowired TransactionTemplate tx;
    @Autowired MutableClock clock;
    @Autowired ObjectProvider<MessageGateway> noGateway;
    @Autowired OutboxClaims claims;

    final List<DeliveryTrouble> alerts = new CopyOnWriteArrayList<>();
    final List<String> delivered = new CopyOnWriteArrayList<>();
    final ListAppender<ILoggingEvent> log = new ListAppender<>();
    OutboxSender sender;

    /** Throws for texts starting with "boom:" (the Error named after the colon), delivers the rest. */
    final MessageGateway gateway = m -> {
        if (m.text().equals("boom:oom")) {
            throw new OutOfMemoryError("Java heap space");
        }
        if (m.text().equals("boom:bug")) {
            throw new AssertionError("a bug in the gateway");
        }
        delivered.add(m.chatId() + ":" + m.text());
        return new SendResult.Delivered(1L);
    };

    @BeforeEach
    void start() {
        rows.deleteAll();
        clock.advance(Duration.ofHours(2));
        log.start();
        ((Logger) LoggerFactory.getLogger(SenderTrouble.class)).addAppender(log);
        sender = new OutboxSender(rows, noGateway, tx, clock, new OutboxWakeUp(), e -> alerts.add((DeliveryTrouble) e),
                claims, new GlobalBudget.Local(), 30, 1, 3, 8, 20, 16, Duration.ofSeconds(60), "loop-test");
        sender.usePause(d -> Thread.sleep(5)); // the loop's growing pause, shortened
        sender.startWith(gateway);
    }

    @AfterEach
    void stop() {
        sender.stop();
        ((Logger) LoggerFactory.getLogger(SenderTrouble.class)).detachAppender(log);
    }

    long errorLines() {
        return log.list.stream().filter(e -> e.getLevel() == Level.ERROR).count();
    }

    @Test
    void an_out_of_memory_error_in_one_send_does_not_stop_delivery_to_anyone_else() {
        outbox.enqueue("a", OutgoingMessage.text(1, "boom:oom"));
        outbox.enqueue("b", OutgoingMessage.text(2, "Thầy Nam: lịch họp Hội đồng"));

        // both go out in the same round (several sends in flight): wait for the other chat's message and the failed round
        Await.until(Duration.ofSeconds(30), "the other chat's message", () -> delivered.contains("2:Thầy Nam: lịch họp Hội đồng")
                && errorLines() > 0);

        assertThat(sender.status().alive()).isTrue();
        assertThat(errorLines()).as("logged once for the episode").isEqualTo(1);
        assertThat(alerts).singleElement().satisfies(a -> assertThat(a.error()).contains("OutOfMemoryError"));
        // the failing message counts as a failed attempt: it is retried later, then kept as failed for admins
        OutboxMessage failing = rows.findByIdempotencyKey("a").orElseThrow();
        assertThat(failing.getAttempts()).isEqualTo(1);
        assertThat(failing.getLastError()).contains("Java heap space");
    }

    @Test
    void admins_are_told_at_most_once_an_hour_and_each_episode_is_logged_once() {
        outbox.enqueue("a", OutgoingMessage.text(1, "boom:bug"));
        outbox.enqueue("b", OutgoingMessage.text(2, "một"));
        Await.until(Duration.ofSeconds(30), "first episode over", () -> delivered.contains("2:một") && errorLines() >= 1
                && sender.status().failingRounds() == 0);

        clock.advance(Duration.ofMinutes(30));
        outbox.enqueue("c", OutgoingMessage.text(3, "boom:bug"));
        outbox.enqueue("d", OutgoingMessage.text(4, "hai"));
        Await.until(Duration.ofSeconds(30), "second episode over", () -> delivered.contains("4:hai") && errorLines() >= 2
                && sender.status().failingRounds() == 0);
        assertThat(alerts).as("30 minutes after the first alert: none").hasSize(1);

        clock.advance(Duration.ofMinutes(31));
        outbox.enqueue("e", OutgoingMessage.text(5, "boom:bug"));
        outbox.enqueue("f", OutgoingMessage.text(6, "ba"));
        Await.until(Duration.ofSeconds(30), "third episode over", () -> delivered.contains("6:ba") && errorLines() >= 3
                && sender.status().failingRounds() == 0);

        assertThat(alerts).as("more than an hour after the first: told again").hasSize(2);
        assertThat(errorLines()).as("one line per episode").isGreaterThanOrEqualTo(3);
        assertThat(sender.status().alive()).isTrue();
    }
}
