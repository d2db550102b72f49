package vn.thiduabot.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thiduabot.support.MutableClock;
import vn.thiduabot.support.BotTest;
import vn.thiduabot.support.ClockAt;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A busy database must never make a teacher get the same message twice: marking a message sent is
 * retried with backoff while SQLite is busy (or the pool times out), and a delivery whose mark could
 * not be written yet is not sent again. The database's answers are scripted: the real repository,
 * behind a stand-in that fails the first N "mark sent" look-ups.
 */
@BotTest
@TestPropertySource(properties = "thidua.test.clock-start=2026-09-14T01:00:00Z")
// an application of its own, started on this class's day and closed after the class: the sender's rate limits live
// in memory and are measured on the clock, which must never go back from where they started
@DirtiesContext
@ClockAt("2026-09-14T01:00:00Z")
class MarkSentRetryTest {


    @Autowired Outbox outbox;
    @Autowired OutboxRepository realRows;
    @Autowired TransactionTemplate tx;
    @Autowired MutableClock clock;
    @Autowired ObjectProvider<MessageGateway> noGateway;
    @Autowired OutboxClaims claims;

    final AtomicInteger failuresLeft = new AtomicInteger();
    RuntimeException failure;
    final List<Duration> waits = new ArrayList<>();
    OutboxSender sender;
    OutboxSenderTest.ScriptedGateway gateway;

    /** The real repository, except that findById (the mark-sent transaction's read) fails while failuresLeft > 0. */
    OutboxRepository busyDatabase() {
        return (OutboxRepository) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {OutboxRepository.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("findById") && failuresLeft.getAndUpdate(n -> Math.max(n - 1, 0)) > 0) {
                        throw failure;
                    }
                    try {
                        return method.invoke(realRows, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @BeforeEach
    void fresh() {
        realRows.deleteAll();
        clock.advance(Duration.ofHours(1));
        failure = new CannotAcquireLockException("could not execute statement [[SQLITE_BUSY] The database file is locked (database is locked)]");
        sender = new OutboxSender(busyDatabase(), noGateway, tx, clock, new OutboxWakeUp(), e -> { }, claims, new GlobalBudget.Local(),
                30, 1, 3, 8, 1000, 16, Duration.ofSeconds(60), "retry-test");
        sender.usePause(waits::add);
        gateway = new OutboxSenderTest.ScriptedGateway();
    }

    @Test
    void a_busy_database_while_marking_sent_is_waited_out_and_the_message_goes_once() throws Exception {
        outbox.enqueue("result:42", OutgoingMessage.text(42, "Kết quả tự chấm của thầy đã được duyệt"));
        failuresLeft.set(3);

        sender.deliverDue(gateway);
        clock.advance(Duration.ofMinutes(1));
        sender.deliverDue(gateway);

        assertThat(gateway.delivered).containsExactly("42:Kết quả tự chấm của thầy đã được duyệt");
        assertThat(realRows.findByIdempotencyKey("result:42")).get().extracting(OutboxMessage::getStatus).isEqualTo(OutboxMessage.Status.SENT);
        assertThat(waits).as("backoff between attempts").containsExactly(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void a_pool_timeout_is_waited_out_too() throws Exception {
        failure = new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 30000ms."));
        outbox.enqueue("greeting:43", OutgoingMessage.text(43, "Chào cô Hoa"));
        failuresLeft.set(1);

        sender.deliverDue(gateway);

        assertThat(gateway.calls).isEqualTo(1);
        assertThat(realRows.findByIdempotencyKey("greeting:43")).get().extracting(OutboxMessage::getStatus).isEqualTo(OutboxMessage.Status.SENT);
    }

    @Test
    void a_database_busy_for_longer_holds_the_mark_and_never_sends_the_message_again() throws Exception {
        outbox.enqueue("result:44", OutgoingMessage.text(44, "Kết quả đã duyệt"));
        outbox.enqueue("next:44", OutgoingMessage.text(44, "Tin tiếp theo"));
        failuresLeft.set(100);

        assertThatThrownBy(() -> sender.deliverDue(gateway)).isInstanceOf(CannotAcquireLockException.class);
        assertThat(sender.status().unrecorded()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(1));
        assertThatThrownBy(() -> sender.deliverDue(gateway)).as("still busy: the round stops before sending anything")
                .isInstanceOf(CannotAcquireLockException.class);

        failuresLeft.set(0); // the database is free again
        clock.advance(Duration.ofMinutes(1));
        sender.deliverDue(gateway);

        assertThat(gateway.delivered).containsExactly("44:Kết quả đã duyệt", "44:Tin tiếp theo");
        assertThat(realRows.findAll()).allMatch(r -> r.getStatus() == OutboxMessage.Status.SENT);
        assertThat(sender.status().unrecorded()).isZero();
    }

    @Test
    void a_mistake_in_the_data_is_not_retried_as_if_the_database_were_busy() {
        failure = new IllegalStateException("constraint failed");
        outbox.enqueue("x:45", OutgoingMessage.text(45, "Tin"));
        failuresLeft.set(1);

        assertThatThrownBy(() -> sender.deliverDue(gateway)).isInstanceOf(IllegalStateException.class);
        assertThat(waits).isEmpty();
    }
}
