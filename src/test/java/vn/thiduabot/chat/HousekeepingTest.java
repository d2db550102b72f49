package vn.thiduabot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.thiduabot.support.MutableClock;

/** The nightly clean-up forgets only what can no longer matter. */
@SpringBootTest(properties = "thidua.transport=none")
class HousekeepingTest {

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void db(DynamicPropertyRegistry r) {
        r.add("thidua.data-dir", () -> dir.toString());
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2026-11-01T01:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
        }
    }

    @Autowired UpdateIntake intake;
    @Autowired Housekeeping housekeeping;
    @Autowired ProcessedUpdateRepository processed;
    @Autowired CallbackTokenRepository tokens;
    @Autowired MutableClock clock;

    @Test
    void update_ids_older_than_a_week_and_expired_buttons_are_forgotten_the_rest_kept() {
        intake.process(Incoming.text(1, 10, 10, "/trogiup"));
        tokens.save(new CallbackToken("old", 10, 10, "lang", "vi", clock.instant(), clock.instant().plus(Duration.ofDays(2))));
        clock.advance(Duration.ofDays(8));
        intake.process(Incoming.text(2, 10, 10, "/trogiup"));
        tokens.save(new CallbackToken("new", 10, 10, "lang", "en", clock.instant(), clock.instant().plus(Duration.ofDays(60))));

        housekeeping.clean();

        assertThat(processed.existsById(1L)).isFalse();
        assertThat(processed.existsById(2L)).isTrue();
        assertThat(tokens.existsById("old")).isFalse();
        assertThat(tokens.existsById("new")).isTrue();
        assertThat(intake.process(Incoming.text(2, 10, 10, "/trogiup")).duplicate()).isTrue();
    }
}
