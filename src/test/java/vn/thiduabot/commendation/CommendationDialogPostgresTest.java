package vn.thiduabot.commendation;

import vn.thiduabot.support.OnPostgres;

/** {@link CommendationDialogTest}, the year's list of proposals, its rules and the principal's decision, with the bot on PostgreSQL. */
@OnPostgres
class CommendationDialogPostgresTest extends CommendationDialogTest {
}
