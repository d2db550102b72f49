package vn.thiduabot.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A staff list that nobody confirmed is not kept for ever: the file holds every colleague's phone
 * number. Nightly, a list that has waited for a confirm press for {@code thidua.import.keep-unconfirmed}
 * (7 days by default) is cancelled, its bytes dropped, and the person who sent it is told ({@link StaffListExpired}) to send it
 * again if it is still wanted. A press on its card afterwards finds it decided and changes nothing.
 */
@Component
class StaffImportExpiry {

    private static final Logger log = LoggerFactory.getLogger(StaffImportExpiry.class);

    private final StaffImportRepository imports;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration keep;

    StaffImportExpiry(StaffImportRepository imports, ApplicationEventPublisher events, Clock clock,
                      @Value("${thidua.import.keep-unconfirmed:7d}") Duration keep) {
        this.imports = imports;
        this.events = events;
        this.clock = clock;
        this.keep = keep;
    }

    /** @return how many waiting lists were cancelled */
    @Scheduled(cron = "0 20 2 * * *", zone = "${thidua.time-zone:Asia/Ho_Chi_Minh}")
    @Transactional
    public int expire() {
        Instant now = clock.instant();
        Instant cutoff = now.minus(keep);
        int expired = 0;
        for (StaffImport list : imports.findByStatusOrderByIdAsc(StaffImport.Status.AWAITING_CONFIRMATION)) {
            if (list.updatedAt().isAfter(cutoff)) {
                continue;
            }
            list.cancelled(null, now);
            expired++;
            events.publishEvent(new StaffListExpired(list.id(), list.userId(), list.fileName(), keep.toDays()));
        }
        if (expired > 0) {
            log.info("Cancelled {} staff list(s) nobody confirmed within {} days", expired, keep.toDays());
        }
        return expired;
    }
}
