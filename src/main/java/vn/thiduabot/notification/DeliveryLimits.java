package vn.thiduabot.notification;

import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Telegram's limits: about 30 messages a second overall and about one a second per chat, with
 * short bursts allowed. Token buckets (Bucket4j), used by the single sender thread.
 */
class DeliveryLimits {

    private final Bucket global;
    private final Map<Long, Bucket> perChat = new ConcurrentHashMap<>();
    private final int perChatPerSecond;
    private final int perChatBurst;

    DeliveryLimits(int globalPerSecond, int perChatPerSecond, int perChatBurst) {
        this.global = Bucket.builder()
                .addLimit(l -> l.capacity(globalPerSecond).refillGreedy(globalPerSecond, Duration.ofSeconds(1)))
                .build();
        this.perChatPerSecond = perChatPerSecond;
        this.perChatBurst = Math.max(perChatBurst, 1);
    }

    /** Takes one permit for this chat if both the chat and the whole bot have one. */
    boolean tryAcquire(long chatId) {
        Bucket chat = perChat.computeIfAbsent(chatId, id -> Bucket.builder()
                .addLimit(l -> l.capacity(perChatBurst).refillGreedy(perChatPerSecond, Duration.ofSeconds(1)))
                .build());
        if (chat.getAvailableTokens() < 1 || !global.tryConsume(1)) {
            return false;
        }
        return chat.tryConsume(1);
    }
}
