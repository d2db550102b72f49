package vn.thiduabot.scoring;

import org.springframework.context.annotation.Import;
import vn.thiduabot.support.OnPostgres;

/** {@link ScoringDialogTest}, self-assessment, council review and the principal's approval, with the bot on PostgreSQL. */
@OnPostgres
@Import(ScoringDialogTest.Clocks.class) // a nested test configuration is found on the class that declares it only
class ScoringDialogPostgresTest extends ScoringDialogTest {
}
