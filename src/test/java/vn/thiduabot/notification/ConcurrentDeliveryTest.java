package vn.thiduabot.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thiduabot.support.MutableClock;
import vn.thiduabot.support.BotTest;
import vn.thiduabot.support.ClockAt;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Several messages in flight at once (thidua.outbox.in-flight, 16), as teachers would notice it: each
 * person still gets their messages in the order they were queued and never two at once, an answer does
 * not wait behind a whole-school reminder, a message claimed by a bot instance that died goes out once
 * when its claim runs out, and a flood of 429s across chats pauses the whole bot. The clock only moves
 * when the test moves it.
 */
@BotTest
@TestPropertySource(properties = "thidua.test.clock-start=2026-09-15T01:00:00Z")
// an application of its own, started on this class's day and closed after the class: the sender's rate limits live
// in memory and are measured on the clock, which must never go back from where they started
@DirtiesContext
@ClockAt("2026-09-15T01:00:00Z")
class ConcurrentDeliveryTest {


    @Autowired Outbox outbox;
    @Autowired OutboxSender sender;
    @Autowired OutboxRepository rows;
    @Autowired OutboxClaims claims;
    @Autowired MutableClock clock;
    @Autowired TransactionTemplate tx;
    @Autowired jakarta.persistence.EntityManager em;

    @BeforeEach
    void clean() {
        rows.deleteAll();
        clock.advance(Duration.ofHours(1)); // fresh rate-limit budget for every test
    }

    /**
     * Answers in a shuffled order: each call waits a random few milliseconds; the first call waits until
     * a second one is in flight (proof that sends overlap). Notes any chat with two sends at once.
     */
    static class ShuffledGateway implements MessageGateway {
        final Random random = new Random(20260915L);
        final Map<Long, List<String>> received = new ConcurrentHashMap<>();
        final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
        final List<Long> overlapping = new CopyOnWriteArrayList<>();
        final CountDownLatch two = new CountDownLatch(2);
        final AtomicBoolean sawTwoAtOnce = new AtomicBoolean();

        @Override
        public SendResult send(OutgoingMessage m) {
            if (!inFlight.add(m.chatId())) {
                overlapping.add(m.chatId());
            }
            try {
                two.countDown();
                if (two.await(5, TimeUnit.SECONDS) && inFlight.size() >= 2) {
                    sawTwoAtOnce.set(true);
                }
                int wait;
                synchronized (random) {
                    wait = random.nextInt(6);
                }
                Thread.sleep(wait);
                received.computeIfAbsent(m.chatId(), c -> new CopyOnWriteArrayList<>()).add(m.text());
                return new SendResult.Delivered(1L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new SendResult.Transient("interrupted");
            } finally {
                inFlight.remove(m.chatId());
            }
        }
    }

    @Test
    void with_16_in_flight_every_teacher_gets_their_messages_in_order_and_never_two_at_once() throws Exception {
        int chats = 30;
        int each = 5;
        tx.executeWithoutResult(t -> {
            for (int n = 1; n <= each; n++) {
                for (long chat = 1; chat <= chats; chat++) {
                    outbox.enqueue("notice:" + chat + ":" + n, OutgoingMessage.text(chat, "Thông báo " + n));
                }
            }
        });
        ShuffledGateway gateway = new ShuffledGateway();

        for (int second = 0; second < 30 && outbox.health().pending() > 0; second++) {
            sender.deliverDue(gateway);
            clock.advance(Duration.ofSeconds(1));
        }

        assertThat(outbox.health().pending()).isZero();
        assertThat(gateway.sawTwoAtOnce).as("sends overlapped").isTrue();
        assertThat(gateway.overlapping).as("chats that had two messages in flight at once").isEmpty();
        List<String> inOrder = List.of("Thông báo 1", "Thông báo 2", "Thông báo 3", "Thông báo 4", "Thông báo 5");
        assertThat(gateway.received).hasSize(chats).allSatisfy((chat, texts) -> assertThat(texts).as("chat " + chat).isEqualTo(inOrder));
    }

    @Test
    void an_answer_queued_during_a_2000_row_broadcast_goes_out_before_the_broadcasts_remaining_rows() throws Exception {
        tx.executeWithoutResult(t -> {
            for (int staff = 1; staff <= 2000; staff++) {
                outbox.enqueue("reminder:" + staff, OutgoingMessage.text(30_000 + staff, "Nhắc nộp minh chứng"), Outbox.Priority.BULK);
                if (staff % 100 == 0) { // as the reminders' Deliveries does: keep the persistence context small
                    em.flush();
                    em.clear();
                }
            }
        });
        OutboxSenderTest.ScriptedGateway gateway = new OutboxSenderTest.ScriptedGateway();
        sender.deliverDue(gateway); // the broadcast starts: the bot-wide burst
        int before = gateway.delivered.size();

        // thầy Bình (not among the reminder's recipients) presses a button meanwhile; his answer is queued
        outbox.enqueue("answer:binh", OutgoingMessage.text(77, "Đã ghi nhận minh chứng của thầy"));
        clock.advance(Duration.ofSeconds(1));
        sender.deliverDue(gateway);

        assertThat(gateway.delivered.subList(before, gateway.delivered.size())).contains("77:Đã ghi nhận minh chứng của thầy");
        assertThat(outbox.health().pending()).as("the broadcast's remaining rows still wait").isGreaterThan(1900);
    }

