package vn.thiduabot.notification;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Telegram's limits: about 30 messages a second overall and about one a second per chat, with
 * short bursts allowed. Token buckets (Bucket4j), asked by the sender's claiming thread only (the
 * sends themselves run on several threads, after their permit was taken).
 */
class DeliveryLimits {

    private final Bucket global;
    private final Map<Long, Bucket> perChat = new ConcurrentHashMap<>();
    private final int perChatPerSecond;
    private final int perChatBurst;

    private final TimeMeter time;

    /** The bot's clock as Bucket4j's time, so the limits follow the same time as everything else (and tests). */
    static TimeMeter timeOf(Clock clock) {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /** With a clock of the test's choosing, so the limits can be checked without waiting. */
    DeliveryLimits(int globalPerSecond, int perChatPerSecond, int perChatBurst, TimeMeter time) {
        this(new GlobalBudget.Local().bucket(globalPerSecond, time), perChatPerSecond, perChatBurst, time);
    }

    /** With the bot-wide bucket from a {@link GlobalBudget} (this process's own, or one shared by instances). */
    DeliveryLimits(Bucket global, int perChatPerSecond, int perChatBurst, TimeMeter time) {
        this.time = time;
        this.global = global;
        this.perChatPerSecond = perChatPerSecond;
        this.perChatBurst = Math.max(perChatBurst, 1);
    }

    /** Whether the whole bot may send one more message now (no chat can, otherwise). */
    boolean globalAvailable() {
        return global.getAvailableTokens() >= 1;
    }

    /** Takes one permit for this chat if both the chat and the whole bot have one. */
    boolean tryAcquire(long chatId) {
        Bucket chat = perChat.computeIfAbsent(chatId, id -> Bucket.builder()
                .addLimit(l -> l.capacity(perChatBurst).refillGreedy(perChatPerSecond, Duration.ofSeconds(1)))
                .withCustomTimePrecision(time)
                .build());
        if (chat.getAvailableTokens() < 1 || !global.tryConsume(1)) {
            return false;
        }
        return chat.tryConsume(1);
    }
}
