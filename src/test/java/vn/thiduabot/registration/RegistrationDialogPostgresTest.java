package vn.thiduabot.registration;

import vn.thiduabot.support.OnPostgres;

/** {@link RegistrationDialogTest}, registration from the first answer to the secretary's reopening, with the bot on PostgreSQL. */
@OnPostgres
class RegistrationDialogPostgresTest extends RegistrationDialogTest {
}