    @Test
    void a_message_claimed_by_an_instance_that_died_goes_out_once_when_its_claim_runs_out() throws Exception {
        outbox.enqueue("result:1", OutgoingMessage.text(88, "Kết quả xét duyệt"));
        outbox.enqueue("result:2", OutgoingMessage.text(88, "Lịch họp tổ"));
        Instant now = clock.instant();
        // another instance claims the chat's first message for 60 s, then dies before sending it
        assertThat(claims.claim("instance-b", now, now.plusSeconds(60), 1, 10, c -> OutboxClaims.Admission.TAKE)).hasSize(1);
        OutboxSenderTest.ScriptedGateway gateway = new OutboxSenderTest.ScriptedGateway();

        sender.deliverDue(gateway);
        assertThat(gateway.delivered).as("under its claim; the second message waits behind it").isEmpty();
        clock.advance(Duration.ofSeconds(59));
        sender.deliverDue(gateway);
        assertThat(gateway.delivered).as("one second before the claim runs out").isEmpty();

        clock.advance(Duration.ofSeconds(1));
        sender.deliverDue(gateway);
        clock.advance(Duration.ofMinutes(2)); // and long after: nothing goes twice
        sender.deliverDue(gateway);

        assertThat(gateway.delivered).containsExactly("88:Kết quả xét duyệt", "88:Lịch họp tổ");
        assertThat(rows.findAll()).allSatisfy(r -> {
            assertThat(r.getStatus()).isEqualTo(OutboxMessage.Status.SENT);
            assertThat(r.getClaimedBy()).as("claim released").isNull();
        });
    }

    @Test
    void a_row_marked_sent_is_never_taken_again_whatever_claim_it_carried() throws Exception {
        outbox.enqueue("once", OutgoingMessage.text(89, "Một lần"));
        OutboxSenderTest.ScriptedGateway gateway = new OutboxSenderTest.ScriptedGateway();
        sender.deliverDue(gateway);
        Instant now = clock.instant();
        assertThat(claims.claim("instance-b", now, now.plusSeconds(60), 1, 10, c -> OutboxClaims.Admission.TAKE)).isEmpty();
        clock.advance(Duration.ofMinutes(5));
        sender.deliverDue(gateway);
        assertThat(gateway.delivered).containsExactly("89:Một lần");
    }

    @Test
    void refusals_429_for_several_chats_in_one_second_pause_the_whole_bot_for_retry_after() throws Exception {
        for (long chat = 41; chat <= 44; chat++) {
            outbox.enqueue("digest:" + chat, OutgoingMessage.text(chat, "Tổng hợp tuần"));
        }
        OutboxSenderTest.ScriptedGateway gateway = new OutboxSenderTest.ScriptedGateway();
        gateway.script.add(new SendResult.RetryAfter(Duration.ofSeconds(5)));
        gateway.script.add(new SendResult.RetryAfter(Duration.ofSeconds(5)));
        sender.deliverDue(gateway); // two of the four chats refused: half of the answers, two chats
        assertThat(gateway.delivered).hasSize(2);
        assertThat(sender.status().pausedUntil()).isEqualTo(clock.instant().plusSeconds(5));

        outbox.enqueue("answer:45", OutgoingMessage.text(45, "Đã lưu"));
        clock.advance(Duration.ofMillis(4999));
        sender.deliverDue(gateway);
        assertThat(gateway.delivered).as("a chat Telegram never refused waits too").hasSize(2);

        clock.advance(Duration.ofMillis(1));
        sender.deliverDue(gateway);
        assertThat(gateway.delivered).hasSize(5).contains("45:Đã lưu");
    }

    @Test
    void a_message_nobody_can_read_is_given_up_and_the_chats_next_message_still_goes() throws Exception {
        rows.save(new OutboxMessage("garbled", 90, "{not json", clock.instant()));
        outbox.enqueue("after", OutgoingMessage.text(90, "Lịch trực tuần sau"));
        OutboxSenderTest.ScriptedGateway gateway = new OutboxSenderTest.ScriptedGateway();

        sender.deliverDue(gateway);
        sender.deliverDue(gateway);

        assertThat(gateway.delivered).containsExactly("90:Lịch trực tuần sau");
        assertThat(rows.findByIdempotencyKey("garbled")).get().extracting(OutboxMessage::getStatus).isEqualTo(OutboxMessage.Status.FAILED);
        assertThat(sender.status().inFlight()).isZero();
    }
}
