package vn.thiduabot.registration;

import vn.thiduabot.support.OnPostgres;

/** {@link TargetResultsTest}, results against targets with the bot on PostgreSQL (migration V88 on both databases). */
@OnPostgres
class TargetResultsPostgresTest extends TargetResultsTest {
}
