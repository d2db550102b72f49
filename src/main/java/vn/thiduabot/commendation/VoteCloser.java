package vn.thiduabot.commendation;

import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes votes at their configured time: a light check every {@code thidua.commendation.close-check-seconds}
 * (30 by default; 0 turns it off, for tests that close votes themselves). Votes also close lazily before
 * any ballot or vote screen is handled, so a late check never lets a late ballot count. A periodic check
 * rather than a Quartz trigger: the closing time lives in the vote's row, so nothing needs rescheduling
 * after a restart.
 */
@Component
class VoteCloser {

    private static final Logger log = LoggerFactory.getLogger(VoteCloser.class);

    private final VoteClosing votes;
    private final boolean enabled;

    VoteCloser(VoteClosing votes, @Value("${thidua.commendation.close-check-seconds:30}") long seconds) {
        this.votes = votes;
        this.enabled = seconds > 0;
    }

    @Scheduled(fixedDelayString = "#{T(java.lang.Math).max(1, ${thidua.commendation.close-check-seconds:30})}",
            initialDelayString = "#{T(java.lang.Math).max(1, ${thidua.commendation.close-check-seconds:30})}",
            timeUnit = TimeUnit.SECONDS)
    void check() {
        if (!enabled) {
            return;
        }
        try {
            int closed = votes.closeDue();
            if (closed > 0) {
                log.info("Closed {} vote(s) at their configured time", closed);
            }
        } catch (RuntimeException e) {
            log.warn("Checking for votes to close failed; will retry", e);
        }
    }
}
