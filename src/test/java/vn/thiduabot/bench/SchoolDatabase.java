package vn.thiduabot.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads the bot's SQLite file directly (after the bot has stopped): integrity, and where a request's answer is. */
final class SchoolDatabase {

    private final Path file;

    SchoolDatabase(Path file) {
        this.file = file;
    }

    String integrity() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet r = c.createStatement().executeQuery("pragma integrity_check")) {
            return r.next() ? r.getString(1) : "no answer";
        }
    }

    /** What the database knows of a request that got no answer: was it handled, and where is its answer? */
    String whereIs(int request, int updateId) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            StringBuilder b = new StringBuilder("request " + request + " (update " + updateId + "): ");
            try (var st = c.prepareStatement("select count(*) from processed_update where update_id = ?")) {
                st.setInt(1, updateId);
                try (ResultSet r = st.executeQuery()) {
                    b.append(r.next() && r.getInt(1) > 0 ? "handled" : "never handled");
                }
            }
            try (var st = c.prepareStatement("select id, idempotency_key, status, attempts, last_error from outbox_message"
                    + " where idempotency_key like ?")) {
                st.setString(1, "u" + updateId + "-%");
                try (ResultSet r = st.executeQuery()) {
                    while (r.next()) {
                        b.append("; outbox #").append(r.getLong(1)).append(' ').append(r.getString(2)).append(' ').append(r.getString(3))
                                .append(", ").append(r.getInt(4)).append(" attempts, last error ").append(r.getString(5));
                    }
                }
            }
            return b.toString();
        }
    }
}
