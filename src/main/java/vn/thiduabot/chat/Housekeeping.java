package vn.thiduabot.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nightly, forgets what can no longer matter: update ids older than a week (Telegram keeps
 * undelivered updates for 24 hours, so nothing older can come again) and expired button tokens.
 */
@Component
class Housekeeping {

    private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);
    static final Duration KEEP_UPDATE_IDS = Duration.ofDays(7);

    private final ProcessedUpdateRepository processed;
    private final CallbackTokenRepository tokens;
    private final Clock clock;

    Housekeeping(ProcessedUpdateRepository processed, CallbackTokenRepository tokens, Clock clock) {
        this.processed = processed;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Scheduled(cron = "0 15 2 * * *", zone = "${thidua.time-zone:Asia/Ho_Chi_Minh}")
    @Transactional
    public void clean() {
        Instant now = clock.instant();
        int updates = processed.deleteProcessedBefore(now.minus(KEEP_UPDATE_IDS));
        int buttons = tokens.deleteExpiredBefore(now);
        log.info("Housekeeping: forgot {} old update ids and {} expired buttons", updates, buttons);
    }
}
