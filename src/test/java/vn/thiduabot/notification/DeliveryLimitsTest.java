package vn.thiduabot.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Telegram's limits as the sender sees them, on a clock the test moves. */
class DeliveryLimitsTest {

    /** Nanoseconds that only move when the test says so. */
    static final class ManualTime implements TimeMeter {
        long nanos;

        void advanceMillis(long ms) {
            nanos += TimeUnit.MILLISECONDS.toNanos(ms);
        }

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }

    private static int sendAsMuchAsAllowed(DeliveryLimits limits, int chats) {
        int sent = 0;
        for (long chat = 1; chat <= chats; chat++) {
            if (limits.tryAcquire(chat)) {
                sent++;
            }
        }
        return sent;
    }

    @Test
    void a_broadcast_never_exceeds_about_30_messages_in_any_second() {
        ManualTime time = new ManualTime();
        DeliveryLimits limits = new DeliveryLimits(30, 1, 3, time);
        int firstSecond = sendAsMuchAsAllowed(limits, 1000);
        for (int ms = 0; ms < 1000; ms += 10) {
            time.advanceMillis(10);
            firstSecond += sendAsMuchAsAllowed(limits, 1000);
        }
        assertThat(firstSecond).isBetween(30, 40);

        int nextSecond = 0;
        for (int ms = 0; ms < 1000; ms += 10) {
            time.advanceMillis(10);
            nextSecond += sendAsMuchAsAllowed(limits, 1000);
        }
        assertThat(nextSecond).isBetween(29, 31);
    }

    @Test
    void one_chat_gets_a_burst_of_three_then_one_a_second() {
        ManualTime time = new ManualTime();
        DeliveryLimits limits = new DeliveryLimits(30, 1, 3, time);
        int burst = 0;
        while (limits.tryAcquire(42)) {
            burst++;
        }
        assertThat(burst).isEqualTo(3);
        time.advanceMillis(999);
        assertThat(limits.tryAcquire(42)).isFalse();
        time.advanceMillis(1);
        assertThat(limits.tryAcquire(42)).isTrue();
        assertThat(limits.tryAcquire(7)).as("another chat is not held up").isTrue();
    }
}
