package vn.thiduabot.commendation;

import java.util.Map;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** The id of a row just inserted with RETURN_GENERATED_KEYS, on either database. */
final class GeneratedIds {

    private GeneratedIds() {
    }

    /**
     * SQLite's driver returns just the new key; PostgreSQL's returns the whole row, of which the id
     * column is the one wanted.
     */
    static long of(GeneratedKeyHolder keys) {
        Map<String, Object> row = keys.getKeyList().get(0);
        Object id = row.containsKey("id") ? row.get("id") : row.values().iterator().next();
        return ((Number) id).longValue();
    }
}
