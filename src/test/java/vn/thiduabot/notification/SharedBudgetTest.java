package vn.thiduabot.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import vn.thiduabot.support.EmbeddedPostgresDatabase;
import vn.thiduabot.support.MutableClock;

/**
 * The bot-wide budget kept in PostgreSQL, on a clock the test moves (so no machine's speed matters): two
 * instances taking from it as fast as they can get, together, Telegram's 30 a second, as one instance
 * alone does; each instance's own per-chat limits stay its own.
 */
class SharedBudgetTest {

    private static PGSimpleDataSource db;

    @BeforeAll
    static void database() {
        String url = EmbeddedPostgresDatabase.newDatabase();
        Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration/postgresql").load().migrate();
        db = new PGSimpleDataSource();
        db.setUrl(url);
        db.setUser("postgres");
        db.setPassword("");
    }

    private long nextChat = 1;
    private int turn;

    /** Both instances send to new chats in turn until neither may send more now; how many went, by instance. */
    private int[] sendAsMuchAsAllowed(List<DeliveryLimits> instances) {
        int[] sent = new int[instances.size()];
        boolean any = true;
        while (any) {
            any = false;
            turn++; // who asks first takes turns, as two machines' timing would
            for (int k = 0; k < instances.size(); k++) {
                int i = (k + turn) % instances.size();
                if (instances.get(i).tryAcquire(nextChat++)) {
                    sent[i]++;
                    any = true;
                }
            }
        }
        return sent;
    }

    /** The bot's clock, moved by the test, as Bucket4j's time (as the sender gives it: wall-clock based). */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T01:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    private final TimeMeter time = DeliveryLimits.timeOf(clock);

    private int[] oneSecond(List<DeliveryLimits> instances) {
        int[] total = new int[instances.size()];
        for (int ms = 0; ms < 1000; ms += 10) {
            clock.advance(Duration.ofMillis(10));
            int[] sent = sendAsMuchAsAllowed(instances);
            for (int i = 0; i < total.length; i++) {
                total[i] += sent[i];
            }
        }
        return total;
    }

    @Test
    void two_instances_together_never_send_more_than_one_instance_may() {
        DeliveryLimits one = new DeliveryLimits(new SharedBudget(db).bucket(30, time), 1, 3, time);
        DeliveryLimits two = new DeliveryLimits(new SharedBudget(db).bucket(30, time), 1, 3, time);
        List<DeliveryLimits> both = List.of(one, two);

        int[] start = sendAsMuchAsAllowed(both);
        int[] first = oneSecond(both);
        assertThat(start[0] + start[1] + first[0] + first[1]).as("the first second: the burst of 10 and a second's 30")
                .isBetween(30, 40);

        int[] next = oneSecond(both);
        assertThat(next[0] + next[1]).as("every second after: 30 for the two together").isBetween(29, 31);
        assertThat(next[0]).as("both get a share").isBetween(10, 20);

        DeliveryLimits alone = one;
        int[] later = oneSecond(List.of(alone));
        assertThat(later[0]).as("one instance alone gets the whole budget").isBetween(29, 31);
    }

    @Test
    void a_changed_rate_takes_effect_when_an_instance_starts_with_it() {
        clock.advance(Duration.ofMinutes(5));
        new SharedBudget(db).bucket(30, time).tryConsume(1);

        DeliveryLimits faster = new DeliveryLimits(new SharedBudget(db).bucket(60, time), 1, 3, time);
        sendAsMuchAsAllowed(List.of(faster)); // the new bucket's burst
        int[] second = oneSecond(List.of(faster));

        assertThat(second[0]).as("60 a second now").isBetween(59, 61);
    }
}
