package vn.thiduabot.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
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
 * Fair delivery, as people would notice it: one chat's long backlog does not hold back another
 * chat's message, and a teacher's answer does not wait behind a reminder to the whole school. The
 * limits (30 a second overall, about one a second per chat) still hold; the test's clock stands
 * still between rounds, so what a round may send is exactly what the buckets allow.
 */
@BotTest
@TestPropertySource(properties = "thidua.test.clock-start=2026-09-12T01:00:00Z")
// an application of its own, started on this class's day and closed after the class: the sender's rate limits live
// in memory and are measured on the clock, which must never go back from where they started
@DirtiesContext
@ClockAt("2026-09-12T01:00:00Z")
class FairDeliveryTest {


    @Autowired Outbox outbox;
    @Autowired OutboxSender sender;
    @Autowired OutboxRepository rows;
    @Autowired MutableClock clock;
    @Autowired OutboxClaims claims;
    @Autowired org.springframework.transaction.support.TransactionTemplate tx;
    @Autowired jakarta.persistence.EntityManager em;

    OutboxSenderTest.ScriptedGateway gateway;

    @BeforeEach
    void clean() {
        rows.deleteAll();
        gateway = new OutboxSenderTest.ScriptedGateway();
        clock.advance(Duration.ofHours(1)); // fresh rate-limit budget for every test
    }

    @Test
    void a_backlog_of_250_in_one_chat_does_not_hold_back_another_chats_single_message() throws Exception {
        tx.executeWithoutResult(t -> {
            for (int i = 1; i <= 250; i++) {
                outbox.enqueue("import-report:" + i, OutgoingMessage.text(100, "dòng " + i));
            }
        });
        outbox.enqueue("greeting", OutgoingMessage.text(200, "Chào thầy Minh"));

        sender.deliverDue(gateway);

        assertThat(gateway.delivered).as("the first round already reaches the other chat")
                .contains("200:Chào thầy Minh");
        // the busy chat keeps its order and its limit: a burst of 3, then about one a second
        assertThat(gateway.delivered).filteredOn(d -> d.startsWith("100:")).containsExactly("100:dòng 1", "100:dòng 2", "100:dòng 3");
        clock.advance(Duration.ofSeconds(1));
        sender.deliverDue(gateway);
        assertThat(gateway.delivered).filteredOn(d -> d.startsWith("100:")).containsExactly("100:dòng 1", "100:dòng 2", "100:dòng 3",
                "100:dòng 4");
    }

    @Test
    void a_teachers_answer_queued_after_2000_reminders_goes_within_the_next_few_sends() throws Exception {
        tx.executeWithoutResult(t -> { // a reminder's firing is one transaction
            for (int staff = 1; staff <= 2000; staff++) {
                outbox.enqueue("reminder:d-1:" + staff, OutgoingMessage.text(10_000 + staff, "Nhắc đăng ký thi đua"),
                        Outbox.Priority.BULK);
                if (staff % 100 == 0) { // as the reminders' Deliveries does: keep the persistence context small
                    em.flush();
                    em.clear();
                }
            }
        });
        sender.deliverDue(gateway); // the reminder starts going out: a burst, then 30 a second
        int before = gateway.delivered.size();
        assertThat(before).as("the bot-wide burst: a third of a second's worth").isBetween(1, 10);

        // Cô Lan (chat 11500) has her reminder still waiting and now sends /dangky: the answer is queued
        outbox.enqueue("answer:dangky", OutgoingMessage.text(11_500, "Thầy cô chọn danh hiệu đăng ký"));
        for (int second = 0; second < 3; second++) {
            clock.advance(Duration.ofSeconds(1));
            sender.deliverDue(gateway);
        }

        List<String> after = gateway.delivered.subList(before, gateway.delivered.size());
        assertThat(after).as("sent after the answer was queued").hasSizeGreaterThanOrEqualTo(20);
        // her chat goes first, in its own order: the reminder queued before the answer goes in the first claim,
        // the answer in the next one. Sends of one claim come back in any order, so up to a claim's worth of
        // broadcasts (the bot-wide burst, 10) and the next claim's others (up to 16 in flight) may be recorded
        // before it; without the priority it would be behind the other 1,990 reminders.
        assertThat(after.indexOf("11500:Thầy cô chọn danh hiệu đăng ký")).as("among the first sends after it was queued")
                .isBetween(1, 10 + 16);
        assertThat(after.indexOf("11500:Nhắc đăng ký thi đua")).isLessThan(after.indexOf("11500:Thầy cô chọn danh hiệu đăng ký"));
        assertThat(gateway.delivered).doesNotHaveDuplicates();
    }

    @Test
    void broadcasts_still_keep_to_30_a_second_overall() throws Exception {
        for (int staff = 1; staff <= 200; staff++) {
            outbox.enqueue("digest:" + staff, OutgoingMessage.text(20_000 + staff, "Tổng hợp tuần"), Outbox.Priority.BULK);
        }
        sender.deliverDue(gateway);
        int burst = gateway.delivered.size();
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofMillis(100));
            sender.deliverDue(gateway);
        }
        // one second after the burst: the burst plus one second's refill, no more
        assertThat(gateway.delivered.size() - burst).isBetween(29, 31);
        assertThat(gateway.delivered.subList(0, burst)).as("oldest first across chats: the burst went to the first chats")
                .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, burst)
                        .mapToObj(i -> (20_000 + i) + ":Tổng hợp tuần").toList());
    }

    @Test
    void a_chat_waiting_out_a_429_waits_whole_even_after_a_restart_forgets_the_hold() throws Exception {
        outbox.enqueue("a", OutgoingMessage.text(30, "một"));
        outbox.enqueue("b", OutgoingMessage.text(30, "hai"));
        gateway.script.add(new SendResult.RetryAfter(Duration.ofSeconds(5)));
        sender.deliverDue(gateway);
        // the queue as stored: "một" waits 5 s, so "hai" (due now) must not overtake it
        assertThat(claims.claimableAt(clock.instant())).isEmpty();
        clock.advance(Duration.ofSeconds(5));
        sender.deliverDue(gateway);
        assertThat(gateway.delivered).containsExactly("30:một", "30:hai");
    }
}
