package vn.thiduabot.support;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Empties every table of the application's schema, as the database's own catalogue lists them (JDBC
 * metadata), so a new table needs no test to learn its name. Kept: Flyway's history (the schema stays
 * migrated) and Quartz's tables (the scheduler's own state, which tests of reminders set up themselves).
 * SQLite: {@code delete from} each table, children before parents (foreign keys, from the metadata), and the
 * AUTOINCREMENT counters; PostgreSQL: one {@code truncate ... restart identity}. Either way ids start again
 * from 1, as on a fresh database.
 */
public final class SchemaReset {

    private final DataSource dataSource;
    private volatile List<String> tables;
    private volatile boolean postgres;

    public SchemaReset(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Deletes every row of every application table. */
    public void all() {
        try (Connection c = dataSource.getConnection()) {
            List<String> order = tables(c);
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                if (postgres) {
                    st.execute("truncate table " + String.join(", ", order) + " restart identity");
                } else {
                    for (String table : order) {
                        st.executeUpdate("delete from " + table);
                    }
                    if (hasSequenceTable(c)) {
                        st.executeUpdate("delete from sqlite_sequence");
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot empty the test database: " + e.getMessage(), e);
        }
    }

    /** The tables, children before the tables they refer to. */
    public List<String> tables() {
        try (Connection c = dataSource.getConnection()) {
            return tables(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> tables(Connection c) throws SQLException {
        List<String> known = tables;
        if (known == null) {
            DatabaseMetaData meta = c.getMetaData();
            postgres = meta.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            String schema = c.getSchema();
            Map<String, Set<String>> parents = new LinkedHashMap<>();
            try (ResultSet rs = meta.getTables(c.getCatalog(), schema, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME");
                    if (kept(name)) {
                        continue;
                    }
                    parents.put(name, new LinkedHashSet<>());
                }
            }
            for (Map.Entry<String, Set<String>> e : parents.entrySet()) {
                try (ResultSet rs = meta.getImportedKeys(c.getCatalog(), schema, e.getKey())) {
                    while (rs.next()) {
                        String parent = rs.getString("PKTABLE_NAME");
                        if (parent != null && !parent.equalsIgnoreCase(e.getKey())) {
                            e.getValue().add(parent);
                        }
                    }
                }
            }
            known = childrenFirst(parents);
            tables = known;
        }
        return known;
    }

    private static boolean kept(String table) {
        String t = table.toLowerCase(Locale.ROOT);
        return t.equals("flyway_schema_history") || t.startsWith("qrtz_") || t.startsWith("sqlite_");
    }

    /** A table comes after every table that refers to it (a reverse topological order; a cycle is cut where met). */
    static List<String> childrenFirst(Map<String, Set<String>> parents) {
        Map<String, Set<String>> children = new LinkedHashMap<>();
        parents.keySet().forEach(t -> children.put(t.toLowerCase(Locale.ROOT), new LinkedHashSet<>()));
        Map<String, String> names = new LinkedHashMap<>();
        parents.keySet().forEach(t -> names.put(t.toLowerCase(Locale.ROOT), t));
        parents.forEach((child, ps) -> ps.forEach(p -> {
            Set<String> cs = children.get(p.toLowerCase(Locale.ROOT));
            if (cs != null) {
                cs.add(child.toLowerCase(Locale.ROOT));
            }
        }));
        List<String> order = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        Set<String> visiting = new LinkedHashSet<>();
        for (String t : children.keySet()) {
            visit(t, children, done, visiting, order);
        }
        return order.stream().map(names::get).toList();
    }

    private static void visit(String t, Map<String, Set<String>> children, Set<String> done, Set<String> visiting, List<String> order) {
        if (done.contains(t) || !visiting.add(t)) {
            return;
        }
        for (String child : children.get(t)) {
            visit(child, children, done, visiting, order);
        }
        visiting.remove(t);
        done.add(t);
        order.add(t);
    }

    private static boolean hasSequenceTable(Connection c) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), null, "sqlite_sequence", null)) {
            return rs.next();
        }
    }
}
