package vn.thiduabot.notification;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;

/**
 * Where the bot-wide budget (Telegram's ~30 messages a second for the whole bot) lives. By default in
 * this process ({@link Local}); a later step can return a bucket shared by several instances instead
 * (e.g. a {@code BucketProxy} of Bucket4j's PostgreSQL backend, which is a {@link Bucket} too), without
 * touching {@link DeliveryLimits} or the sender.
 */
interface GlobalBudget {

    /** The bucket every send of this instance takes a token from before it goes. */
    Bucket bucket(int perSecond, TimeMeter time);

    /** The bucket's shape, whatever holds it (a shared bucket is built from it too). */
    static io.github.bucket4j.BucketConfiguration configuration(int perSecond) {
        return io.github.bucket4j.BucketConfiguration.builder()
                .addLimit(l -> l.capacity(burst(perSecond)).refillGreedy(perSecond, Duration.ofSeconds(1)))
                .build();
    }

    /**
     * A third of a second's worth: a full bucket of a whole second's worth plus its refill would allow
     * twice the rate in the first second (measured: 59 sends); this keeps any second under ~1.3x.
     */
    static int burst(int perSecond) {
        return Math.max(1, (perSecond + 2) / 3);
    }

    /** In this process only: right for one bot instance. */
    @org.springframework.stereotype.Component
    final class Local implements GlobalBudget {
        @Override
        public Bucket bucket(int perSecond, TimeMeter time) {
            return Bucket.builder()
                    .addLimit(l -> l.capacity(burst(perSecond)).refillGreedy(perSecond, Duration.ofSeconds(1)))
                    .withCustomTimePrecision(time)
                    .build();
        }
    }
}
