package vn.thiduabot.registration;

import org.springframework.context.annotation.Import;
import vn.thiduabot.support.OnPostgres;

/** {@link RegistrationDialogTest}, registration from the first answer to the secretary's reopening, with the bot on PostgreSQL. */
@OnPostgres
@Import(RegistrationDialogTest.Clocks.class) // a nested test configuration is found on the class that declares it only
class RegistrationDialogPostgresTest extends RegistrationDialogTest {
}
