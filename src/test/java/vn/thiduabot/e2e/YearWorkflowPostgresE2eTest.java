package vn.thiduabot.e2e;


/**
 * {@link YearWorkflowE2eTest}, the school year from registration to approval with a redeployment in
 * between, with the bot on PostgreSQL (the database kept across the redeployment).
 */
@EndToEndTest.OwnApp
class YearWorkflowPostgresE2eTest extends YearWorkflowE2eTest {

    @Override
    String[] newDatabase() {
        return BotApp.onPostgres();
    }
}
