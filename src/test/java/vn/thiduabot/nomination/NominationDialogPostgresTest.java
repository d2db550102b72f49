package vn.thiduabot.nomination;

import vn.thiduabot.support.OnPostgres;

/** {@link NominationDialogTest}, exemplar nominations through the team leader, the council and the principal, with the bot on PostgreSQL. */
@OnPostgres
class NominationDialogPostgresTest extends NominationDialogTest {
}
