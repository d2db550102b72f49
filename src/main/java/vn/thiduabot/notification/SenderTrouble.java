package vn.thiduabot.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The sender loop's failures, told once per episode: the first failure is logged with its stack trace,
 * the following ones only counted, recovery logged once. Admins are told through a
 * {@link DeliveryTrouble} event, at most once per {@link #ALERT_EVERY}.
 */
final class SenderTrouble {

    private static final Logger log = LoggerFactory.getLogger(SenderTrouble.class);

    static final Duration ALERT_EVERY = Duration.ofHours(1);
    static final Duration MAX_WAIT = Duration.ofMinutes(1);

    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Duration firstWait;

    private volatile int failures;
    private volatile String lastError;
    private Instant since;
    private Instant lastAlert;

    SenderTrouble(Clock clock, ApplicationEventPublisher events, Duration firstWait) {
        this.clock = clock;
        this.events = events;
        this.firstWait = firstWait;
    }

    /** Notes a failed round; returns how long the loop waits before its next round. */
    Duration failed(Throwable error) {
        Instant now = clock.instant();
        failures++;
        lastError = describe(error);
        if (failures == 1) {
            since = now;
            log.error("Outbox sender round failed; the loop goes on (logged once until it works again)", error);
        }
        if (lastAlert == null || !now.isBefore(lastAlert.plus(ALERT_EVERY))) {
            try {
                events.publishEvent(new DeliveryTrouble(lastError, since, now));
                lastAlert = now;
            } catch (Throwable alertFailed) { // the database may be what fails: try again on the next failure
                log.debug("Could not tell the admins about the sender's failure: {}", alertFailed.toString());
            }
        }
        long factor = 1L << Math.min(failures - 1, 16);
        Duration wait = firstWait.multipliedBy(factor);
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    /** Notes a round that went through; ends an episode. */
    void succeeded() {
        if (failures > 0) {
            log.info("Outbox sender works again after {} failed round(s) (last: {})", failures, lastError);
            failures = 0;
            lastError = null;
        }
    }

    int failingRounds() {
        return failures;
    }

    String lastError() {
        return lastError;
    }

    private static String describe(Throwable error) {
        String text = error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
        return text.length() > 300 ? text.substring(0, 300) : text;
    }
}
