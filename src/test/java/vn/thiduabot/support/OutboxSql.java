package vn.thiduabot.support;

import java.lang.reflect.Method;
import java.util.Locale;
import org.springframework.data.jpa.repository.Query;

/**
 * Whether the outbox's SQL runs on PostgreSQL. Until it is rewritten portably (issue 10, another branch),
 * OutboxRepository's queries carry SQLite's {@code indexed by} hints, which PostgreSQL rejects, so the
 * sender delivers nothing there. Tests that need delivery on PostgreSQL run once this holds:
 * {@code @EnabledIf("vn.thiduabot.support.OutboxSql#runsOnPostgres")}.
 */
public final class OutboxSql {

    private OutboxSql() {
    }

    public static boolean runsOnPostgres() {
        try {
            for (Method m : Class.forName("vn.thiduabot.notification.OutboxRepository").getDeclaredMethods()) {
                Query q = m.getAnnotation(Query.class);
                if (q != null && q.value().toLowerCase(Locale.ROOT).contains("indexed by")) {
                    return false;
                }
            }
            return true;
        } catch (ClassNotFoundException e) {
            return true; // no such repository any more: the outbox's SQL lives elsewhere
        }
    }
}
