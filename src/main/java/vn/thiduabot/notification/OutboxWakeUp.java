package vn.thiduabot.notification;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/** Lets a commit wake the sender at once instead of waiting for its next poll. */
@Component
class OutboxWakeUp {

    private final Semaphore permits = new Semaphore(0);

    void signal() {
        if (permits.availablePermits() == 0) {
            permits.release();
        }
    }

    void await(long millis) throws InterruptedException {
        if (permits.tryAcquire(millis, TimeUnit.MILLISECONDS)) {
            permits.drainPermits();
        }
    }
}
