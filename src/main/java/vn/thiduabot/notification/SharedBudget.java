package vn.thiduabot.notification;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import javax.sql.DataSource;

/**
 * The bot-wide budget kept in PostgreSQL, one bucket for every instance on the database: Telegram's
 * ~30 messages a second are the bot's, not each instance's. A Bucket4j bucket whose state is a row of
 * {@code send_budget} (V82 of db/migration/postgresql); each take locks it with a transaction-scoped
 * advisory lock ({@code pg_advisory_xact_lock} on the row's id), reads, writes and commits, so two
 * instances never spend the same token. Same shape as the local bucket ({@link GlobalBudget#configuration}).
 *
 * <p>Time is the bot's injected clock ({@link DeliveryLimits#timeOf}), given to Bucket4j as its client
 * clock: the refill is computed from the instances' clocks, not the database server's, so instances must
 * keep their clocks in step (NTP does; a few milliseconds apart only shift a token or so).
 */
final class SharedBudget implements GlobalBudget {

    /** The row that holds the bot's budget; also the advisory lock's key, so chosen to collide with nothing. */
    static final long BUDGET_ID = 0x7468_6964_7561L; // "thidua" in ASCII

    private final DataSource dataSource;

    SharedBudget(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Bucket bucket(int perSecond, TimeMeter time) {
        ProxyManager<Long> buckets = Bucket4jPostgreSQL.advisoryLockBasedBuilder(dataSource)
                .table("send_budget")
                .idColumn("id")
                .stateColumn("state")
                .clientClock(time)
                .build();
        BucketConfiguration wanted = GlobalBudget.configuration(perSecond);
        // the stored bucket keeps the shape it was made with: one of another rate (the setting was changed) is
        // dropped, and the next take makes it anew, full (a burst of one bucket more, once)
        buckets.getProxyConfiguration(BUDGET_ID).filter(stored -> !stored.equalsByContent(wanted))
                .ifPresent(stored -> buckets.removeProxy(BUDGET_ID));
        return buckets.builder().build(BUDGET_ID, () -> wanted);
    }
}
