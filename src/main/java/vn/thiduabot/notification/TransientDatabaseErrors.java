package vn.thiduabot.notification;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Database errors that go away by themselves: SQLite busy or locked by another writer, PostgreSQL's
 * serialization failure (40001) or deadlock (40P01), the connection
 * pool timing out. Trying the same work again a moment later is the right answer to them.
 */
final class TransientDatabaseErrors {

    private TransientDatabaseErrors() {
    }

    static boolean isTransient(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TransientDataAccessException          // includes CannotAcquireLockException
                    || t instanceof CannotCreateTransactionException // no connection from the pool in time
                    || t instanceof SQLTransientException
                    || t instanceof org.hibernate.exception.LockAcquisitionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLiteException e && isBusy(e.getResultCode())) {
                return true;
            }
            if (t instanceof SQLException e && ("40001".equals(e.getSQLState()) || "40P01".equals(e.getSQLState()))) {
                return true; // PostgreSQL: serialization failure, deadlock (the transaction was rolled back)
            }
            String message = t.getMessage();
            if (message != null && (message.contains("SQLITE_BUSY") || message.contains("SQLITE_LOCKED"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBusy(SQLiteErrorCode code) {
        // extended codes (SQLITE_BUSY_SNAPSHOT, SQLITE_LOCKED_SHAREDCACHE...) share the primary code's low byte
        int primary = code == null ? -1 : code.code & 0xff;
        return primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code;
    }
}
