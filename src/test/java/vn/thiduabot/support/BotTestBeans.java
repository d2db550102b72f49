package vn.thiduabot.support;

import java.time.ZoneId;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
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

    @Bean
    @Primary
    MutableClock testClock(@Value("${thidua.time-zone:Asia/Ho_Chi_Minh}") String zone) {
        return MutableClock.followingSystem(ZoneId.of(zone));
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
