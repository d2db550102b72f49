package vn.thiduabot.notification;

import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.context.annotation.Import;
import vn.thiduabot.support.OnPostgres;

/** {@link OutboxSenderTest}, delivery of the outbox with retries and limits, with the bot on PostgreSQL. */
@EnabledIf(value = "vn.thiduabot.support.OutboxSql#runsOnPostgres", disabledReason = "OutboxRepository still uses SQLite-only SQL (indexed by)")
@OnPostgres
@Import(OutboxSenderTest.Clocks.class) // a nested test configuration is found on the class that declares it only
class OutboxSenderPostgresTest extends OutboxSenderTest {
}
