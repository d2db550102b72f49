package vn.thiduabot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thiduabot.support.BotTest;
import vn.thiduabot.support.OnPostgres;

/**
 * The bot starts on PostgreSQL with Hibernate checking every entity against the tables Flyway made
 * ({@code ddl-auto=validate}, which {@link vn.thiduabot.support.BotTestInitializer} sets for every application on
 * PostgreSQL: a missing column or a wrong type fails the start), and PostgreSQL's
 * migrations carry the same versions as SQLite's.
 */
@OnPostgres
@BotTest
@TestPropertySource(properties = BotTest.CAMPAIGNS_2023)
class PostgresSchemaTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void the_bot_runs_on_postgresql_with_every_entity_matching_its_table() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        assertThat(jdbc.queryForObject("select count(*) from qrtz_locks", Integer.class)).isNotNull();
    }

    @Test
    void postgresql_has_one_migration_for_each_of_sqlite() throws IOException {
        List<String> applied = jdbc.queryForList(
                "select version from flyway_schema_history where success and version is not null order by installed_rank", String.class);
        assertThat(applied).containsExactlyElementsOf(versions("sqlite"));
        assertThat(versions("postgresql")).containsExactlyInAnyOrderElementsOf(versions("sqlite"));
    }

    private static List<String> versions(String vendor) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration", vendor))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__")))
                    .sorted(java.util.Comparator.comparingInt(Integer::parseInt))
                    .toList();
        }
    }
}
