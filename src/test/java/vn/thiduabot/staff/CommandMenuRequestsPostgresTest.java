package vn.thiduabot.staff;

import vn.thiduabot.support.OnPostgres;

/** {@link CommandMenuRequestsTest} with the bot on PostgreSQL (the request's upsert, V86's table). */
@OnPostgres
class CommandMenuRequestsPostgresTest extends CommandMenuRequestsTest {
}
