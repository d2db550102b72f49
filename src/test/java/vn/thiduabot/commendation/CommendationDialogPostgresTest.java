package vn.thiduabot.commendation;

import org.springframework.context.annotation.Import;
import vn.thiduabot.support.OnPostgres;

/** {@link CommendationDialogTest}, the year's list of proposals, its rules and the principal's decision, with the bot on PostgreSQL. */
@OnPostgres
@Import(CommendationDialogTest.Clocks.class) // a nested test configuration is found on the class that declares it only
class CommendationDialogPostgresTest extends CommendationDialogTest {
}
