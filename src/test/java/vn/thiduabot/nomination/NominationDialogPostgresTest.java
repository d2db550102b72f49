package vn.thiduabot.nomination;

import org.springframework.context.annotation.Import;
import vn.thiduabot.support.OnPostgres;

/** {@link NominationDialogTest}, exemplar nominations through the team leader, the council and the principal, with the bot on PostgreSQL. */
@OnPostgres
@Import(NominationDialogTest.Clocks.class) // a nested test configuration is found on the class that declares it only
class NominationDialogPostgresTest extends NominationDialogTest {
}
