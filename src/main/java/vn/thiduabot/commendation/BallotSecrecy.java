package vn.thiduabot.commendation;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps a closed vote's ballots secret at rest. Inside the closing transaction, after the tally: the
 * per-member choices are deleted (who took part stays); the chat side deletes the ballots' button payloads
 * and any written-ballot draft on {@link VoteClosed} (commendation.chat.BallotTraces). After the commit the SQLite write-ahead log is checkpointed and truncated, so
 * the deleted rows (overwritten with zeros thanks to {@code secure_delete}) leave no copy in the -wal file.
 * On PostgreSQL the tables that held them are vacuumed instead, so the deleted row versions do not wait
 * for autovacuum in the table files (best effort: a row another open transaction may still see stays
 * until the next vacuum).
 */
@Component
class BallotSecrecy {

    private static final Logger log = LoggerFactory.getLogger(BallotSecrecy.class);

    private final CommendationStore store;
    private final String url;
    private final DataSource dataSource;

    BallotSecrecy(CommendationStore store, @Value("${spring.datasource.url:}") String url, DataSource dataSource) {
        this.store = store;
        this.url = url;
        this.dataSource = dataSource;
    }

    /** Call inside the closing transaction, after the results are stored. */
    void forget(long voteId) {
        int choices = store.forgetChoices(voteId);
        log.info("Vote #{}: {} choices deleted after the tally", voteId, choices);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    checkpoint();
                }
            });
        } else {
            checkpoint();
        }
    }

    /** Copies the write-ahead log into the database file and truncates it, on a connection of its own. */
    void checkpoint() {
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            vacuum();
            return;
        }
        if (url == null || !url.startsWith("jdbc:sqlite:")) {
            return;
        }
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
            if (rs.next() && rs.getInt(1) != 0) {
                log.warn("The write-ahead log could not be truncated after closing a vote (busy); it will be at the next checkpoint");
            }
        } catch (SQLException e) {
            log.warn("Checkpointing the write-ahead log after closing a vote failed: {}", e.getMessage());
        }
    }

    /** PostgreSQL: VACUUM (outside any transaction) removes the deleted ballots' row versions from the tables' files. */
    private void vacuum() {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(true);
            try (Statement st = c.createStatement()) {
                st.execute("vacuum commendation_ballot, callback_token, conversation");
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            log.warn("Vacuuming the ballots' tables after closing a vote failed: {}", e.getMessage());
        }
    }
}
