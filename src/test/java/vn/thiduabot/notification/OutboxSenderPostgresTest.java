package vn.thiduabot.notification;

import org.springframework.context.annotation.Import;
import vn.thiduabot.support.OnPostgres;

/** {@link OutboxSenderTest}, delivery of the outbox with retries and limits, with the bot on PostgreSQL. */
@OnPostgres
@Import(OutboxSenderTest.Clocks.class) // a nested test configuration is found on the class that declares it only
class OutboxSenderPostgresTest extends OutboxSenderTest {
}
