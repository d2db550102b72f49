package vn.thiduabot.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduabot.notification.Outbox;

/**
 * Nightly, forgets what can no longer matter: update ids older than a week (Telegram keeps
 * undelivered updates for 24 hours, so nothing older can come again), expired button tokens,
 * messages delivered {@code thidua.housekeeping.keep-sent-messages} ago or earlier (30 days: their
 * text and any file they carried) and finished conversations untouched for
 * {@code thidua.housekeeping.keep-finished-conversations} (60 days). Messages that could not be
 * delivered stay, for admins ({@code /guitin}); so do conversations in the middle of a flow.
 */
@Component
class Housekeeping {

    private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);
    static final Duration KEEP_UPDATE_IDS = Duration.ofDays(7);

    private final ProcessedUpdateRepository processed;
    private final CallbackTokenRepository tokens;
    private final ConversationRepository conversations;
    private final Outbox outbox;
    private final Clock clock;
    private final Duration keepSent;
    private final Duration keepConversations;

    Housekeeping(ProcessedUpdateRepository processed, CallbackTokenRepository tokens, ConversationRepository conversations,
                 Outbox outbox, Clock clock,
                 @Value("${thidua.housekeeping.keep-sent-messages:30d}") Duration keepSent,
                 @Value("${thidua.housekeeping.keep-finished-conversations:60d}") Duration keepConversations) {
        this.processed = processed;
        this.tokens = tokens;
        this.conversations = conversations;
        this.outbox = outbox;
        this.clock = clock;
        this.keepSent = keepSent;
        this.keepConversations = keepConversations;
    }

    @Scheduled(cron = "${thidua.housekeeping.cron:0 15 2 * * *}", zone = "${thidua.time-zone:Asia/Ho_Chi_Minh}")
    @Transactional
    public void clean() {
        Instant now = clock.instant();
        int updates = processed.deleteProcessedBefore(now.minus(KEEP_UPDATE_IDS));
        int buttons = tokens.deleteExpiredBefore(now);
        int sent = outbox.purgeSentUpTo(now.minus(keepSent));
        int finished = conversations.deleteFinishedUpTo(now.minus(keepConversations));
        log.info("Housekeeping: forgot {} old update ids, {} expired buttons, {} delivered messages, {} finished conversations",
                updates, buttons, sent, finished);
    }
}
