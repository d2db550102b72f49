package vn.thiduabot.notification;

import java.sql.DatabaseMetaData;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Which {@link GlobalBudget} the sender takes: on PostgreSQL (where several instances may share the
 * database) the bucket in the database, on SQLite (one instance) the bucket in this process. Chosen by
 * the database itself, like {@link OutboxClaims}' SQL, so the profile and the tests need no switch.
 */
@Configuration(proxyBeanMethods = false)
class GlobalBudgetChoice {

    @Bean
    GlobalBudget globalBudget(DataSource dataSource) {
        return isPostgresql(dataSource) ? new SharedBudget(dataSource) : new GlobalBudget.Local();
    }

    /** Whether the database is PostgreSQL (several instances may share it), by its product name; the outbox's SQL follows it too. */
    static boolean isPostgresql(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return product != null && product.toLowerCase(Locale.ROOT).contains("postgresql");
        } catch (MetaDataAccessException e) {
            return false; // SQLite is the default, and its SQL is the one that works without the metadata
        }
    }
}
