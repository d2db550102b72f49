package vn.thiduabot.scoring;

import vn.thiduabot.support.OnPostgres;

/** {@link ScoringDialogTest}, self-assessment, council review and the principal's approval, with the bot on PostgreSQL. */
@OnPostgres
class ScoringDialogPostgresTest extends ScoringDialogTest {
}
