package vn.thiduabot.telegram;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The one thread that polls Telegram and handles updates, in order. TelegramBots' default is a
 * non-daemon executor that nothing ever shuts down; this one is ours to stop.
 */
final class PollingThread implements Supplier<ScheduledExecutorService>, AutoCloseable {

    static final String NAME = "telegram-polling";

    private ScheduledExecutorService executor;

    @Override
    public synchronized ScheduledExecutorService get() {
        if (executor == null || executor.isShutdown()) {
            executor = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, NAME);
                t.setDaemon(true);
                return t;
            });
        }
        return executor;
    }

    /** Interrupts the thread and waits for it to finish. @return true if it did */
    boolean shutdownAndWait(Duration timeout) {
        ScheduledExecutorService e;
        synchronized (this) {
            e = executor;
        }
        if (e == null) {
            return true;
        }
        e.shutdownNow();
        try {
            return e.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** True once the thread has finished (or never started). */
    synchronized boolean isStopped() {
        return executor == null || executor.isTerminated();
    }

    @Override
    public void close() {
        shutdownAndWait(Duration.ofSeconds(5));
    }
}
