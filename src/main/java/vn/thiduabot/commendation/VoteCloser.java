package vn.thiduabot.commendation;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Closes votes at their configured time: a light check every {@code thidua.commendation.close-check-seconds}
 * (30 by default; 0 turns it off). Votes also close lazily before any ballot or vote screen is handled,
 * so a late check never lets a late ballot count. A plain timer rather than a Quartz trigger: the
 * closing time lives in the vote's row, so nothing needs rescheduling after a restart.
 */
@Component
class VoteCloser implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(VoteCloser.class);

    private final Votes votes;
    private final long seconds;
    private ScheduledExecutorService timer;

    VoteCloser(Votes votes, @Value("${thidua.commendation.close-check-seconds:30}") long seconds) {
        this.votes = votes;
        this.seconds = seconds;
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() {
        if (seconds <= 0 || timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread th = new Thread(r, "vote-closer");
            th.setDaemon(true);
            return th;
        });
        timer.scheduleWithFixedDelay(this::check, seconds, seconds, TimeUnit.SECONDS);
    }

    void check() {
        try {
            int closed = votes.closeDue();
            if (closed > 0) {
                log.info("Closed {} vote(s) at their configured time", closed);
            }
        } catch (RuntimeException e) {
            log.warn("Checking for votes to close failed; will retry", e);
        }
    }

    @Override
    public synchronized void destroy() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
