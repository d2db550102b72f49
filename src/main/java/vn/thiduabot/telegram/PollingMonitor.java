package vn.thiduabot.telegram;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;

/**
 * Watches the long-polling client and paces its retries, so that a failing getUpdates is reported once
 * per episode instead of once per attempt.
 *
 * <p>Why it exists: TelegramBots 9.5.0's {@code BotSession} wraps every failed getUpdates (HTTP error,
 * network error, unreadable body) in a {@code TelegramApiErrorResponseException}, logs it at ERROR
 * <em>with a stack trace</em>, then sleeps {@link #nextBackOffMillis()} and tries again; on success it
 * calls {@link #reset()}. It never tells us the HTTP status. So this class is both:
 * <ul>
 *   <li>an OkHttp interceptor on the polling client, which records what went wrong (409 Conflict =
 *       another instance is polling with this token; other statuses; I/O errors);</li>
 *   <li>the session's {@link BackOff}, which logs the first failure of each kind once, doubles the wait
 *       (0.5 s up to 30 s) and logs once when polling works again.</li>
 * </ul>
 * The library's own per-attempt ERROR lines are switched off in application.yml
 * ({@code logging.level.org.telegram.telegrambots.longpolling.BotSession: OFF}); nothing is lost,
 * because every failure passes through here.
 */
final class PollingMonitor implements Interceptor, BackOff {

    private static final Logger log = LoggerFactory.getLogger(PollingMonitor.class);

    static final String CONFLICT = "another instance is polling with this token";
    static final long INITIAL_MILLIS = 500;
    static final long MAX_MILLIS = 30_000;

    private final Clock clock;
    private volatile String lastFailure;
    private volatile boolean stopping;
    private volatile Instant lastSuccess;
    /** What is going wrong in the current episode of failures (null while polling works). */
    private volatile String currentProblem;

    private int failures;
    private String reportedKind;
    private long nextDelay = INITIAL_MILLIS;

    PollingMonitor(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        String method = methodOf(chain.request().url().pathSegments());
        try {
            Response response = chain.proceed(chain.request());
            if (response.isSuccessful()) {
                lastFailure = null;
                lastSuccess = clock.instant();
            } else if (response.code() == 409) {
                lastFailure = CONFLICT;
            } else {
                lastFailure = method + " answered HTTP " + response.code();
            }
            return response;
        } catch (IOException e) {
            lastFailure = method + " failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
            throw e;
        }
    }

    @Override
    public synchronized void reset() {
        if (failures > 0 && !stopping) {
            log.info("Telegram polling works again after {} failed attempt(s)", failures);
        }
        failures = 0;
        reportedKind = null;
        currentProblem = null;
        nextDelay = INITIAL_MILLIS;
    }

    @Override
    public synchronized long nextBackOffMillis() {
        if (stopping) {
            // the session is being cancelled: the failure is ours; report nothing, and wait a little so that
            // the poller does not spin until the cancellation interrupts the sleep
            return 100;
        }
        failures++;
        String kind = lastFailure == null ? "getUpdates answer could not be read" : lastFailure;
        lastFailure = null;
        long delay = nextDelay;
        nextDelay = Math.min(nextDelay * 2, MAX_MILLIS);
        currentProblem = kind;
        if (!kind.equals(reportedKind)) {
            reportedKind = kind;
            if (kind.equals(CONFLICT)) {
                log.warn("Telegram getUpdates: {}; retrying with backoff", CONFLICT);
            } else {
                log.warn("Telegram getUpdates: {}; retrying with backoff (up to {} s between attempts)", kind, MAX_MILLIS / 1000);
            }
        }
        return delay;
    }

    /** From now on failures are expected (we are cancelling the long poll): no waiting, no warnings. */
    void stopping() {
        stopping = true;
    }

    synchronized int failures() {
        return failures;
    }

    /** For the health endpoint: whether getUpdates works, since when it last answered, and what is wrong. */
    synchronized State state() {
        String problem = currentProblem;
        return new State(!stopping && lastSuccess != null && failures == 0, lastSuccess, CONFLICT.equals(problem), failures, problem);
    }

    /**
     * @param polling     the last getUpdates answered (and we are not shutting down)
     * @param lastSuccess when getUpdates last answered, or null if never
     * @param conflict    another instance is polling with this token (409)
     */
    record State(boolean polling, Instant lastSuccess, boolean conflict, int failures, String problem) { }

    private static String methodOf(java.util.List<String> segments) {
        return segments.isEmpty() ? "request" : segments.get(segments.size() - 1);
    }
}
