package vn.thiduabot.registration;

import vn.thiduabot.support.OnPostgres;

/** {@link TeamResultsTest}, the team's results with the bot on PostgreSQL (migration V89 on both databases). */
@OnPostgres
class TeamResultsPostgresTest extends TeamResultsTest {
}
