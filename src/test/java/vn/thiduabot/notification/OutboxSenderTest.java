package vn.thiduabot.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thiduabot.support.MutableClock;
import vn.thiduabot.support.BotTest;
import vn.thiduabot.support.ClockAt;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Delivery rules of the outbox, against the real database with a clock the test moves: what a
 * recipient would notice is whether a message arrives, once, in order, and when.
 */
@BotTest
@TestPropertySource(properties = {"thidua.outbox.max-attempts=3", "thidua.test.clock-start=2023-09-08T01:00:00Z"})
// an application of its own, started on this class's day and closed after the class: the sender's rate limits live
// in memory and are measured on the clock, which must never go back from where they started
@DirtiesContext
@ClockAt("2023-09-08T01:00:00Z")
class OutboxSenderTest {


    @Autowired Outbox outbox;
    @Autowired OutboxSender sender;
    @Autowired OutboxRepository rows;
    @Autowired MutableClock clock;

    /**
     * Answers with the scripted results first, then Delivered; records what was delivered. Called by
     * several sender threads at once: one call at a time here, so the script is used in call order.
     */
    static class ScriptedGateway implements MessageGateway {
        final Deque<SendResult> script = new ArrayDeque<>();
        final List<String> delivered = new java.util.concurrent.CopyOnWriteArrayList<>();
        final List<OutgoingMessage> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
        volatile int calls;

        @Override
        public synchronized SendResult send(OutgoingMessage m) {
            calls++;
            SendResult r = script.isEmpty() ? new SendResult.Delivered(1000L + calls) : script.poll();
            if (r instanceof SendResult.Delivered) {
                delivered.add(m.chatId() + ":" + m.text());
                sent.add(m);
            }
            return r;
        }
    }

    ScriptedGateway gateway;

    @BeforeEach
    void clean() throws Exception {
        rows.deleteAll();
        gateway = new ScriptedGateway();
        clock.advance(Duration.ofHours(1)); // fresh rate-limit budget for every test
    }

    @Test
    void a_message_is_delivered_once_even_if_queued_twice_with_the_same_key() throws Exception {
        outbox.enqueue("reminder:1", OutgoingMessage.text(10, "Nhắc đăng ký"));
        outbox.enqueue("reminder:1", OutgoingMessage.text(10, "Nhắc đăng ký"));
        sender.deliverDue(gateway);
        sender.deliverDue(gateway);
        assertThat(gateway.delivered).containsExactly("10:Nhắc đăng ký");
    }

    @Test
    void after_429_the_chat_waits_retry_after_then_gets_everything_in_order() throws Exception {
        gateway.script.add(new SendResult.RetryAfter(Duration.ofSeconds(7)));
        outbox.enqueue("a", OutgoingMessage.text(20, "một"));
        outbox.enqueue("b", OutgoingMessage.text(20, "hai"));

        sender.deliverDue(gateway);
        assertThat(gateway.delivered).isEmpty();

        clock.advance(Duration.ofSeconds(6));
        sender.deliverDue(gateway);
        assertThat(gateway.delivered).as("still inside retry_after").isEmpty();

        clock.advance(Duration.ofSeconds(2));
        sender.deliverDue(gateway);
        assertThat(gateway.delivered).containsExactly("20:một", "20:hai");
        assertThat(rows.findAll()).allMatch(r -> r.getStatus() == OutboxMessage.Status.SENT && r.getAttempts() == 0);
    }

    @Test
    void a_502_is_retried_with_backoff_and_arrives_once() throws Exception {
        gateway.script.add(new SendResult.Transient("502 Bad Gateway"));
        gateway.script.add(new SendResult.Transient("502 Bad Gateway"));
        outbox.enqueue("c", OutgoingMessage.text(30, "ba"));

        sender.deliverDue(gateway);            // fails, retry in 1 s
        clock.advance(Duration.ofSeconds(1));
        sender.deliverDue(gateway);            // fails, retry in 2 s
        clock.advance(Duration.ofSeconds(1));
        sender.deliverDue(gateway);            // not yet due
        assertThat(gateway.delivered).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        sender.deliverDue(gateway);
        assertThat(gateway.delivered).containsExactly("30:ba");
        assertThat(gateway.calls).isEqualTo(3);
    }

    @Test
    void after_max_attempts_the_message_is_kept_as_failed_and_visible_to_admins() throws Exception {
        for (int i = 0; i < 3; i++) {
            gateway.script.add(new SendResult.Transient("timeout"));
        }
        outbox.enqueue("d", OutgoingMessage.text(40, "bốn"));
        for (int i = 0; i < 5; i++) {
            sender.deliverDue(gateway);
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(gateway.delivered).isEmpty();
        Outbox.Health health = outbox.health();
        assertThat(health.failed()).isEqualTo(1);
        assertThat(health.recentFailures()).singleElement().asString().contains("timeout");
    }

    @Test
    void a_blocked_bot_is_not_retried() throws Exception {
        gateway.script.add(new SendResult.Permanent("403 Forbidden: bot was blocked by the user"));
        outbox.enqueue("e", OutgoingMessage.text(50, "năm"));
        sender.deliverDue(gateway);
        clock.advance(Duration.ofHours(1));
        sender.deliverDue(gateway);
        assertThat(gateway.calls).isEqualTo(1);
        assertThat(outbox.health().failed()).isEqualTo(1);
    }

    @Test
    void one_chat_gets_a_short_burst_then_about_one_message_a_second_while_others_are_not_held_up() throws Exception {
        for (int i = 1; i <= 6; i++) {
            outbox.enqueue("f" + i, OutgoingMessage.text(60, "tin " + i));
        }
        outbox.enqueue("g", OutgoingMessage.text(61, "khác"));

        sender.deliverDue(gateway);
        // fair between chats: the other chat's message goes in the same round, the busy chat its burst in order
        assertThat(gateway.delivered).containsExactlyInAnyOrder("60:tin 1", "61:khác", "60:tin 2", "60:tin 3");
        assertThat(gateway.delivered).filteredOn(d -> d.startsWith("60:")).containsExactly("60:tin 1", "60:tin 2", "60:tin 3");
    }

    @Test
    void an_edit_replaces_the_message_it_names_and_falls_back_to_a_new_message_if_that_one_never_arrived() throws Exception {
        outbox.enqueue("card:7", OutgoingMessage.text(70, "Chờ phê duyệt"));
        sender.deliverDue(gateway);
        long cardId = 1000L + gateway.calls;

        outbox.enqueue("card:7:decided", new OutgoingMessage(70, "Đã phê duyệt", List.of(), null, "card:7", null, null));
        outbox.enqueue("lost:decided", new OutgoingMessage(71, "Đã phê duyệt", List.of(), null, "never-sent", null, null));
        clock.advance(Duration.ofSeconds(5));
        sender.deliverDue(gateway);

        assertThat(gateway.sent).filteredOn(m -> m.chatId() == 70 && m.text().equals("Đã phê duyệt"))
                .singleElement().satisfies(m -> assertThat(m.editMessageId()).isEqualTo(cardId));
        assertThat(gateway.sent).filteredOn(m -> m.chatId() == 71)
                .singleElement().satisfies(m -> assertThat(m.editMessageId()).isNull());
    }
}
