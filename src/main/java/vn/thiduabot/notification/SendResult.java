package vn.thiduabot.notification;

import java.time.Duration;

/** What the messaging platform said about one delivery attempt. */
public sealed interface SendResult {

    /** {@code messageId}: the platform's id of the message, so it can be edited later (null if unknown). */
    record Delivered(Long messageId) implements SendResult { }

    /** 429 Too Many Requests: wait this long, then try again (not counted as a failure). */
    record RetryAfter(Duration delay) implements SendResult { }

    /** 5xx, timeout, connection refused: try again later with backoff. */
    record Transient(String error) implements SendResult { }

    /** 400/403 (bad request, bot blocked by the user): trying again cannot help. */
    record Permanent(String error) implements SendResult { }

    SendResult DELIVERED = new Delivered(null);
}
