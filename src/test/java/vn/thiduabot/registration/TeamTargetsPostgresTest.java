package vn.thiduabot.registration;

import vn.thiduabot.support.OnPostgres;

/** {@link TeamTargetsTest}, the team's targets and plan from the first answer to the export, with the bot on PostgreSQL. */
@OnPostgres
class TeamTargetsPostgresTest extends TeamTargetsTest {
}
