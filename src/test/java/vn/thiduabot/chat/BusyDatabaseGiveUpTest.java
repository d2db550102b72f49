package vn.thiduabot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.notification.OutgoingMessage;
import vn.thiduabot.support.BotTest;
import vn.thiduabot.support.ChatDriver;

/**
 * The database stays locked through every attempt (here only two, 100 ms apart) and even the apology
 * cannot be written: the update is then neither recorded nor answered, and the intake says so
 * ({@code handled() == false}), so the transport does not confirm it. When it comes again after the
 * lock is gone, it is answered once, as if nothing had happened.
 */
@BotTest
@TestPropertySource(properties = {"thidua.db.busy-timeout-millis=100", "thidua.intake.retry.attempts=2",
        "thidua.intake.retry.first-pause-millis=100"})
@DirtiesContext // its own settings: not worth keeping for other classes
class BusyDatabaseGiveUpTest {

    /** The application's data folder, where its SQLite database lives. */
    @Value("${thidua.data-dir}")
    Path dir;

    @Autowired UpdateIntake intake;
    @Autowired Outbox outbox;
    @Autowired Texts texts;
    @Autowired JdbcTemplate jdbc;

    @Test
    void an_update_that_never_gets_the_database_is_left_unconfirmed_and_answered_once_when_it_comes_again() throws Exception {
        ChatDriver chat = new ChatDriver(intake, outbox);
        long stranger = 7_300_001L;
        Incoming start = Incoming.text(ChatDriver.nextUpdateId(), stranger, stranger, "/start");
        UpdateIntake.Outcome first;
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("thidua.db"));
             Statement st = other.createStatement()) {
            st.execute("begin immediate");
            first = chat.process(start);
            st.execute("rollback");
        }
        assertThat(first.handled()).as("nothing saved: the transport must not confirm it").isFalse();
        assertThat(chat.sent(stranger)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from processed_update where update_id = ?", Integer.class, start.updateId())).isZero();

        UpdateIntake.Outcome again = chat.process(start); // Telegram (or the consumer) hands it over again
        assertThat(again.handled()).isTrue();
        assertThat(chat.sent(stranger)).extracting(OutgoingMessage::text).containsExactly(texts.get(Texts.VIETNAMESE, "link.welcome"));
        assertThat(chat.process(start).duplicate()).as("and only once").isTrue();
    }
}
