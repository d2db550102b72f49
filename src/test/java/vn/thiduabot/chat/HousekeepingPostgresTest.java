package vn.thiduabot.chat;

import org.springframework.context.annotation.Import;
import vn.thiduabot.support.OnPostgres;

/** {@link HousekeepingTest}, the nightly clean-up of sent messages, finished conversations and processed updates, with the bot on PostgreSQL. */
@OnPostgres
@Import(HousekeepingTest.Clocks.class) // a nested test configuration is found on the class that declares it only
class HousekeepingPostgresTest extends HousekeepingTest {
}
