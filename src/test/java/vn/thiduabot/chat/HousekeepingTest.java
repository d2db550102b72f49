package vn.thiduabot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.notification.OutgoingMessage;
import vn.thiduabot.support.MutableClock;
import vn.thiduabot.support.BotTest;
import vn.thiduabot.support.ClockAt;

/**
 * The nightly clean-up forgets only what can no longer matter, at the exact boundaries configured in
 * {@code thidua.housekeeping.*} (defaults: delivered messages after 30 days, finished conversations after 60).
 */
@BotTest
@ClockAt("2026-11-01T01:00:00Z")
class HousekeepingTest {


    @Autowired UpdateIntake intake;
    @Autowired Housekeeping housekeeping;
    @Autowired ProcessedUpdateRepository processed;
    @Autowired CallbackTokenRepository tokens;
    @Autowired MutableClock clock;
    @Autowired ConversationRepository conversations;
    @Autowired Outbox outbox;
    @Autowired JdbcTemplate jdbc;

    /** A message delivered now, as the sender marks it (sent_at in the database's own format). */
    void deliveredNow(String key, long chat) {
        outbox.enqueue(key, OutgoingMessage.text(chat, "Nhắc đăng ký"));
        jdbc.update("update outbox_message set status = 'SENT', sent_at = created_at where idempotency_key = ?", key);
    }

    boolean stillThere(String key) {
        return jdbc.queryForObject("select count(*) from outbox_message where idempotency_key = ?", Integer.class, key) == 1;
    }

    @Test
    void delivered_messages_go_after_exactly_30_days_finished_conversations_after_60_undelivered_ones_stay() {
        clock.advance(Duration.ofDays(400)); // clear of the other test's rows
        deliveredNow("old", 21);
        outbox.enqueue("could-not-deliver", OutgoingMessage.text(22, "Thầy Bình đã chặn bot"));
        jdbc.update("update outbox_message set status = 'FAILED', attempts = 8, last_error = '403' where idempotency_key = 'could-not-deliver'");
        outbox.enqueue("waiting", OutgoingMessage.text(23, "Chờ gửi"));
        conversations.save(new Conversation(31, 31, clock.instant()));                    // finished: no flow
        Conversation inFlow = new Conversation(33, 33, clock.instant());
        inFlow.start("registration", "targets", java.util.Map.of("title", "CSTDCS"), clock.instant());
        conversations.save(inFlow);                                                          // mid-flow, left for the summer

        clock.advance(Duration.ofHours(1));
        deliveredNow("an-hour-later", 21);
        conversations.save(new Conversation(32, 32, clock.instant()));

        clock.advance(Duration.ofDays(30).minusHours(1)); // "old" is 30 days old, "an-hour-later" 29 days 23 hours
        housekeeping.clean();
        assertThat(stillThere("old")).as("sent 30 days ago").isFalse();
        assertThat(stillThere("an-hour-later")).as("sent 29 days 23 hours ago").isTrue();
        assertThat(stillThere("could-not-deliver")).as("kept for admins").isTrue();
        assertThat(stillThere("waiting")).isTrue();
        assertThat(conversations.count()).isEqualTo(3);

        clock.advance(Duration.ofDays(30)); // conversation 31 is 60 days old, 32 is 59 days 23 hours
        housekeeping.clean();
        assertThat(conversations.existsById(new Conversation.Key(31, 31))).as("finished 60 days ago").isFalse();
        assertThat(conversations.existsById(new Conversation.Key(32, 32))).as("finished 59 days 23 hours ago").isTrue();
        assertThat(conversations.findById(new Conversation.Key(33, 33))).as("a draft in progress stays").get()
                .extracting(Conversation::flow).isEqualTo("registration");
        assertThat(stillThere("an-hour-later")).isFalse();
        assertThat(stillThere("could-not-deliver")).isTrue();
    }

    @Test
    void update_ids_older_than_a_week_and_expired_buttons_are_forgotten_the_rest_kept() {
        intake.process(Incoming.text(1, 10, 10, "/trogiup"));
        tokens.save(new CallbackToken("old", 10, 10, "lang", "vi", clock.instant(), clock.instant().plus(Duration.ofDays(2))));
        clock.advance(Duration.ofDays(8));
        intake.process(Incoming.text(2, 10, 10, "/trogiup"));
        tokens.save(new CallbackToken("new", 10, 10, "lang", "en", clock.instant(), clock.instant().plus(Duration.ofDays(60))));

        housekeeping.clean();

        assertThat(processed.existsById(1L)).isFalse();
        assertThat(processed.existsById(2L)).isTrue();
        assertThat(tokens.existsById("old")).isFalse();
        assertThat(tokens.existsById("new")).isTrue();
        assertThat(intake.process(Incoming.text(2, 10, 10, "/trogiup")).duplicate()).isTrue();
    }
}
