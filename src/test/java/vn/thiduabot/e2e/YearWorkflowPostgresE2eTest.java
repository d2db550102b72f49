package vn.thiduabot.e2e;

import org.junit.jupiter.api.condition.EnabledIf;

/**
 * {@link YearWorkflowE2eTest}, the school year from registration to approval with a redeployment in
 * between, with the bot on PostgreSQL (the database kept across the redeployment).
 */
@EnabledIf(value = "vn.thiduabot.support.OutboxSql#runsOnPostgres", disabledReason = "OutboxRepository still uses SQLite-only SQL (indexed by)")
@EndToEndTest.OwnApp
class YearWorkflowPostgresE2eTest extends YearWorkflowE2eTest {

    @Override
    String[] newDatabase() {
        return BotApp.onPostgres();
    }
}
