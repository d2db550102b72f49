package vn.thiduabot.notification;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/** Lets a commit wake the sender at once instead of waiting for its next poll. */
@Component
class OutboxWakeUp {

    private final Semaphore permits = new Semaphore(0);
    /** An interactive message was queued: the sender plans its round again, so the answer goes next. */
    private final java.util.concurrent.atomic.AtomicBoolean urgent = new java.util.concurrent.atomic.AtomicBoolean();

    void signal(boolean interactive) {
        if (interactive) {
            urgent.set(true);
        }
        signal();
    }

    /** True once after an interactive message was queued. */
    boolean takeUrgent() {
        return urgent.getAndSet(false);
    }

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
