package vn.thiduabot.reminder;

import java.util.List;
import vn.thiduabot.support.EmbeddedPostgresDatabase;

/** {@link ReminderDeadlineQuartzTest} with the bot, its Quartz job store (clustered) and its reminders on PostgreSQL. */
class ReminderDeadlineQuartzPostgresTest extends ReminderDeadlineQuartzTest {

    @Override
    List<String> newDatabase() {
        return EmbeddedPostgresDatabase.newDatabaseArgs();
    }
}
