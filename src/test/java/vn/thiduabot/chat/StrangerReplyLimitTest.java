package vn.thiduabot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.support.ChatDriver;
import vn.thiduabot.support.MutableClock;
import vn.thiduabot.support.BotTest;
import vn.thiduabot.support.ClockAt;

/**
 * Someone who is not on the staff list keeps writing to the bot. It answers five times in a minute,
 * then stays silent until the next minute of its clock begins (thidua.strangers.replies-per-minute).
 * The silent updates are still recorded, so they are not handled again after a restart.
 */
@BotTest
@ClockAt("2026-09-14T01:00:00Z")
class StrangerReplyLimitTest {

    /** 08:00:00 on 14/09/2026 in Vietnam. */
    static final Instant EIGHT = Instant.parse("2026-09-14T01:00:00Z");


    @Autowired UpdateIntake intake;
    @Autowired Outbox outbox;
    @Autowired Texts texts;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @Test
    void the_fifth_message_in_a_minute_is_answered_the_sixth_is_not_and_the_next_minute_is_answered_again() {
        ChatDriver chat = new ChatDriver(intake, outbox);
        long stranger = 7_200_001L;
        long other = 7_200_002L;
        clock.advance(Duration.between(clock.instant(), EIGHT));
        for (int i = 1; i <= 5; i++) {
            chat.says(stranger, "xin chào " + i);
            clock.advance(Duration.ofSeconds(10));                    // 08:00:10 ... 08:00:50
        }
        assertThat(chat.sent(stranger)).as("five answers at 08:00:00-08:00:40").hasSize(5);

        clock.advance(Duration.ofSeconds(9).plusMillis(999));       // 08:00:59.999
        long sixth = ChatDriver.nextUpdateId();
        UpdateIntake.Outcome silent = chat.process(Incoming.text(sixth, stranger, stranger, "xin chào 6"));
        assertThat(chat.sent(stranger)).as("the sixth within the minute is not answered").hasSize(5);
        assertThat(silent.handled()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from processed_update where update_id = ?", Integer.class, sixth))
                .as("recorded as processed all the same").isEqualTo(1);
        chat.says(other, "/start");
        assertThat(chat.sent(other)).as("another stranger has his own count").hasSize(1);

        clock.advance(Duration.ofMillis(1));                        // 08:01:00.000
        chat.says(stranger, "xin chào 7");
        assertThat(chat.sent(stranger)).as("a new minute, a new answer").hasSize(6);
        assertThat(chat.lastText(stranger)).isEqualTo(texts.get(Texts.VIETNAMESE, "link.stranger-hint"));
    }
}
