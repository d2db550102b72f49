package vn.thiduabot.notification;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;

/**
 * Where the bot-wide budget (Telegram's ~30 messages a second for the whole bot) lives: in this process
 * ({@link Local}, on SQLite: one instance) or in the database, shared by every instance on it
 * ({@link SharedBudget}, on PostgreSQL). Either is a {@link Bucket}, so {@link DeliveryLimits} and the
 * sender do not know which. Chosen by {@link GlobalBudgetChoice}.
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
