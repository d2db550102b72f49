package vn.thiduabot.reminder;

import vn.thiduabot.support.OnPostgres;

/** {@link ReminderDoubleFireTest} on PostgreSQL (several writers: the delivery's key is what stops the second). */
@OnPostgres
class ReminderDoubleFirePostgresTest extends ReminderDoubleFireTest {
}
