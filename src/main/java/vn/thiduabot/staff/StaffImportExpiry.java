package vn.thiduabot.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduabot.chat.Messenger;
import vn.thiduabot.people.PersonDirectory;

/**
 * A staff list that nobody confirmed is not kept for ever: the file holds every colleague's phone
 * number. Nightly, a list that has waited for a confirm press for {@code thidua.import.keep-unconfirmed}
 * (7 days by default) is cancelled, its bytes dropped, and the person who sent it is told to send it
 * again if it is still wanted. A press on its card afterwards finds it decided and changes nothing.
 */
@Component
class StaffImportExpiry {

    private static final Logger log = LoggerFactory.getLogger(StaffImportExpiry.class);

    private final StaffImportRepository imports;
    private final Messenger messenger;
    private final PersonDirectory directory;
    private final Clock clock;
    private final Duration keep;

    StaffImportExpiry(StaffImportRepository imports, Messenger messenger, PersonDirectory directory, Clock clock,
                      @Value("${thidua.import.keep-unconfirmed:7d}") Duration keep) {
        this.imports = imports;
        this.messenger = messenger;
        this.directory = directory;
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
            directory.findByTelegramUser(list.userId()).ifPresent(sender -> messenger
                    .to(sender, "import.expired", list.fileName(), keep.toDays())
                    .key("import-expired:" + list.id()).send());
        }
        if (expired > 0) {
            log.info("Cancelled {} staff list(s) nobody confirmed within {} days", expired, keep.toDays());
        }
        return expired;
    }
}
