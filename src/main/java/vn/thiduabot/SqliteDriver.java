package vn.thiduabot;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.sqlite.JDBC;
import org.sqlite.jdbc4.JDBC4Connection;

/**
 * sqlite-jdbc's driver, with connections that survive a busy database in {@code transaction_mode=IMMEDIATE}
 * (the datasource's {@code driver-class-name}).
 *
 * <p>sqlite-jdbc starts the next transaction right after COMMIT or ROLLBACK, and marks the connection
 * "not auto-commit" before its BEGIN runs. In IMMEDIATE mode BEGIN waits for the write lock, and when
 * another program holds it past busy_timeout it fails with SQLITE_BUSY. Unpatched, the connection then
 * believes a transaction is open when none is: the next transaction on it runs statement by statement
 * and ends in "cannot commit - no transaction is active", an update lost as an internal error. Here a
 * failed BEGIN leaves the connection honestly in auto-commit mode (nothing open, nothing lost), so the
 * intake's retry finds it healthy.
 */
public final class SqliteDriver extends JDBC {

    static {
        // Found through META-INF/services/java.sql.Driver; a driver registers itself (the pool looks it up by class name).
        try {
            DriverManager.registerDriver(new SqliteDriver());
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!isValidURL(url)) {
            return null;
        }
        String trimmed = url.trim();
        return new BusySafeConnection(trimmed, trimmed.substring(PREFIX.length()), info);
    }

    static final class BusySafeConnection extends JDBC4Connection {

        BusySafeConnection(String url, String fileName, Properties info) throws SQLException {
            super(url, fileName, info);
        }

        @Override
        public void setAutoCommit(boolean autoCommit) throws SQLException {
            try {
                super.setAutoCommit(autoCommit);
            } catch (SQLException e) {
                if (!autoCommit) {
                    getConnectionConfig().setAutoCommit(true); // BEGIN failed: no transaction is open
                }
                throw e;
            }
        }

        /** COMMIT (a failure propagates, the transaction still open), then sqlite-jdbc's eager BEGIN of the next one. */
        @Override
        public void commit() throws SQLException {
            end("commit;");
        }

        @Override
        public void rollback() throws SQLException {
            if (getConnectionConfig().isAutoCommit()) {
                return; // nothing open (a BEGIN that failed): nothing to roll back
            }
            end("rollback;");
        }

        /** What sqlite-jdbc does, except that a busy BEGIN after a finished transaction leaves the connection in auto-commit. */
        private void end(String sql) throws SQLException {
            checkOpen();
            if (getConnectionConfig().isAutoCommit()) {
                throw new SQLException("database in auto-commit mode");
            }
            getDatabase().exec(sql, false);
            try {
                getDatabase().exec(transactionPrefix(), false);
            } catch (SQLException e) {
                if (!isBusy(e)) {
                    throw e;
                }
                getConnectionConfig().setAutoCommit(true); // the transaction ended; no new one is open
            }
            setFirstStatementExecuted(false);
            setCurrentTransactionMode(getConnectionConfig().getTransactionMode());
        }

        private static boolean isBusy(SQLException e) {
            int primary = e.getErrorCode() & 0xff;
            return primary == 5 || primary == 6; // SQLITE_BUSY, SQLITE_LOCKED
        }
    }
}
