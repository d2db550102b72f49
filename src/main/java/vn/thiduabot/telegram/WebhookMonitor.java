package vn.thiduabot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What webhook mode has done, for the health endpoint and for logs that report a flood once: whether
 * setWebhook was accepted (and what went wrong while it was not), when the last update came, and how
 * many requests were refused for a missing or wrong secret.
 */
final class WebhookMonitor {

    /** A stream of refused requests is logged once per this period, with the count. */
    static final Duration REFUSAL_LOG_PERIOD = Duration.ofMinutes(1);

    private final Clock clock;
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private volatile boolean registered;
    private volatile int failedRegistrations;
    private volatile String problem;
    private volatile Instant lastUpdate;
    private Instant lastRefusalLogged;
    private long refusedAtLastLog;

    WebhookMonitor(Clock clock) {
        this.clock = clock;
    }

    void registered() {
        registered = true;
        problem = null;
    }

    void registrationFailed(String what) {
        failedRegistrations++;
        problem = what;
    }

    void received() {
        received.incrementAndGet();
        lastUpdate = clock.instant();
    }

    /** Counts a refused request. @return how many were refused since the last report, if one is due now; else 0 */
    synchronized long refused() {
        long total = refused.incrementAndGet();
        Instant now = clock.instant();
        if (lastRefusalLogged != null && now.isBefore(lastRefusalLogged.plus(REFUSAL_LOG_PERIOD))) {
            return 0;
        }
        lastRefusalLogged = now;
        long since = total - refusedAtLastLog;
        refusedAtLastLog = total;
        return since;
    }

    State state() {
        return new State(registered, failedRegistrations, problem, lastUpdate, received.get(), refused.get());
    }

    /**
     * @param registered setWebhook was accepted by Telegram
     * @param lastUpdate when the last update was received, or null
     * @param refused    requests refused for a missing or wrong secret
     */
    record State(boolean registered, int failedRegistrations, String problem, Instant lastUpdate, long received, long refused) { }
}
