package vn.thiduabot.notification;

import vn.thiduabot.support.OnPostgres;

/** {@link OutboxSenderTest}, delivery of the outbox with retries and limits, with the bot on PostgreSQL. */
@OnPostgres
class OutboxSenderPostgresTest extends OutboxSenderTest {
}
