package vn.thiduabot.chat;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * When an update meets a busy database (another connection holds SQLite's one write lock longer than
 * {@code busy_timeout}, or the connection pool has no connection to give), the intake tries the whole
 * update again after a pause that doubles each time, instead of answering "an error occurred" and
 * losing the update. Only after the last attempt is the person told.
 *
 * <pre>
 * thidua.intake.retry.attempts           8      (the first try included)
 * thidua.intake.retry.first-pause-millis 100
 * thidua.intake.retry.max-pause-millis   5000   (8 attempts: 11.3 s of pauses, plus busy_timeout per attempt)
 * </pre>
 */
@Component
class BusyDatabaseRetry {

    /** SQLite's primary result codes SQLITE_BUSY and SQLITE_LOCKED (extended codes keep them in the low byte). */
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;

    private final int attempts;
    private final long firstPauseMillis;
    private final long maxPauseMillis;

    BusyDatabaseRetry(@Value("${thidua.intake.retry.attempts:8}") int attempts,
                      @Value("${thidua.intake.retry.first-pause-millis:100}") long firstPauseMillis,
                      @Value("${thidua.intake.retry.max-pause-millis:5000}") long maxPauseMillis) {
        this.attempts = Math.max(1, attempts);
        this.firstPauseMillis = Math.max(0, firstPauseMillis);
        this.maxPauseMillis = Math.max(this.firstPauseMillis, maxPauseMillis);
    }

    int attempts() {
        return attempts;
    }

    /** The pause after the given failed attempt (1 = the first try): first, twice that, ... up to the maximum. */
    long pauseMillis(int failedAttempt) {
        long pause = firstPauseMillis;
        for (int i = 1; i < failedAttempt && pause < maxPauseMillis; i++) {
            pause *= 2;
        }
        return Math.min(pause, maxPauseMillis);
    }

    /** Sleeps before the next attempt; false if the thread was interrupted (shutting down). */
    boolean pause(int failedAttempt) {
        try {
            Thread.sleep(pauseMillis(failedAttempt));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Whether the failure is the database being busy for a moment, so the same update may well succeed
     * if tried again: SQLITE_BUSY / SQLITE_LOCKED ("database is locked"), PostgreSQL's serialization failure
     * and deadlock (SQLSTATE 40001, 40P01), a pool timeout, and the Spring
     * and Hibernate exceptions that wrap them. A lost optimistic-lock race is not: the person must look
     * at the changed data first.
     */
    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockingFailureException) {
                return false;
            }
            if (t instanceof PessimisticLockingFailureException || t instanceof SQLTransientException) {
                return true;
            }
            if (t instanceof SQLException sql && (isBusyCode(sql.getErrorCode()) || isPostgresRetryable(sql.getSQLState()))) {
                return true;
            }
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("database is locked") || message.contains("sqlite_busy") || message.contains("sqlite_locked")
                    || message.contains("database table is locked")) {
                return true;
            }
            if (t instanceof CannotCreateTransactionException && message.contains("connection is not available")) {
                return true;
            }
        }
        return false;
    }

    /** PostgreSQL's serialization failure (40001) and deadlock (40P01): the transaction was rolled back; the update may be tried again. */
    static boolean isPostgresRetryable(String sqlState) {
        return "40001".equals(sqlState) || "40P01".equals(sqlState);
    }

    private static boolean isBusyCode(int code) {
        int primary = code & 0xff;
        return code != 0 && (primary == SQLITE_BUSY || primary == SQLITE_LOCKED);
    }
}
