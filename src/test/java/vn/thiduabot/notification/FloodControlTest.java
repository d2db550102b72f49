package vn.thiduabot.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * When Telegram's 429s mean "this chat" and when "the whole bot", at the rule's exact boundaries
 * (FloodControl: 429s for two or more chats within one second, making up at least half of that
 * second's answers, pause everything for the longest retry_after).
 */
class FloodControlTest {

    static final Instant T0 = Instant.parse("2026-09-14T01:00:00Z");
    static final SendResult OK = SendResult.DELIVERED;

    static SendResult wait(int seconds) {
        return new SendResult.RetryAfter(Duration.ofSeconds(seconds));
    }

    @Test
    void one_chats_429_holds_back_that_chat_only_not_the_whole_bot() {
        FloodControl flood = new FloodControl();
        flood.answered(1, wait(5), T0);
        flood.answered(1, wait(5), T0.plusMillis(100));
        assertThat(flood.paused(T0.plusMillis(100))).isFalse();
    }

    @Test
    void two_chats_refused_within_999_ms_pause_everything_for_the_longest_retry_after() {
        FloodControl flood = new FloodControl();
        flood.answered(1, wait(3), T0);
        flood.answered(2, wait(2), T0.plusMillis(999));
        // from the latest 429, the longest retry_after: 3 s
        assertThat(flood.paused(T0.plusMillis(999))).isTrue();
        assertThat(flood.paused(T0.plusMillis(999 + 2999))).as("one millisecond before the end").isTrue();
        assertThat(flood.paused(T0.plusMillis(999 + 3000))).as("at the end").isFalse();
    }

    @Test
    void two_chats_refused_exactly_one_second_apart_are_not_the_bot_over_its_limit() {
        FloodControl flood = new FloodControl();
        flood.answered(1, wait(3), T0);
        flood.answered(2, wait(3), T0.plusSeconds(1));
        assertThat(flood.paused(T0.plusSeconds(1))).isFalse();
    }

    @Test
    void a_few_429s_among_many_deliveries_are_per_chat_trouble_half_of_the_answers_is_the_bot() {
        FloodControl scattered = new FloodControl();
        scattered.answered(10, OK, T0);
        scattered.answered(11, OK, T0.plusMillis(10));
        scattered.answered(12, OK, T0.plusMillis(20));
        scattered.answered(1, wait(2), T0.plusMillis(30));
        scattered.answered(2, wait(2), T0.plusMillis(40));
        assertThat(scattered.paused(T0.plusMillis(40))).as("2 refused of 5 answers (40%)").isFalse();

        FloodControl flooded = new FloodControl();
        flooded.answered(10, OK, T0);
        flooded.answered(11, OK, T0.plusMillis(10));
        flooded.answered(1, wait(2), T0.plusMillis(30));
        flooded.answered(2, wait(2), T0.plusMillis(40));
        assertThat(flooded.paused(T0.plusMillis(40))).as("2 refused of 4 answers (50%)").isTrue();
    }
}
