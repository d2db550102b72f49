package vn.thiduabot.staff;

import vn.thiduabot.support.OnPostgres;

/** {@link AccountLinkingTest}, linking a Telegram account by invite code or phone, with the bot on PostgreSQL. */
@OnPostgres
class AccountLinkingPostgresTest extends AccountLinkingTest {
}
