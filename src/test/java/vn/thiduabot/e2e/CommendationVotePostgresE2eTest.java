package vn.thiduabot.e2e;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** {@link CommendationVoteE2eTest}, the council's secret vote, with the bot on PostgreSQL. */
@EndToEndTest.OwnApp
class CommendationVotePostgresE2eTest extends CommendationVoteE2eTest {

    @Override
    BotApp ownApp() {
        return BotApp.startWithOwnFakeOnPostgres();
    }

    @Test
    @Disabled("reads SQLite's file and sqlite_master; on PostgreSQL the closing transaction deletes the same rows,"
            + " but dead row versions stay in the table files until VACUUM")
    @Override
    void after_the_close_the_database_file_keeps_who_voted_and_the_tally_but_not_who_chose_what() {
    }
}
