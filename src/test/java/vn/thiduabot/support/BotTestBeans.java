package vn.thiduabot.support;

import java.time.Instant;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thiduabot.staff.StaffRepository;
import vn.thiduabot.staff.TeamRepository;

/**
 * The beans every {@link BotTest} adds to the application: the clock tests move, the schema-wide reset and
 * the school fixture. Deliberately not a {@code @Configuration}: the application's component scan must not
 * pick it up in the tests that start the bot as in production.
 */
public class BotTestBeans {

    /**
     * Ticks with the system until a class sets it ({@link BotTestListener}); an application of one class's own may
     * start on that class's day instead ({@code thidua.test.clock-start}, an ISO instant), for what it keeps in
     * memory from its start (the sender's rate limits).
     */
    @Bean
    @Primary
    MutableClock testClock(@Value("${thidua.time-zone:Asia/Ho_Chi_Minh}") String zone,
            @Value("${thidua.test.clock-start:}") String start) {
        return start.isBlank() ? MutableClock.followingSystem(ZoneId.of(zone)) : new MutableClock(Instant.parse(start), ZoneId.of(zone));
    }

    /** Where no transport runs, files the bot forwards to a chat (the Mini App's evidence) are recorded here. */
    @Bean
    @ConditionalOnProperty(name = "thidua.transport", havingValue = "none")
    RecordingFileUploader recordingFileUploader() {
        return new RecordingFileUploader();
    }

    @Bean
    SchemaReset schemaReset(DataSource dataSource) {
        return new SchemaReset(dataSource);
    }

    @Bean
    SchoolFixture schoolFixture(StaffRepository staff, TeamRepository teams, TransactionTemplate tx, SchemaReset reset) {
        return new SchoolFixture(staff, teams, tx, reset);
    }
}
