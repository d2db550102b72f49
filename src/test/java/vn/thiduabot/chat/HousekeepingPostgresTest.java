package vn.thiduabot.chat;

import vn.thiduabot.support.OnPostgres;

/** {@link HousekeepingTest}, the nightly clean-up of sent messages, finished conversations and processed updates, with the bot on PostgreSQL. */
@OnPostgres
class HousekeepingPostgresTest extends HousekeepingTest {
}
