package vn.thiduabot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.notification.OutgoingMessage;
import vn.thiduabot.support.BotTest;
import vn.thiduabot.support.ChatDriver;

/**
 * The import clerk's tool (or any other program) holds SQLite's write lock for 5 seconds while fifty
 * new teachers write to the bot at once. busy_timeout is short here (200 ms), so each update meets a
 * locked database several times: the intake tries again with pauses, and every teacher is answered
 * exactly once when the lock is gone. Nothing is lost, nobody hears "an error occurred".
 */
@BotTest
@TestPropertySource(properties = {"thidua.db.busy-timeout-millis=200"})
@DirtiesContext // its own settings: not worth keeping for other classes
class BusyDatabaseIntakeTest {

    /** The application's data folder, where its SQLite database lives. */
    @Value("${thidua.data-dir}")
    Path dir;

    @Autowired UpdateIntake intake;
    @Autowired Outbox outbox;
    @Autowired Texts texts;

    @Test
    void fifty_updates_that_meet_a_five_second_write_lock_are_all_answered_exactly_once() throws Exception {
        ChatDriver driver = new ChatDriver(intake, outbox);
        List<Long> people = new ArrayList<>();
        for (long u = 0; u < 50; u++) {
            people.add(7_100_000L + u);
        }
        ExecutorService senders = Executors.newFixedThreadPool(10);
        List<Future<UpdateIntake.Outcome>> outcomes = new ArrayList<>();
        int savedWhileLocked;
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("thidua.db"));
             Statement st = other.createStatement()) {
            st.execute("begin immediate"); // another program takes the write lock
            for (long person : people) {
                outcomes.add(senders.submit(() -> driver.says(person, "/start")));
            }
            Thread.sleep(5_000);
            try (ResultSet rs = st.executeQuery("select count(*) from outbox_message where chat_id between 7100000 and 7100049")) {
                rs.next();
                savedWhileLocked = rs.getInt(1);
            }
            st.execute("commit");
        }
        List<UpdateIntake.Outcome> results = new ArrayList<>();
        for (Future<UpdateIntake.Outcome> f : outcomes) {
            results.add(f.get(120, TimeUnit.SECONDS));
        }
        senders.shutdown();

        assertThat(savedWhileLocked).as("nothing can be written while the other program holds the lock").isZero();
        assertThat(results).allSatisfy(o -> assertThat(o.handled()).isTrue());
        String welcome = texts.get(Texts.VIETNAMESE, "link.welcome");
        for (long person : people) {
            assertThat(driver.sent(person)).as("answers to " + person).extracting(OutgoingMessage::text).containsExactly(welcome);
        }
    }
}
