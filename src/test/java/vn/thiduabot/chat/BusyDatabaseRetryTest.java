package vn.thiduabot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures are a busy database worth another attempt, and how long the intake waits between attempts. */
class BusyDatabaseRetryTest {

    private static SQLiteException sqlite(SQLiteErrorCode code) {
        return new SQLiteException("[" + code.name() + "] " + code.message, code);
    }

    @Test
    void sqlite_busy_and_locked_are_retried_however_spring_wraps_them() {
        assertThat(BusyDatabaseRetry.isTransient(sqlite(SQLiteErrorCode.SQLITE_BUSY))).isTrue();
        assertThat(BusyDatabaseRetry.isTransient(sqlite(SQLiteErrorCode.SQLITE_BUSY_SNAPSHOT))).isTrue();
        assertThat(BusyDatabaseRetry.isTransient(sqlite(SQLiteErrorCode.SQLITE_LOCKED))).isTrue();
        assertThat(BusyDatabaseRetry.isTransient(new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                new RuntimeException("wrapped", sqlite(SQLiteErrorCode.SQLITE_BUSY))))).isTrue();
        assertThat(BusyDatabaseRetry.isTransient(new TransactionSystemException("Could not commit",
                sqlite(SQLiteErrorCode.SQLITE_BUSY)))).isTrue();
        assertThat(BusyDatabaseRetry.isTransient(new JpaSystemException(new RuntimeException("database is locked")))).isTrue();
        assertThat(BusyDatabaseRetry.isTransient(new CannotAcquireLockException("lock"))).isTrue();
    }

    @Test
    void postgresql_serialization_failures_and_deadlocks_are_retried_but_a_duplicate_key_is_not() {
        SQLException serialization = new SQLException("could not serialize access due to concurrent update", "40001");
        SQLException deadlock = new SQLException("deadlock detected", "40P01");
        SQLException duplicate = new SQLException("duplicate key value violates unique constraint", "23505");
        assertThat(BusyDatabaseRetry.isTransient(new JpaSystemException(new RuntimeException(serialization)))).isTrue();
        assertThat(BusyDatabaseRetry.isTransient(new TransactionSystemException("Could not commit", deadlock))).isTrue();
        assertThat(BusyDatabaseRetry.isTransient(new JpaSystemException(new RuntimeException(duplicate)))).isFalse();
    }

    @Test
    void a_pool_that_has_no_connection_to_give_in_time_is_retried() {
        assertThat(BusyDatabaseRetry.isTransient(new CannotCreateTransactionException("Could not open JPA EntityManager",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 30000ms.")))).isTrue();
    }

    @Test
    void a_bug_a_broken_constraint_or_a_lost_optimistic_race_is_not_retried() {
        assertThat(BusyDatabaseRetry.isTransient(new IllegalStateException("a dialog bug"))).isFalse();
        assertThat(BusyDatabaseRetry.isTransient(sqlite(SQLiteErrorCode.SQLITE_CONSTRAINT))).isFalse();
        assertThat(BusyDatabaseRetry.isTransient(new OptimisticLockingFailureException("someone else changed it"))).isFalse();
    }

    @Test
    void pauses_double_from_the_first_up_to_the_maximum() {
        BusyDatabaseRetry retry = new BusyDatabaseRetry(8, 100, 5000);
        assertThat(retry.attempts()).isEqualTo(8);
        assertThat(java.util.stream.IntStream.rangeClosed(1, 7).mapToLong(retry::pauseMillis).boxed().toList())
                .containsExactly(100L, 200L, 400L, 800L, 1600L, 3200L, 5000L);
    }
}
